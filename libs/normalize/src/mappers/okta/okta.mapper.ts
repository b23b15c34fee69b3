/**
 * Okta System Log → OCSF 1.1.0, class chosen per `eventType` (see okta-class-selector):
 * - Authentication (3002): `user.session.start` (Logon), `user.session.end` (Logoff),
 *   `user.authentication.*` (Logon) — the MAPPINGS.md Okta row (S6) says the same;
 * - Account Change (3001): user lifecycle, passwords, locks, MFA factors, privileges and
 *   group/app membership — changes to one user's account, the class CloudTrail's IAM user
 *   operations get in MAPPINGS.md §1;
 * - API Activity (6003): every other admin or system operation (policies, apps, zones …).
 * S6 targets OCSF 1.3.0; its Entity/Group Management and Detection Finding splits are not
 * followed here (see the selector). Input: the `/api/v1/logs` JSON array, NDJSON or one event.
 * TODO: unwrap event hook bodies (`{data: {events: […]}}`) — when readJsonRecords accepts
 * nested unwrap paths; until then a hook relay must post the events array.
 */
import type { SourceMapper } from '../../source-mapper.interface';
import { mapRecords } from '../../util/map-records.util';
import { readJsonRecords } from '../../util/read-json-records.util';
import { buildOktaEvent } from './okta-event.builder';

export const oktaMapper: SourceMapper = {
  sourceType: 'okta',
  ocsfVersion: '1.1.0',
  description: 'Okta System Log events → Authentication, Account Change or API Activity',
  map: (input, options) =>
    mapRecords(readJsonRecords(input), (record) => buildOktaEvent(record, options)),
};
