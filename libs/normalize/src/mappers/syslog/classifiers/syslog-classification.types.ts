import type { OcsfAuthenticationEvent, OcsfAuthorizeSessionEvent } from '@tarn/ocsf';

/** Attributes the event builder fills the same way for every syslog event. */
type BuilderOwnedKey = 'category_uid' | 'type_uid' | 'severity_id' | 'time' | 'metadata';

/**
 * What a program classifier recognised in a message: the class-specific part of the event.
 * Time, severity, metadata, device and the common `unmapped` keys come from the header.
 */
export type SyslogEventDraft = AuthenticationDraft | AuthorizeSessionDraft;

export type AuthenticationDraft = Omit<OcsfAuthenticationEvent, BuilderOwnedKey>;
export type AuthorizeSessionDraft = Omit<OcsfAuthorizeSessionEvent, BuilderOwnedKey>;

/** Reads one program's message; `undefined` means "not a pattern I know": the line stays generic. */
export type SyslogClassifier = (message: string) => SyslogEventDraft | undefined;

/** OCSF status ids used by the classifiers. */
export const STATUS_SUCCESS = 1;
export const STATUS_FAILURE = 2;
/** Authentication activity ids. */
export const ACTIVITY_LOGON = 1;
export const ACTIVITY_LOGOFF = 2;
