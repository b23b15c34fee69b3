import type {
  OcsfActor,
  OcsfApi,
  OcsfAttack,
  OcsfAuthFactor,
  OcsfCloud,
  OcsfCompliance,
  OcsfConnectionInfo,
  OcsfDevice,
  OcsfDnsAnswer,
  OcsfDnsQuery,
  OcsfEnrichment,
  OcsfFindingInfo,
  OcsfFirewallRule,
  OcsfGroup,
  OcsfHttpRequest,
  OcsfHttpResponse,
  OcsfMetadata,
  OcsfNetworkEndpoint,
  OcsfNetworkTraffic,
  OcsfObservable,
  OcsfPolicy,
  OcsfRemediation,
  OcsfResourceDetails,
  OcsfService,
  OcsfSession,
  OcsfTimestamp,
  OcsfUrl,
  OcsfUser,
  OcsfVulnerability,
} from './ocsf-objects.types';

/**
 * Attributes every OCSF event has (OCSF `base_event`), plus the lake's own `time_dt`.
 * Captions (`activity_name`, `severity`, `status`, `class_name`, `category_name`,
 * `type_name`) are optional here because the registry fills them from their ids.
 */
export interface OcsfBaseEvent {
  class_uid: number;
  category_uid: number;
  activity_id: number;
  type_uid: number;
  severity_id: number;
  time: OcsfTimestamp;
  metadata: OcsfMetadata;

  class_name?: string;
  category_name?: string;
  activity_name?: string;
  type_name?: string;
  severity?: string;
  status_id?: number;
  status?: string;
  status_code?: string;
  status_detail?: string;
  message?: string;
  count?: number;
  duration?: number;
  start_time?: OcsfTimestamp;
  end_time?: OcsfTimestamp;
  timezone_offset?: number;
  cloud?: OcsfCloud;
  api?: OcsfApi;
  observables?: OcsfObservable[];
  enrichments?: OcsfEnrichment[];
  /** Source fields without an OCSF home, kept verbatim. */
  unmapped?: Record<string, unknown>;
  raw_data?: string;
  /** ISO-8601 UTC rendering of `time` (OCSF `datetime` profile); the lake partitions on it. */
  time_dt?: string;
}

export interface OcsfAuthenticationEvent extends OcsfBaseEvent {
  class_uid: 3002;
  category_uid: 3;
  user?: OcsfUser;
  actor?: OcsfActor;
  src_endpoint?: OcsfNetworkEndpoint;
  dst_endpoint?: OcsfNetworkEndpoint;
  device?: OcsfDevice;
  session?: OcsfSession;
  service?: OcsfService;
  http_request?: OcsfHttpRequest;
  auth_protocol_id?: number;
  auth_protocol?: string;
  logon_type_id?: number;
  logon_type?: string;
  is_mfa?: boolean;
  is_remote?: boolean;
  is_new_logon?: boolean;
  is_cleartext?: boolean;
  mfa_factors?: OcsfAuthFactor[];
}

export interface OcsfAccountChangeEvent extends OcsfBaseEvent {
  class_uid: 3001;
  category_uid: 3;
  user: OcsfUser;
  user_result?: OcsfUser;
  actor?: OcsfActor;
  src_endpoint?: OcsfNetworkEndpoint;
  device?: OcsfDevice;
  http_request?: OcsfHttpRequest;
  policy?: OcsfPolicy;
}

export interface OcsfApiActivityEvent extends OcsfBaseEvent {
  class_uid: 6003;
  category_uid: 6;
  actor: OcsfActor;
  api: OcsfApi;
  src_endpoint: OcsfNetworkEndpoint;
  dst_endpoint?: OcsfNetworkEndpoint;
  http_request?: OcsfHttpRequest;
  resources?: OcsfResourceDetails[];
}

