/**
 * GuardDuty's numeric severity bands → OCSF severity_id: Low 1.0–3.9 → 2, Medium 4.0–6.9 → 3,
 * High 7.0–8.9 → 4, Critical 9.0 and above → 5. Below 1.0 is outside GuardDuty's scale, so
 * the severity is Unknown (0), as is a missing one.
 */
export function severityIdOfScore(score: number | undefined): number {
  if (score === undefined || score < 1) {
    return 0;
  }
  if (score < 4) {
    return 2;
  }
  if (score < 7) {
    return 3;
  }

  return score < 9 ? 4 : 5;
}
