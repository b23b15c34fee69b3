import { severityIdOfScore } from './guardduty-severity';

describe(severityIdOfScore.name, () => {
  it.each([
    [1, 2],
    [3.9, 2],
    [4, 3],
    [6.9, 3],
    [7, 4],
    [8.9, 4],
    [9, 5],
    [10, 5],
  ])('should map the score %d to severity %i', (score, expected) => {
    expect(severityIdOfScore(score)).toBe(expected);
  });

  it('should report Unknown when the score is missing or below the scale', () => {
    expect(severityIdOfScore(undefined)).toBe(0);
    expect(severityIdOfScore(0.5)).toBe(0);
  });
});
