/**
 * Azure Activity log record as Azure Monitor exports it (diagnostic settings to Event Hub
 * or storage: `{records: [...]}` files or one record per line). Only read fields are typed.
 */
export interface AzureActivityRecord {
  time?: unknown;
  resourceId?: unknown;
  operationName?: unknown;
  operationVersion?: unknown;
  category?: unknown;
  resultType?: unknown;
  resultSignature?: unknown;
  resultDescription?: unknown;
  callerIpAddress?: unknown;
  caller?: unknown;
  correlationId?: unknown;
  durationMs?: unknown;
  identity?: unknown;
  level?: unknown;
  location?: unknown;
  tenantId?: unknown;
  properties?: unknown;
  [field: string]: unknown;
}
