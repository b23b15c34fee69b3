/** What a WAF terminating action means for OCSF's security_control attributes. */
export interface WafOutcome {
  action_id: number;
  action: string;
  disposition_id: number;
  disposition: string;
  /** The status WAF answers with itself when no custom response overrides it. */
  defaultResponseCode?: number;
}

/**
 * CAPTCHA and CHALLENGE only terminate a request when the client has no valid token: WAF
 * then answers with the puzzle (405) or the silent challenge (202) instead of forwarding the
 * request, so the request was denied. COUNT never terminates in practice; if it is logged
 * as the action the request went on, as with ALLOW.
 */
const OUTCOMES: Readonly<Record<string, WafOutcome>> = {
  ALLOW: { action_id: 1, action: 'Allowed', disposition_id: 1, disposition: 'Allowed' },
  BLOCK: {
    action_id: 2,
    action: 'Denied',
    disposition_id: 2,
    disposition: 'Blocked',
    defaultResponseCode: 403,
  },
  COUNT: { action_id: 1, action: 'Allowed', disposition_id: 20, disposition: 'Count' },
  CAPTCHA: {
    action_id: 2,
    action: 'Denied',
    disposition_id: 22,
    disposition: 'Captcha',
    defaultResponseCode: 405,
  },
  CHALLENGE: {
    action_id: 2,
    action: 'Denied',
    disposition_id: 23,
    disposition: 'Challenge',
    defaultResponseCode: 202,
  },
};

/** An action this table does not know keeps its own word as the Other caption. */
export function outcomeOf(action: string): WafOutcome {
  return Object.prototype.hasOwnProperty.call(OUTCOMES, action)
    ? OUTCOMES[action]
    : { action_id: 99, action, disposition_id: 99, disposition: action };
}

/** HTTP methods → HTTP Activity activity_id; anything else (PATCH, PROPFIND…) is 99 Other. */
const ACTIVITY_BY_METHOD: Readonly<Record<string, number>> = {
  CONNECT: 1,
  DELETE: 2,
  GET: 3,
  HEAD: 4,
  OPTIONS: 5,
  POST: 6,
  PUT: 7,
  TRACE: 8,
};

export const OTHER_ACTIVITY_ID = 99;
export const UNKNOWN_ACTIVITY_ID = 0;

export function activityIdOfMethod(method: string | undefined): number {
  if (method === undefined) {
    return UNKNOWN_ACTIVITY_ID;
  }
  const upper = method.toUpperCase();

  return Object.prototype.hasOwnProperty.call(ACTIVITY_BY_METHOD, upper)
    ? ACTIVITY_BY_METHOD[upper]
    : OTHER_ACTIVITY_ID;
}
