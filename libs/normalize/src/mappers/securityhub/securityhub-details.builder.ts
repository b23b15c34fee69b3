import type {
  OcsfAffectedPackage,
  OcsfCompliance,
  OcsfCve,
  OcsfRemediation,
  OcsfResourceDetails,
  OcsfVulnerability,
} from '@tarn/ocsf';

import { asArray, asObject, asText } from '../aws-shared/aws-value.util';

export function buildResources(finding: Record<string, unknown>): OcsfResourceDetails[] {
  const resources: OcsfResourceDetails[] = [];

  for (const item of asArray(finding.Resources)) {
    const raw = asObject(item);
    const uid = asText(raw?.Id);

    if (raw === undefined || uid === undefined) {
      continue;
    }
    const resource: OcsfResourceDetails = { uid };
    const type = asText(raw.Type);
    const region = asText(raw.Region);
    const partition = asText(raw.Partition);
    const tags = asObject(raw.Tags);
    const details = asObject(raw.Details);

    if (type !== undefined) {
      resource.type = type;
    }
    if (region !== undefined) {
      resource.region = region;
    }
    if (partition !== undefined) {
      resource.cloud_partition = partition;
    }
    if (tags !== undefined) {
      resource.labels = Object.keys(tags).map((key) => `${key}:${String(tags[key])}`);
    }
    if (details !== undefined) {
      resource.data = details;
    }
    resources.push(resource);
  }

  return resources;
}

const COMPLIANCE_STATUS_IDS: Readonly<Record<string, number>> = {
  PASSED: 1,
  WARNING: 2,
  FAILED: 3,
};

/** Security Hub CSPM's control result; `standards` falls back to the legacy ProductFields ARN. */
export function buildCompliance(finding: Record<string, unknown>): OcsfCompliance {
  const raw = asObject(finding.Compliance) ?? {};
  const productFields = asObject(finding.ProductFields);
  const standards = asArray(raw.AssociatedStandards)
    .map((standard) => asText(asObject(standard)?.StandardsId))
    .filter((id): id is string => id !== undefined);
  const legacyStandard =
    asText(productFields?.StandardsArn) ?? asText(productFields?.StandardsGuideArn);
  const compliance: OcsfCompliance = {
    standards:
      standards.length === 0 && legacyStandard !== undefined ? [legacyStandard] : standards,
  };
  const control =
    asText(raw.SecurityControlId) ??
    asText(productFields?.ControlId) ??
    asText(productFields?.RuleId);
  const status = asText(raw.Status);
  const requirements = textsOf(raw.RelatedRequirements);
  const reason = asObject(asArray(raw.StatusReasons)[0]);

  if (control !== undefined) {
    compliance.control = control;
  }
  if (status !== undefined) {
    compliance.status = status;
    compliance.status_id = COMPLIANCE_STATUS_IDS[status] ?? 99;
  }
  if (requirements.length > 0) {
    compliance.requirements = requirements;
  }
  const reasonCode = asText(reason?.ReasonCode);
  const reasonText = asText(reason?.Description);

  if (reasonCode !== undefined) {
    compliance.status_code = reasonCode;
  }
  if (reasonText !== undefined) {
    compliance.status_detail = reasonText;
  }

  return compliance;
}

export function buildRemediation(finding: Record<string, unknown>): OcsfRemediation | undefined {
  const recommendation = asObject(asObject(finding.Remediation)?.Recommendation);
  const desc = asText(recommendation?.Text);
  const url = asText(recommendation?.Url);

  if (desc === undefined) {
    return undefined;
  }

  return url === undefined ? { desc } : { desc, references: [url] };
}

export function buildVulnerabilities(finding: Record<string, unknown>): OcsfVulnerability[] {
  const severity = asText(asObject(finding.Severity)?.Label);

  return asArray(finding.Vulnerabilities)
    .map((item) => asObject(item))
    .filter((raw): raw is Record<string, unknown> => raw !== undefined)
    .map((raw) => buildVulnerability(raw, severity));
}

function buildVulnerability(
  raw: Record<string, unknown>,
  severity: string | undefined,
): OcsfVulnerability {
  const vulnerability: OcsfVulnerability = {};
  const cve = buildCve(raw);
  const packages = asArray(raw.VulnerablePackages)
    .map((item) => buildPackage(asObject(item)))
    .filter((item): item is OcsfAffectedPackage => item !== undefined);
  const vendorName = asText(asObject(raw.Vendor)?.Name);
  const references = textsOf(raw.ReferenceUrls);
  const related = textsOf(raw.RelatedVulnerabilities);

  if (cve !== undefined) {
    vulnerability.cve = cve;
    vulnerability.title = cve.uid;
  }
  if (severity !== undefined) {
    vulnerability.severity = severity;
  }
  if (packages.length > 0) {
    vulnerability.affected_packages = packages;
  }
  if (vendorName !== undefined) {
    vulnerability.vendor_name = vendorName;
  }
  if (references.length > 0) {
    vulnerability.references = references;
  }
  if (related.length > 0) {
    vulnerability.related_vulnerabilities = related;
  }
  applyAvailability(vulnerability, raw);

  return vulnerability;
}

function buildCve(raw: Record<string, unknown>): OcsfCve | undefined {
  const uid = asText(raw.Id);

  if (uid === undefined) {
    return undefined;
  }
  const cvss: NonNullable<OcsfCve['cvss']> = [];

  for (const item of asArray(raw.Cvss)) {
    const score = asObject(item);
    const baseScore = score?.BaseScore;
    const version = asText(score?.Version);

    if (typeof baseScore === 'number' && version !== undefined) {
      const vector = asText(score?.BaseVector);

      cvss.push(
        vector === undefined
          ? { base_score: baseScore, version }
          : { base_score: baseScore, version, vector_string: vector },
      );
    }
  }

  return cvss.length > 0 ? { uid, cvss } : { uid };
}

function buildPackage(raw: Record<string, unknown> | undefined): OcsfAffectedPackage | undefined {
  const name = asText(raw?.Name);
  const version = asText(raw?.Version);

  if (raw === undefined || name === undefined || version === undefined) {
    return undefined;
  }
  const item: OcsfAffectedPackage = { name, version };
  const epoch = Number(raw.Epoch);

  if (raw.Epoch !== undefined && Number.isInteger(epoch)) {
    item.epoch = epoch;
  }
  setText(raw.Release, (value) => (item.release = value));
  setText(raw.Architecture, (value) => (item.architecture = value));
  setText(raw.PackageManager, (value) => (item.package_manager = value));
  setText(raw.FilePath, (value) => (item.path = value));
  setText(raw.FixedInVersion, (value) => (item.fixed_in_version = value));
  setText(raw.Remediation, (value) => (item.remediation = { desc: value }));

  return item;
}

function applyAvailability(vulnerability: OcsfVulnerability, raw: Record<string, unknown>): void {
  const fix = asText(raw.FixAvailable);
  const exploit = asText(raw.ExploitAvailable);

  if (fix === 'YES' || fix === 'NO') {
    vulnerability.is_fix_available = fix === 'YES';
  }
  if (exploit === 'YES' || exploit === 'NO') {
    vulnerability.is_exploit_available = exploit === 'YES';
  }
}

function setText(value: unknown, set: (text: string) => void): void {
  const text = asText(value);

  if (text !== undefined) {
    set(text);
  }
}

function textsOf(value: unknown): string[] {
  return asArray(value).filter((item): item is string => typeof item === 'string');
}
