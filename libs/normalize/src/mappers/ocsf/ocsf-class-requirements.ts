import type { OcsfClassUid } from '@tarn/ocsf';

/** What OCSF 1.1.0 requires of one class beyond the attributes every event requires. */
export interface OcsfClassRequirements {
  /** Top-level attributes with requirement `required` (profile attributes aside). */
  required: readonly string[];
  /** The class's `at_least_one` constraint: one or more of these must be present. */
  atLeastOne?: readonly string[];
  /** The class's `just_one` constraint: exactly one of these must be present. */
  justOne?: readonly string[];
}

/** Required of every class (OCSF `base_event`). */
export const BASE_REQUIRED = [
  'class_uid',
  'category_uid',
  'activity_id',
  'type_uid',
  'severity_id',
  'time',
  'metadata',
] as const;

/**
 * Per-class requirements of the classes Tarn stores, read from the OCSF 1.1.0 schema
 * (`classes.<name>.attributes.*.requirement` and `constraints`). A class added to the
 * `OcsfEvent` union needs a row here; `ocsf-class-requirements.spec.ts` checks that.
 */
export const CLASS_REQUIREMENTS: Partial<Record<OcsfClassUid, OcsfClassRequirements>> = {
  0: { required: [] },
  2002: { required: ['finding_info', 'vulnerabilities'] },
  2003: { required: ['finding_info', 'compliance'] },
  2004: { required: ['finding_info'] },
  3001: { required: ['user'] },
  3002: { required: ['user'], atLeastOne: ['service', 'dst_endpoint'] },
  3003: { required: ['user'], justOne: ['privileges', 'group'] },
  4001: { required: ['src_endpoint', 'dst_endpoint'] },
  4002: { required: ['src_endpoint', 'dst_endpoint', 'http_request', 'http_response'] },
  4003: { required: ['src_endpoint'] },
  6003: { required: ['actor', 'api', 'src_endpoint'] },
};
