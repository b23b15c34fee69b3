/**
 * Entra ID (Azure AD) sign-in logs → OCSF 1.1.0 Authentication (3002), activity Logon.
 *
 * Why Authentication: every record is one attempt by a user or service principal to get a
 * token for an application, which is what class 3002 describes (the same class Security
 * Lake gives CloudTrail's ConsoleLogin, MAPPINGS.md §1). Interrupted and failed attempts
 * stay Logon with status Failure: the AADSTS code in `status.errorCode` is the outcome.
 * Accepted shapes: Graph `signIn` resources (single, array, NDJSON or a `{value: […]}`
 * page) and Azure Monitor diagnostic records (`{records: […]}` or NDJSON) with the
 * sign-in under `properties`.
 */
import type { SourceMapper } from '../../source-mapper.interface';
import { mapRecords } from '../../util/map-records.util';
import { readJsonRecords } from '../../util/read-json-records.util';
import { buildSignInEvent } from './entra-signin-event.builder';

export const entraSigninMapper: SourceMapper = {
  sourceType: 'entra-signin',
  ocsfVersion: '1.1.0',
  description:
    'Entra ID (Azure AD) sign-in logs, Graph or diagnostic-settings shape → Authentication',
  map: (input, options) =>
    mapRecords(readJsonRecords(input, { unwrapKeys: ['records', 'value'] }), (record) =>
      buildSignInEvent(record, options),
    ),
};
