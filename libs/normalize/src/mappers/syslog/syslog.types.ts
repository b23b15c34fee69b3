/** Which header grammar a line was read with. */
export type SyslogFormat = 'rfc5424' | 'rfc3164';

/** Facility and severity decoded from `<PRI>`. */
export interface SyslogPriority {
  facility: number;
  severity: number;
}

/** One SD-ELEMENT of RFC 5424 structured data: its SD-ID and its parameters in order. */
export interface SyslogStructuredElement {
  id: string;
  params: [name: string, value: string][];
}

/** A syslog line after header parsing; the MSG part is kept as written (BOM removed). */
export interface SyslogLine {
  format: SyslogFormat;
  /** Absent for lines written to local files without `<PRI>`. */
  priority?: SyslogPriority;
  /** Epoch milliseconds; absent when an RFC 5424 sender wrote the NILVALUE. */
  time?: number;
  /** Offset of the written time from UTC in minutes, when the line or the zone tells it. */
  timezoneOffset?: number;
  /** The timestamp exactly as written (`metadata.original_time`). */
  timestampText?: string;
  hostname?: string;
  appName?: string;
  procId?: string;
  msgId?: string;
  structuredData?: SyslogStructuredElement[];
  message: string;
}

/** A calendar date and wall-clock time with no zone attached. */
export interface LocalDateTime {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}
