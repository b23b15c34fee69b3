/**
 * Google Workspace Admin SDK Reports API activities (login, admin and other applications)
 * → OCSF 1.1.0 Authentication (3002), Account Change (3001) or API Activity (6003), one
 * event per item of an activity's `events` — see google-workspace-class-selector for the
 * class rules and why suspicious-login events are not Detection Findings. Google is not
 * the customer's cloud here: `cloud` is set only from the source configuration, the
 * Workspace customer id goes to `metadata.tenant_uid`. Input: the API's
 * `{items: […]}` page, an array, or NDJSON of activities.
 */
import type { SourceMapper } from '../../source-mapper.interface';
import { mapRecords } from '../../util/map-records.util';
import { readJsonRecords } from '../../util/read-json-records.util';
import { buildWorkspaceEvents } from './google-workspace-event.builder';

export const googleWorkspaceMapper: SourceMapper = {
  sourceType: 'google-workspace',
  ocsfVersion: '1.1.0',
  description:
    'Google Workspace Reports API activities → Authentication, Account Change, API Activity',
  map: (input, options) =>
    mapRecords(readJsonRecords(input, { unwrapKeys: ['items'] }), (record) =>
      buildWorkspaceEvents(record, options),
    ),
};
