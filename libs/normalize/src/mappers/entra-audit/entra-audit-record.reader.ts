import {
  asObject,
  asObjectArray,
  asText,
  parseEmbeddedJson,
} from '../identity-shared/json-value.util';

/**
 * One directory audit, whatever the delivery:
 * - Graph `directoryAudit` (camelCase);
 * - Azure Monitor diagnostic record: envelope (`time`, `category` "AuditLogs", `tenantId`,
 *   `callerIpAddress` …) with the audit under `properties`;
 * - Log Analytics `AuditLogs` row (PascalCase, `AADOperationType`, nested columns as JSON
 *   text), as the OTRF sample has it.
 */
export interface DirectoryAudit {
  id?: string;
  time: unknown;
  category?: string;
  activity?: string;
  operationType?: string;
  result?: string;
  resultReason?: string;
  loggedByService?: string;
  correlationId?: string;
  tenantId?: string;
  callerIpAddress?: unknown;
  userAgent?: string;
  logName?: string;
  initiatedBy?: Record<string, unknown>;
  targetResources: Record<string, unknown>[];
  additionalDetails: Record<string, unknown>[];
  /** Source fields the reader did not take, for `unmapped`. */
  leftovers: Record<string, unknown>;
}

/** Graph names and their Log Analytics column names. */
const FIELDS = {
  id: ['id', 'Id'],
  activityDateTime: ['activityDateTime', 'ActivityDateTime'],
  category: ['category', 'Category'],
  activityDisplayName: ['activityDisplayName', 'ActivityDisplayName', 'OperationName'],
  operationType: ['operationType', 'AADOperationType', 'OperationType'],
  result: ['result', 'Result'],
  resultReason: ['resultReason', 'ResultReason', 'ResultDescription'],
  loggedByService: ['loggedByService', 'LoggedByService'],
  correlationId: ['correlationId', 'CorrelationId'],
  initiatedBy: ['initiatedBy', 'InitiatedBy'],
  targetResources: ['targetResources', 'TargetResources'],
  additionalDetails: ['additionalDetails', 'AdditionalDetails'],
  tenantId: ['TenantId', 'AADTenantId', 'tenantId'],
  time: ['TimeGenerated', 'time'],
  userAgent: ['UserAgent'],
} as const;

/** Log Analytics columns that only restate other columns (the OTRF export adds these). */
const REDUNDANT_COLUMNS = [
  'SourceSystem',
  'ResourceId',
  'Resource',
  'ResourceGroup',
  'OperationVersion',
  'ResultSignature',
  'Level',
  'DurationMs',
];

const READ_KEYS: ReadonlySet<string> = new Set([
  ...Object.values(FIELDS).flat(),
  ...REDUNDANT_COLUMNS,
]);

/** Envelope fields of the diagnostic shape that are read or restate the audit. */
const ENVELOPE_KEYS: ReadonlySet<string> = new Set([
  'time',
  'category',
  'tenantId',
  'callerIpAddress',
  'correlationId',
  'operationName',
  'operationVersion',
  'resultSignature',
  'resultType',
  'resultDescription',
  'resourceId',
  'properties',
  'durationMs',
  'Level',
  'level',
  'identity',
]);

export function readDirectoryAudit(record: Record<string, unknown>): DirectoryAudit {
  const properties = asObject(record.properties);
  const source = properties ?? record;

  const pick = (names: readonly string[]): unknown => {
    for (const name of names) {
      if (source[name] !== undefined && source[name] !== null) {
        return source[name];
      }
    }

    return undefined;
  };
  const leftovers: Record<string, unknown> = {};

  for (const [key, value] of Object.entries(source)) {
    if (!READ_KEYS.has(key) && value !== null && value !== '') {
      leftovers[key] = value;
    }
  }
  if (properties !== undefined) {
    for (const [key, value] of Object.entries(record)) {
      if (!ENVELOPE_KEYS.has(key) && value !== null && value !== '') {
        leftovers[key] = value;
      }
    }
  }

  const initiatedBy = parseEmbeddedJson(pick(FIELDS.initiatedBy));
  const targets = parseEmbeddedJson(pick(FIELDS.targetResources));
  const details = parseEmbeddedJson(pick(FIELDS.additionalDetails));

  // JSON text that does not parse is kept as it came rather than dropped.
  keepIfText(leftovers, 'initiatedBy', initiatedBy);
  keepIfText(leftovers, 'targetResources', targets);
  keepIfText(leftovers, 'additionalDetails', details);

  return {
    id: asText(pick(FIELDS.id)),
    time: pick(FIELDS.activityDateTime) ?? pick(FIELDS.time) ?? record.time,
    category: asText(pick(FIELDS.category)),
    activity: asText(pick(FIELDS.activityDisplayName))?.trim(),
    operationType: asText(pick(FIELDS.operationType)),
    result: asText(pick(FIELDS.result)),
    resultReason: asText(pick(FIELDS.resultReason)),
    loggedByService: asText(pick(FIELDS.loggedByService)),
    correlationId: asText(pick(FIELDS.correlationId)) ?? asText(record.correlationId),
    tenantId: asText(pick(FIELDS.tenantId)) ?? asText(record.tenantId),
    callerIpAddress: record.callerIpAddress,
    userAgent: asText(pick(FIELDS.userAgent)),
    logName: properties === undefined ? undefined : asText(record.category),
    initiatedBy: asObject(initiatedBy),
    targetResources: asObjectArray(targets),
    additionalDetails: asObjectArray(details),
    leftovers,
  };
}

function keepIfText(leftovers: Record<string, unknown>, key: string, value: unknown): void {
  if (typeof value === 'string' && value.length > 0) {
    leftovers[key] = value;
  }
}
