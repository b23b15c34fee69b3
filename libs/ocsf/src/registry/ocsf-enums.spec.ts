import { OcsfSeverityId, severityIdFromText } from './ocsf-enums';

describe(severityIdFromText.name, () => {
  it.each([
    ['informational', OcsfSeverityId.Informational],
    ['INFO', OcsfSeverityId.Informational],
    ['Low', OcsfSeverityId.Low],
    ['MEDIUM', OcsfSeverityId.Medium],
    [' high ', OcsfSeverityId.High],
    ['critical', OcsfSeverityId.Critical],
    ['Fatal', OcsfSeverityId.Fatal],
  ])('should map %j to %i', (text, expected) => {
    expect(severityIdFromText(text)).toBe(expected);
  });

  it.each([undefined, '', 'severe', 'p1'])('should return 0 Unknown for %j', (text) => {
    expect(severityIdFromText(text)).toBe(OcsfSeverityId.Unknown);
  });
});
