import type { OcsfEvent, OcsfVersion } from '@tarn/ocsf';

import type { Rejection } from './rejection';
import type { SourceType } from './source-type';

/** Per-source settings that a raw record does not carry itself. */
export interface NormalizeOptions {
  /** IANA zone for timestamps without one (RFC 3164 syslog). Default `UTC`. */
  timeZone?: string;
  /** Reference "now" for year inference of year-less timestamps; default the current time. */
  now?: Date;
  /** VPC Flow Logs field order when the input has no header line (space separated field names). */
  vpcFlowFormat?: string;
  /** Cloud account and region of the source, used when a record does not say. */
  cloud?: { provider?: string; accountUid?: string; region?: string };
  /** Keep the original record text in `raw_data`. Default false (the raw zone keeps it). */
  keepRawData?: boolean;
}

export type MapResult = { ok: true; event: OcsfEvent } | { ok: false; rejection: Rejection };

/**
 * Turns a raw batch of one source type into OCSF events. Implementations never throw for
 * bad input: every record yields either an event or a rejection with its position.
 */
export interface SourceMapper {
  readonly sourceType: SourceType;
  readonly ocsfVersion: OcsfVersion;
  /** One-line description for `--help`. */
  readonly description: string;
  map(input: string, options: NormalizeOptions): Iterable<MapResult>;
}
