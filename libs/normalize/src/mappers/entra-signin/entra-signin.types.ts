/**
 * Raw Entra ID sign-in shapes. Two deliveries carry the same sign-in resource:
 * - Microsoft Graph `auditLogs/signIns` (the resource itself, or a `{ value: [...] }` page);
 * - Azure Monitor diagnostic settings (Event Hub / storage): an envelope with `time`,
 *   `category`, `tenantId`, `resultType`, `callerIpAddress` … and the resource under
 *   `properties` (often a `{ records: [...] }` file).
 * Only the fields the mapping reads are typed; everything is optional because exports differ.
 */
export interface EntraSignIn {
  id?: unknown;
  createdDateTime?: unknown;
  userDisplayName?: unknown;
  userPrincipalName?: unknown;
  userId?: unknown;
  userType?: unknown;
  servicePrincipalId?: unknown;
  servicePrincipalName?: unknown;
  appId?: unknown;
  appDisplayName?: unknown;
  resourceId?: unknown;
  resourceDisplayName?: unknown;
  ipAddress?: unknown;
  correlationId?: unknown;
  status?: unknown;
  deviceDetail?: unknown;
  location?: unknown;
  authenticationRequirement?: unknown;
  mfaDetail?: unknown;
  authenticationProtocol?: unknown;
  tokenIssuerName?: unknown;
  tokenIssuerType?: unknown;
  userAgent?: unknown;
  homeTenantId?: unknown;
  resourceTenantId?: unknown;
  [field: string]: unknown;
}

/** The Azure Monitor diagnostic envelope around a sign-in. */
export interface EntraDiagnosticEnvelope {
  time?: unknown;
  category?: unknown;
  tenantId?: unknown;
  callerIpAddress?: unknown;
  correlationId?: unknown;
  resultType?: unknown;
  resultDescription?: unknown;
  durationMs?: unknown;
  properties: Record<string, unknown>;
  [field: string]: unknown;
}
