/**
 * A Zeek conn.log record as Zeek's JSON writer emits it (dotted names for the `id` record)
 * and as the TSV reader rebuilds it from `#fields`/`#types`. Every field may be unset.
 * Field meanings: Zeek's `Conn::Info` record (base/protocols/conn/main.zeek).
 */
export interface ZeekConnRecord {
  /** Time of the first packet, epoch seconds with microseconds (or ISO-8601 when so configured). */
  ts?: number | string;
  uid?: string;
  'id.orig_h'?: string;
  'id.orig_p'?: number;
  'id.resp_h'?: string;
  'id.resp_p'?: number;
  /** `tcp`, `udp`, `icmp` or `unknown_transport`. */
  proto?: string;
  /** Protocols Zeek's analyzers recognised, comma separated (`ssl,http`). */
  service?: string;
  /** Seconds. */
  duration?: number;
  /** Payload bytes sent by the originator / the responder. */
  orig_bytes?: number;
  resp_bytes?: number;
  /** Connection state summary, e.g. `SF`, `S0`, `REJ` (see `zeek-conn-activity.ts`). */
  conn_state?: string;
  local_orig?: boolean;
  local_resp?: boolean;
  orig_pkts?: number;
  resp_pkts?: number;
  orig_l2_addr?: string;
  resp_l2_addr?: string;
  [field: string]: unknown;
}
