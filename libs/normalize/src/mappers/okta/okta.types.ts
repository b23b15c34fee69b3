/**
 * Okta System Log `LogEvent` (the `/api/v1/logs` item, also what Okta's event hooks and
 * log streams send). Only the fields the mapping reads are typed; all are optional.
 */
export interface OktaActor {
  id?: unknown;
  type?: unknown;
  alternateId?: unknown;
  displayName?: unknown;
  detailEntry?: unknown;
}

export interface OktaLogEvent {
  uuid?: unknown;
  published?: unknown;
  eventType?: unknown;
  version?: unknown;
  severity?: unknown;
  displayMessage?: unknown;
  legacyEventType?: unknown;
  actor?: unknown;
  client?: unknown;
  device?: unknown;
  outcome?: unknown;
  target?: unknown;
  transaction?: unknown;
  debugContext?: unknown;
  authenticationContext?: unknown;
  securityContext?: unknown;
  request?: unknown;
  [field: string]: unknown;
}
