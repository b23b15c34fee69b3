/** OCSF Network Activity fields decided by the flow record's `action` (MAPPINGS.md §2, S4). */
export interface FlowOutcome {
  activity_id: number;
  action_id: number;
  disposition_id?: number;
  status_id?: number;
}

const OUTCOMES: Readonly<Record<string, FlowOutcome>> = {
  ACCEPT: { activity_id: 6, action_id: 1, disposition_id: 1, status_id: 1 },
  REJECT: { activity_id: 5, action_id: 2, disposition_id: 2, status_id: 2 },
};

/**
 * NODATA / SKIPDATA records carry `-` for the action: no traffic was seen or it was skipped,
 * which is neither an accept nor a reject. They stay events (Security Lake keeps them), with
 * activity Other and the unknown action that the `security_control` profile still requires.
 */
const NO_TRAFFIC: FlowOutcome = { activity_id: 99, action_id: 0 };

/** Undefined for an action this mapping does not know. */
export function findFlowOutcome(action: string | undefined): FlowOutcome | undefined {
  return action === undefined ? NO_TRAFFIC : OUTCOMES[action];
}

/** `flow-direction` → connection_info.direction_id (0 Unknown when the format lacks it). */
export function directionIdOf(flowDirection: string | undefined): number {
  if (flowDirection === 'ingress') {
    return 1;
  }

  return flowDirection === 'egress' ? 2 : 0;
}

/** `traffic-path` codes 1–8 map onto OCSF's AWS-specific boundary ids 4–11. */
export function boundaryIdOf(trafficPath: string | undefined): number | undefined {
  const code = trafficPath === undefined ? NaN : Number(trafficPath);

  return Number.isInteger(code) && code >= 1 && code <= 8 ? code + 3 : undefined;
}

const DIRECTION_CAPTIONS = ['Unknown', 'Inbound', 'Outbound'];

export function directionCaptionOf(directionId: number): string | undefined {
  return DIRECTION_CAPTIONS[directionId];
}

/** `type` → IP version id; EFA traffic has no IP version. */
export function protocolVersionIdOf(type: string | undefined): number | undefined {
  if (type === 'IPv4') {
    return 4;
  }
  if (type === 'IPv6') {
    return 6;
  }

  return type === undefined ? undefined : 99;
}
