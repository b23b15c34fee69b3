import type { SyslogPriority } from './syslog.types';

/** RFC 5424 §6.2.1: facility 0–23 times 8 plus severity 0–7. */
export const MAX_PRI = 191;

const FACILITY_NAMES = [
  'kern',
  'user',
  'mail',
  'daemon',
  'auth',
  'syslog',
  'lpr',
  'news',
  'uucp',
  'cron',
  'authpriv',
  'ftp',
  'ntp',
  'security',
  'console',
  'solaris-cron',
  'local0',
  'local1',
  'local2',
  'local3',
  'local4',
  'local5',
  'local6',
  'local7',
] as const;

const SEVERITY_NAMES = [
  'emerg',
  'alert',
  'crit',
  'err',
  'warning',
  'notice',
  'info',
  'debug',
] as const;

/**
 * Syslog severity (index) → OCSF severity_id. Syslog grades how urgent a message is for the
 * system that wrote it; OCSF grades the event for a reader. The system being unusable
 * (emerg) is the worst OCSF has, Fatal; alert and crit both call for immediate action,
 * Critical; an error is High; a warning Medium; notice ("normal but significant") Low;
 * info and debug carry no urgency at all, Informational.
 */
const OCSF_SEVERITY_BY_SYSLOG_SEVERITY = [6, 5, 5, 4, 3, 2, 1, 1] as const;

/** Log lines without `<PRI>` say nothing about urgency: Informational, as for other log sources. */
export const DEFAULT_OCSF_SEVERITY_ID = 1;

export const decodePriority = (pri: number): SyslogPriority => ({
  facility: pri >> 3,
  severity: pri & 7,
});

export const facilityName = (facility: number): string => FACILITY_NAMES[facility] ?? `${facility}`;

export const severityName = (severity: number): string => SEVERITY_NAMES[severity] ?? `${severity}`;

export const ocsfSeverityIdOf = (priority: SyslogPriority | undefined): number =>
  priority === undefined
    ? DEFAULT_OCSF_SEVERITY_ID
    : OCSF_SEVERITY_BY_SYSLOG_SEVERITY[priority.severity];
