import { OCSF_SEVERITY_CAPTIONS } from './ocsf-catalog.generated';

/** OCSF `severity_id` values (identical in every 1.1.0 class). */
export enum OcsfSeverityId {
  Unknown = 0,
  Informational = 1,
  Low = 2,
  Medium = 3,
  High = 4,
  Critical = 5,
  Fatal = 6,
  Other = 99,
}

/** OCSF `status_id` values of the non-finding classes (findings have workflow statuses). */
export enum OcsfStatusId {
  Unknown = 0,
  Success = 1,
  Failure = 2,
  Other = 99,
}

/** Observable `type_id` values of OCSF 1.1.0 that the lake derives. */
export enum OcsfObservableTypeId {
  Hostname = 1,
  IpAddress = 2,
  MacAddress = 3,
  UserName = 4,
  EmailAddress = 5,
  UrlString = 6,
  ResourceUid = 10,
}

const SEVERITY_BY_WORD: ReadonlyMap<string, number> = new Map(
  Object.entries(OCSF_SEVERITY_CAPTIONS)
    .map(([id, caption]): [string, number] => [caption.toLowerCase(), Number(id)])
    // Sources say "info" at least as often as "informational".
    .concat([['info', OcsfSeverityId.Informational]]),
);

/**
 * Maps a source's severity word (informational, low, medium, high, critical, fatal; any
 * case) to `severity_id`. Anything else, including no value, is 0 Unknown: guessing a
 * severity would be worse than admitting we do not know it.
 */
export function severityIdFromText(text: string | undefined): number {
  if (text === undefined) {
    return OcsfSeverityId.Unknown;
  }

  return SEVERITY_BY_WORD.get(text.trim().toLowerCase()) ?? OcsfSeverityId.Unknown;
}
