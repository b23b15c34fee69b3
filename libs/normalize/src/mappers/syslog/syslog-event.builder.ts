import type { OcsfBaseEventClass, OcsfDevice, OcsfEvent, OcsfMetadata } from '@tarn/ocsf';
import { DEFAULT_OCSF_VERSION, finalizeEvent } from '@tarn/ocsf';
import { isIP } from 'node:net';

import type { NormalizeOptions } from '../../source-mapper.interface';
import { configuredCloud } from '../../util/configured-cloud.util';
import { classifyProgramMessage } from './classifiers/program.classifier';
import type { SyslogEventDraft } from './classifiers/syslog-classification.types';
import { facilityName, ocsfSeverityIdOf, severityName } from './syslog-priority';
import type { SyslogLine, SyslogStructuredElement } from './syslog.types';

/** Base Event activity "Unknown": a generic line says nothing about what happened. */
const ACTIVITY_UNKNOWN = 0;
/** Base Event activity "Other", with the RFC 5424 MSGID as the source's own activity name. */
const ACTIVITY_OTHER = 99;
const DEVICE_TYPE_UNKNOWN = 0;
/** rsyslog and syslog-ng fold repeats into `message repeated N times: [ <message> ]`. */
const EMPTY_METADATA: OcsfMetadata = {
  version: DEFAULT_OCSF_VERSION,
  product: { vendor_name: '' },
};
const REPEATED = /^message repeated (\d+) times: \[ ?(.*)\]$/;

/** What the builder needs besides the parsed line. */
export interface SyslogBuildContext {
  options: NormalizeOptions;
  /** Time for lines whose sender wrote no timestamp (RFC 5424 NILVALUE): when it was read. */
  nowMs: number;
  /** The record as received, for `raw_data`. */
  rawText: string;
}

/**
 * Turns a parsed line into its OCSF event: the class a known program's message describes
 * (sshd, sudo, su), otherwise a Base Event carrying the whole message, so that no line is
 * lost for being unfamiliar.
 */
export function buildSyslogEvent(line: SyslogLine, context: SyslogBuildContext): OcsfEvent {
  const repeated = REPEATED.exec(line.message);
  const draft = classifyProgramMessage(
    line.appName,
    repeated === null ? line.message : repeated[2],
  );
  const event = draft === undefined ? baseEventOf(line) : classifiedEventOf(line, draft);

  event.time = line.time ?? context.nowMs;
  event.severity_id = ocsfSeverityIdOf(line.priority);
  event.metadata = metadataOf(line);
  event.message = line.message;
  if (repeated !== null) {
    event.count = Number(repeated[1]);
  }
  if (line.timezoneOffset !== undefined) {
    event.timezone_offset = line.timezoneOffset;
  }
  addCloudAndRaw(event, context);

  return finalizeEvent(event);
}

/**
 * Base Event (class 0): the header fields that have no OCSF home in it (it has no `device`
 * or `actor`) go to `unmapped`, next to the facility and structured data.
 */
function baseEventOf(line: SyslogLine): OcsfBaseEventClass {
  const unmapped = headerUnmapped(line);

  if (line.hostname !== undefined) {
    unmapped.hostname = line.hostname;
  }
  if (line.procId !== undefined) {
    unmapped.procid = line.procId;
  }
  const event: OcsfBaseEventClass = {
    class_uid: 0,
    category_uid: 0,
    activity_id: line.msgId === undefined ? ACTIVITY_UNKNOWN : ACTIVITY_OTHER,
    type_uid: 0,
    severity_id: 0,
    time: 0,
    metadata: EMPTY_METADATA,
  };

  if (line.msgId !== undefined) {
    event.activity_name = line.msgId;
  }
  if (Object.keys(unmapped).length > 0) {
    event.unmapped = unmapped;
  }

  return event;
}

/**
 * A recognised message: the host is the `device`, the program with its pid `actor.process`.
 * OCSF requires a pid (or uid) on a process, so a line without a numeric pid names its
 * program through `metadata.log_provider` only.
 */
function classifiedEventOf(line: SyslogLine, draft: SyslogEventDraft): OcsfEvent {
  const unmapped = { ...headerUnmapped(line), ...draft.unmapped };
  const device = deviceOf(line.hostname);
  const pid = line.procId === undefined ? Number.NaN : Number(line.procId);

  if (device !== undefined) {
    draft.device = device;
  }
  if (line.appName !== undefined && Number.isSafeInteger(pid) && pid >= 0) {
    draft.actor = { ...draft.actor, process: { name: line.appName, pid } };
  } else if (line.procId !== undefined) {
    unmapped.procid = line.procId;
  }
  if (Object.keys(unmapped).length > 0) {
    draft.unmapped = unmapped;
  }

  // The builder fills the remaining common attributes (time, severity, metadata) next.
  return {
    ...draft,
    category_uid: 3,
    type_uid: 0,
    severity_id: 0,
    time: 0,
    metadata: EMPTY_METADATA,
  };
}

function deviceOf(hostname: string | undefined): OcsfDevice | undefined {
  if (hostname === undefined) {
    return undefined;
  }

  return isIP(hostname) === 0
    ? { type_id: DEVICE_TYPE_UNKNOWN, hostname }
    : { type_id: DEVICE_TYPE_UNKNOWN, ip: hostname };
}

/**
 * `product` names the transport, not the program: a syslog source carries many programs,
 * and the program is `log_provider`. The RFC 5424 MSGID is the sender's event code.
 */
function metadataOf(line: SyslogLine): OcsfMetadata {
  const metadata: OcsfMetadata = {
    version: DEFAULT_OCSF_VERSION,
    product: {
      name: 'Syslog',
      vendor_name: 'Syslog',
      feature: { name: line.format === 'rfc5424' ? 'RFC 5424' : 'RFC 3164' },
    },
    log_name: 'syslog',
  };

  if (line.appName !== undefined) {
    metadata.log_provider = line.appName;
  }
  if (line.msgId !== undefined) {
    metadata.event_code = line.msgId;
  }
  if (line.timestampText !== undefined) {
    metadata.original_time = line.timestampText;
  }

  return metadata;
}

function headerUnmapped(line: SyslogLine): Record<string, unknown> {
  const unmapped: Record<string, unknown> = {};

  if (line.priority !== undefined) {
    unmapped.facility = facilityName(line.priority.facility);
    unmapped.syslog_severity = severityName(line.priority.severity);
  }
  if (line.structuredData !== undefined) {
    unmapped.structured_data = structuredDataObject(line.structuredData);
  }

  return unmapped;
}

/** `[id a="1" a="2" b="3"]` → `{ id: { a: ['1', '2'], b: '3' } }`: repeated names keep every value. */
function structuredDataObject(
  elements: SyslogStructuredElement[],
): Record<string, Record<string, string | string[]>> {
  const result: Record<string, Record<string, string | string[]>> = {};

  for (const element of elements) {
    const params = (result[element.id] ??= {});

    for (const [name, value] of element.params) {
      const existing = params[name] as string | string[] | undefined;

      params[name] =
        existing === undefined
          ? value
          : Array.isArray(existing)
            ? [...existing, value]
            : [existing, value];
    }
  }

  return result;
}

function addCloudAndRaw(event: OcsfEvent, context: SyslogBuildContext): void {
  const cloud = configuredCloud(context.options);

  if (cloud !== undefined) {
    event.cloud = cloud;
  }
  if (context.options.keepRawData === true) {
    event.raw_data = context.rawText;
  }
}
