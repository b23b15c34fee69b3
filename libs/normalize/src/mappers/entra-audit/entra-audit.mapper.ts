/**
 * Entra ID (Azure AD) directory audit logs → OCSF 1.1.0 Account Change (3001) for changes
 * to a user's account, credentials, MFA methods, roles and group memberships, else API
 * Activity (6003) — see entra-audit-class-selector for why. Accepted shapes: Graph
 * `directoryAudit` (single, array, NDJSON, `{value: […]}`), Azure Monitor diagnostic
 * records (`{records: […]}`, audit under `properties`) and Log Analytics `AuditLogs` rows.
 */
import type { SourceMapper } from '../../source-mapper.interface';
import { mapRecords } from '../../util/map-records.util';
import { readJsonRecords } from '../../util/read-json-records.util';
import { buildAuditEvent } from './entra-audit-event.builder';

export const entraAuditMapper: SourceMapper = {
  sourceType: 'entra-audit',
  ocsfVersion: '1.1.0',
  description: 'Entra ID (Azure AD) directory audit logs → Account Change or API Activity',
  map: (input, options) =>
    mapRecords(readJsonRecords(input, { unwrapKeys: ['records', 'value'] }), (record) =>
      buildAuditEvent(record, options),
    ),
};
