/** Network Activity (4001) activity ids. */
const ACTIVITY_UNKNOWN = 0;
const ACTIVITY_CLOSE = 2;
const ACTIVITY_RESET = 3;
const ACTIVITY_FAIL = 4;
const ACTIVITY_REFUSE = 5;
const ACTIVITY_TRAFFIC = 6;

/**
 * Zeek's TCP `conn_state` → 4001 activity. Zeek writes conn.log when it forgets a
 * connection, so each record tells how the connection ended:
 * - SF (set up and torn down normally), S2/S3 (set up, only one side's close seen) → Close.
 * - REJ (SYN answered by RST) → Refuse: the responder turned the connection down.
 * - S0 (SYN, no answer) and SH (SYN then FIN, no SYN-ACK) → Fail: no connection came about.
 * - RSTO/RSTR (reset by originator/responder after setup), RSTOS0/RSTRH (reset before
 *   setup completed) → Reset.
 * - S1 (set up, still open when logged), OTH and SHR (no handshake seen: mid-stream) → Traffic:
 *   all the record proves is that traffic flowed.
 */
const TCP_ACTIVITY_BY_STATE: Readonly<Record<string, number>> = {
  SF: ACTIVITY_CLOSE,
  S2: ACTIVITY_CLOSE,
  S3: ACTIVITY_CLOSE,
  REJ: ACTIVITY_REFUSE,
  S0: ACTIVITY_FAIL,
  SH: ACTIVITY_FAIL,
  RSTO: ACTIVITY_RESET,
  RSTR: ACTIVITY_RESET,
  RSTOS0: ACTIVITY_RESET,
  RSTRH: ACTIVITY_RESET,
  S1: ACTIVITY_TRAFFIC,
  OTH: ACTIVITY_TRAFFIC,
  SHR: ACTIVITY_TRAFFIC,
};

/**
 * UDP and ICMP have no handshake, so Zeek's states for them (S0 = one direction only, SF =
 * both) say nothing about a connection being refused or failing: a datagram flow is Traffic.
 */
export function activityIdOf(proto: string | undefined, connState: string | undefined): number {
  if (proto !== 'tcp') {
    return ACTIVITY_TRAFFIC;
  }

  return connState === undefined
    ? ACTIVITY_UNKNOWN
    : (TCP_ACTIVITY_BY_STATE[connState] ?? ACTIVITY_UNKNOWN);
}

/** connection_info direction and boundary from Zeek's `local_orig`/`local_resp` (Site::local_nets). */
export interface ZeekDirection {
  direction_id: number;
  direction?: string;
  boundary_id?: number;
  boundary?: string;
}

/**
 * Local originator to local responder is Lateral and stays Internal; local to remote is
 * Outbound, remote to local Inbound, both crossing the External boundary. When Zeek was not
 * told the local networks (fields unset) or neither end is local, the direction is Unknown.
 */
export function directionOf(localOrig: unknown, localResp: unknown): ZeekDirection {
  if (localOrig === true && localResp === true) {
    return { direction_id: 3, direction: 'Lateral', boundary_id: 2, boundary: 'Internal' };
  }
  if (localOrig === true && localResp === false) {
    return { direction_id: 2, direction: 'Outbound', boundary_id: 3, boundary: 'External' };
  }
  if (localOrig === false && localResp === true) {
    return { direction_id: 1, direction: 'Inbound', boundary_id: 3, boundary: 'External' };
  }

  return { direction_id: 0, direction: 'Unknown' };
}
