/**
 * OCSF 1.1.0 objects that Tarn emits, written by hand for the attributes our mappers fill.
 * Attribute names follow the schema exactly (snake_case), because these objects are
 * serialized as-is into the lake. Anything a source carries without an OCSF home goes to
 * `unmapped` on the event, never into an invented attribute here.
 */

/** Epoch milliseconds, as OCSF's `timestamp_t`. */
export type OcsfTimestamp = number;

export interface OcsfProduct {
  name?: string;
  vendor_name: string;
  version?: string;
  uid?: string;
  feature?: { name?: string; uid?: string; version?: string };
}

export interface OcsfMetadata {
  version: string;
  product: OcsfProduct;
  profiles?: string[];
  uid?: string;
  original_time?: string;
  logged_time?: OcsfTimestamp;
  event_code?: string;
  log_name?: string;
  log_provider?: string;
  log_version?: string;
  correlation_uid?: string;
  labels?: string[];
  tenant_uid?: string;
  sequence?: number;
  log_level?: string;
}

export interface OcsfAccount {
  name?: string;
  uid?: string;
  type?: string;
  type_id?: number;
}

export interface OcsfOrganization {
  name?: string;
  uid?: string;
  ou_name?: string;
  ou_uid?: string;
}

export interface OcsfCloud {
  provider: string;
  region?: string;
  zone?: string;
  account?: OcsfAccount;
  org?: OcsfOrganization;
}

export interface OcsfGroup {
  name?: string;
  uid?: string;
  type?: string;
  privileges?: string[];
}

export interface OcsfUser {
  name?: string;
  uid?: string;
  type?: string;
  type_id?: number;
  email_addr?: string;
  domain?: string;
  full_name?: string;
  credential_uid?: string;
  account?: OcsfAccount;
  org?: OcsfOrganization;
  groups?: OcsfGroup[];
  uid_alt?: string;
}

export interface OcsfSession {
  uid_alt?: string;
  uid?: string;
  uuid?: string;
  issuer?: string;
  is_mfa?: boolean;
  is_remote?: boolean;
  created_time?: OcsfTimestamp;
  expiration_time?: OcsfTimestamp;
  credential_uid?: string;
  terminal?: string;
}

export interface OcsfIdp {
  name?: string;
  uid?: string;
}

export interface OcsfProcess {
  name?: string;
  pid?: number;
  uid?: string;
  cmd_line?: string;
  file?: { name: string; path?: string; type_id: number };
  user?: OcsfUser;
}

export interface OcsfActor {
  authorizations?: OcsfAuthorization[];
  user?: OcsfUser;
  session?: OcsfSession;
  invoked_by?: string;
  idp?: OcsfIdp;
  process?: OcsfProcess;
  app_name?: string;
  app_uid?: string;
}

export interface OcsfLocation {
  /** GeoJSON order: `[longitude, latitude]` (1.1.0 has no `lat`/`long`). */
  coordinates?: number[];
  isp?: string;
  continent?: string;
  city?: string;
  country?: string;
  region?: string;
  lat?: number;
  long?: number;
  postal_code?: string;
  provider?: string;
}

export interface OcsfNetworkInterface {
  uid?: string;
  name?: string;
  ip?: string;
  mac?: string;
  type?: string;
  type_id?: number;
}

export interface OcsfNetworkEndpoint {
  ip?: string;
  port?: number;
  hostname?: string;
  domain?: string;
  name?: string;
  uid?: string;
  mac?: string;
  svc_name?: string;
  instance_uid?: string;
  interface_uid?: string;
  interface_name?: string;
  vpc_uid?: string;
  subnet_uid?: string;
  zone?: string;
  type?: string;
  type_id?: number;
  location?: OcsfLocation;
  intermediate_ips?: string[];
  autonomous_system?: { name?: string; number?: number };
  os?: { name: string; type_id: number; type?: string; version?: string };
}

export interface OcsfDevice {
  type_id: number;
  is_compliant?: boolean;
  is_managed?: boolean;
  is_trusted?: boolean;
  location?: OcsfLocation;
  type?: string;
  hostname?: string;
  name?: string;
  uid?: string;
  ip?: string;
  instance_uid?: string;
  region?: string;
  domain?: string;
  os?: { name: string; type_id: number; type?: string; version?: string };
  interface_uid?: string;
  interface_name?: string;
  vpc_uid?: string;
  subnet_uid?: string;
  network_interfaces?: OcsfNetworkInterface[];
}

export interface OcsfService {
  name?: string;
  uid?: string;
  version?: string;
  labels?: string[];
}

export interface OcsfApi {
  operation: string;
  service?: OcsfService;
  version?: string;
  request?: { uid: string; flags?: string[]; data?: unknown };
  response?: {
    code?: number;
    error?: string;
    error_message?: string;
    message?: string;
    data?: unknown;
  };
  group?: OcsfGroup;
}

export interface OcsfResourceDetails {
  name?: string;
  uid?: string;
  type?: string;
  region?: string;
  owner?: OcsfUser;
  cloud_partition?: string;
  criticality?: string;
  labels?: string[];
  data?: unknown;
  group?: OcsfGroup;
  namespace?: string;
  version?: string;
}