/** Attributes shared by the Network Activity category (4xxx). */
export interface OcsfNetworkCategoryFields {
  src_endpoint?: OcsfNetworkEndpoint;
  dst_endpoint?: OcsfNetworkEndpoint;
  connection_info?: OcsfConnectionInfo;
  traffic?: OcsfNetworkTraffic;
  device?: OcsfDevice;
  actor?: OcsfActor;
  action_id?: number;
  action?: string;
  disposition_id?: number;
  disposition?: string;
  app_name?: string;
  firewall_rule?: OcsfFirewallRule;
}

export interface OcsfNetworkActivityEvent extends OcsfBaseEvent, OcsfNetworkCategoryFields {
  class_uid: 4001;
  category_uid: 4;
  url?: OcsfUrl;
}

export interface OcsfHttpActivityEvent extends OcsfBaseEvent, OcsfNetworkCategoryFields {
  class_uid: 4002;
  category_uid: 4;
  http_request?: OcsfHttpRequest;
  http_response?: OcsfHttpResponse;
  http_status?: number;
}

export interface OcsfDnsActivityEvent extends OcsfBaseEvent, OcsfNetworkCategoryFields {
  class_uid: 4003;
  category_uid: 4;
  query?: OcsfDnsQuery;
  answers?: OcsfDnsAnswer[];
  rcode_id?: number;
  rcode?: string;
  query_time?: OcsfTimestamp;
  response_time?: OcsfTimestamp;
}

/** Attributes shared by the Findings category (2xxx). */
export interface OcsfFindingFields {
  finding_info: OcsfFindingInfo;
  actor?: OcsfActor;
  device?: OcsfDevice;
  comment?: string;
  confidence_id?: number;
  confidence?: string;
  confidence_score?: number;
  remediation?: OcsfRemediation;
}

export interface OcsfDetectionFindingEvent extends OcsfBaseEvent, OcsfFindingFields {
  class_uid: 2004;
  category_uid: 2;
  resources?: OcsfResourceDetails[];
  vulnerabilities?: OcsfVulnerability[];
  attacks?: OcsfAttack[];
  risk_level_id?: number;
  risk_level?: string;
  risk_score?: number;
  impact_id?: number;
  impact?: string;
  impact_score?: number;
  evidences?: Record<string, unknown>[];
}

export interface OcsfComplianceFindingEvent extends OcsfBaseEvent, OcsfFindingFields {
  class_uid: 2003;
  category_uid: 2;
  compliance: OcsfCompliance;
  resource?: OcsfResourceDetails;
}

export interface OcsfVulnerabilityFindingEvent extends OcsfBaseEvent, OcsfFindingFields {
  class_uid: 2002;
  category_uid: 2;
  vulnerabilities: OcsfVulnerability[];
  resource?: OcsfResourceDetails;
}

/**
 * OCSF `base_event` used as a class of its own (class_uid 0, "Uncategorized"): a record that
 * is understood as a log line but fits no specific class keeps its message here instead of
 * being dropped. Named apart from `OcsfBaseEvent`, the attributes every class shares.
 */
export interface OcsfBaseEventClass extends OcsfBaseEvent {
  class_uid: 0;
  category_uid: 0;
}

/** Privileges or an identity granted to a user session (sudo's policy decision, logon privileges). */
export interface OcsfAuthorizeSessionEvent extends OcsfBaseEvent {
  class_uid: 3003;
  category_uid: 3;
  user: OcsfUser;
  actor?: OcsfActor;
  device?: OcsfDevice;
  session?: OcsfSession;
  dst_endpoint?: OcsfNetworkEndpoint;
  group?: OcsfGroup;
  privileges?: string[];
}

/** Every event class Tarn emits. Adding a class here makes the registry and writers list it. */
export type OcsfEvent =
  | OcsfAuthenticationEvent
  | OcsfAccountChangeEvent
  | OcsfApiActivityEvent
  | OcsfNetworkActivityEvent
  | OcsfHttpActivityEvent
  | OcsfDnsActivityEvent
  | OcsfDetectionFindingEvent
  | OcsfComplianceFindingEvent
  | OcsfVulnerabilityFindingEvent
  | OcsfBaseEventClass
  | OcsfAuthorizeSessionEvent;

export type OcsfClassUid = OcsfEvent['class_uid'];
