/**
 * GitHub audit log (organization and enterprise, REST API or streaming JSON) → OCSF 1.1.0
 * API Activity (6003) in general, Account Change (3001) for user and membership changes,
 * Authentication (3002) for sign-ins and OAuth token grants. The audit log is a record of
 * operations on GitHub's API, like CloudTrail, hence API Activity as the default
 * (MAPPINGS.md §1 applies the same split to CloudTrail). GitHub logs no outcome for most
 * actions, so `status` is set only where the action name says it (failed logins).
 */
import type { SourceMapper } from '../../source-mapper.interface';
import { mapRecords } from '../../util/map-records.util';
import { readJsonRecords } from '../../util/read-json-records.util';
import { buildGithubEvent } from './github-audit-event.builder';

export const githubAuditMapper: SourceMapper = {
  sourceType: 'github-audit',
  ocsfVersion: '1.1.0',
  description:
    'GitHub organization/enterprise audit log → API Activity, Account Change, Authentication',
  map: (input, options) =>
    mapRecords(readJsonRecords(input), (record) => buildGithubEvent(record, options)),
};