export interface OcsfObservable {
  name: string;
  type_id: number;
  type?: string;
  value?: string;
}

export interface OcsfHttpHeader {
  name: string;
  value: string;
}

export interface OcsfUrl {
  url_string?: string;
  scheme?: string;
  hostname?: string;
  port?: number;
  path?: string;
  query_string?: string;
}

export interface OcsfHttpRequest {
  /** The query string without the `?`, as the server received it. */
  args?: string;
  http_method?: string;
  url?: OcsfUrl;
  user_agent?: string;
  version?: string;
  uid?: string;
  referrer?: string;
  http_headers?: OcsfHttpHeader[];
  x_forwarded_for?: string[];
  length?: number;
}

export interface OcsfHttpResponse {
  code: number;
  status?: string;
  message?: string;
  content_type?: string;
  length?: number;
  http_headers?: OcsfHttpHeader[];
}

export interface OcsfConnectionInfo {
  direction_id: number;
  direction?: string;
  protocol_num?: number;
  protocol_name?: string;
  protocol_ver_id?: number;
  protocol_ver?: string;
  boundary_id?: number;
  boundary?: string;
  tcp_flags?: number;
  uid?: string;
}

export interface OcsfNetworkTraffic {
  bytes?: number;
  bytes_in?: number;
  bytes_out?: number;
  packets?: number;
  packets_in?: number;
  packets_out?: number;
}

export interface OcsfDnsQuery {
  hostname: string;
  type?: string;
  class?: string;
  opcode?: string;
  opcode_id?: number;
  packet_uid?: number;
}

export interface OcsfDnsAnswer {
  rdata: string;
  type?: string;
  class?: string;
  ttl?: number;
  flag_ids?: number[];
  flags?: string[];
  packet_uid?: number;
}

export interface OcsfAuthFactor {
  factor_type?: string;
  factor_type_id: number;
  provider?: string;
}

export interface OcsfPolicy {
  name?: string;
  uid?: string;
  desc?: string;
  version?: string;
  is_applied?: boolean;
}

export interface OcsfAuthorization {
  decision?: string;
  policy?: OcsfPolicy;
}

export interface OcsfFirewallRule {
  name?: string;
  uid?: string;
  type?: string;
  condition?: string;
  desc?: string;
  category?: string;
  version?: string;
  sensitivity?: string;
  match_location?: string;
  /** The request data the rule matched, e.g. `["10", "and", "1"]`. */
  match_details?: string[];
  rate_limit?: number;
  duration?: number;
}

export interface OcsfAnalytic {
  type_id: number;
  type?: string;
  name?: string;
  uid?: string;
  category?: string;
  desc?: string;
}

export interface OcsfFindingInfo {
  uid: string;
  title?: string;
  desc?: string;
  types?: string[];
  created_time?: OcsfTimestamp;
  modified_time?: OcsfTimestamp;
  first_seen_time?: OcsfTimestamp;
  last_seen_time?: OcsfTimestamp;
  product_uid?: string;
  src_url?: string;
  analytic?: OcsfAnalytic;
  related_events?: { uid: string; type?: string; type_uid?: number; product_uid?: string }[];
  data_sources?: string[];
}

export interface OcsfRemediation {
  desc: string;
  references?: string[];
  kb_article_list?: { uid: string; title?: string }[];
}

export interface OcsfCompliance {
  standards: string[];
  requirements?: string[];
  control?: string;
  status?: string;
  status_id?: number;
  status_code?: string;
  status_detail?: string;
}

export interface OcsfCve {
  uid: string;
  cvss?: { version: string; base_score: number; vector_string?: string; severity?: string }[];
  desc?: string;
  title?: string;
  type?: string;
  references?: string[];
}

/** OCSF 1.1.0 `affected_package`: a package a vulnerability was found in. */
export interface OcsfAffectedPackage {
  name: string;
  version: string;
  epoch?: number;
  release?: string;
  architecture?: string;
  package_manager?: string;
  path?: string;
  fixed_in_version?: string;
  remediation?: OcsfRemediation;
}

export interface OcsfVulnerability {
  cve?: OcsfCve;
  title?: string;
  desc?: string;
  severity?: string;
  vendor_name?: string;
  is_exploit_available?: boolean;
  kb_article_list?: { uid: string; title?: string }[];
  packages?: {
    name: string;
    version: string;
    epoch?: number;
    release?: string;
    architecture?: string;
  }[];
  affected_packages?: OcsfAffectedPackage[];
  is_fix_available?: boolean;
  related_vulnerabilities?: string[];
  references?: string[];
  remediation?: OcsfRemediation;
  first_seen_time?: OcsfTimestamp;
  last_seen_time?: OcsfTimestamp;
}

export interface OcsfAttack {
  version: string;
  tactic?: { name?: string; uid?: string };
  tactics?: { name?: string; uid?: string }[];
  technique?: { name?: string; uid?: string };
  sub_technique?: { name?: string; uid?: string };
}

export interface OcsfEnrichment {
  name: string;
  value: string;
  data: unknown;
  type?: string;
  provider?: string;
}
