import { OcsfSeverityId, OcsfStatusId } from '@tarn/ocsf';

/** API Activity 6003 activities. */
export enum ApiActivityId {
  Create = 1,
  Read = 2,
  Update = 3,
  Delete = 4,
  Other = 99,
}

/**
 * The activity of an ARM operation from its verb, the last segment of `operationName`
 * (`Microsoft.Compute/virtualMachines/write`). ARM's `write` is a PUT that creates or
 * replaces, so it is Update unless the response says a resource was created (HTTP 201,
 * which the export writes as `resultSignature` "Succeeded.Created" or `statusCode`
 * "Created"). `action` operations (listKeys, restart …) are Other.
 */
export function activityOfOperation(operationName: string, created: boolean): ApiActivityId {
  const verb = operationName.slice(operationName.lastIndexOf('/') + 1).toLowerCase();

  switch (verb) {
    case 'write':
      return created ? ApiActivityId.Create : ApiActivityId.Update;
    case 'read':
      return ApiActivityId.Read;
    case 'delete':
      return ApiActivityId.Delete;
    default:
      return ApiActivityId.Other;
  }
}

export function isCreatedResult(
  resultSignature: string | undefined,
  statusCode: string | undefined,
): boolean {
  return (
    statusCode?.toLowerCase() === 'created' ||
    resultSignature?.toLowerCase().endsWith('.created') === true
  );
}

export interface ResultStatus {
  statusId: OcsfStatusId;
  /** Only for Other: the source's own word. */
  caption?: string;
}

/**
 * `resultType`: an operation logs Start, then Success or Failure (and Accept for async
 * ones). Only the final two are outcomes; the rest are Other with their name.
 */
export function statusOfResultType(resultType: string): ResultStatus {
  const lower = resultType.toLowerCase();

  if (lower === 'success' || lower === 'succeeded') {
    return { statusId: OcsfStatusId.Success };
  }
  if (lower === 'failure' || lower === 'failed') {
    return { statusId: OcsfStatusId.Failure };
  }

  return { statusId: OcsfStatusId.Other, caption: resultType };
}

/** Azure Monitor levels (Critical, Error, Warning, Informational, Verbose). */
const SEVERITY_BY_LEVEL: ReadonlyMap<string, OcsfSeverityId> = new Map([
  ['critical', OcsfSeverityId.Critical],
  ['error', OcsfSeverityId.High],
  ['warning', OcsfSeverityId.Medium],
  ['informational', OcsfSeverityId.Informational],
  ['information', OcsfSeverityId.Informational],
  ['verbose', OcsfSeverityId.Informational],
]);

export function severityOfLevel(level: string | undefined): OcsfSeverityId {
  return SEVERITY_BY_LEVEL.get(level?.toLowerCase() ?? '') ?? OcsfSeverityId.Informational;
}
