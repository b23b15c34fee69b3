/** DNS response-code names (as Route 53 Resolver logs them) → OCSF 1.1.0 `rcode_id` and caption. */
const RCODES: Readonly<Partial<Record<string, readonly [number, string]>>> = {
  NOERROR: [0, 'NoError'],
  FORMERR: [1, 'FormError'],
  SERVFAIL: [2, 'ServError'],
  NXDOMAIN: [3, 'NXDomain'],
  NOTIMP: [4, 'NotImp'],
  REFUSED: [5, 'Refused'],
  YXDOMAIN: [6, 'YXDomain'],
  YXRRSET: [7, 'YXRRSet'],
  NXRRSET: [8, 'NXRRSet'],
  NOTAUTH: [9, 'NotAuth'],
  NOTZONE: [10, 'NotZone'],
  DSOTYPENI: [11, 'DSOTYPENI'],
  BADVERS: [16, 'BADSIG_VERS'],
  BADSIG: [16, 'BADSIG_VERS'],
  BADKEY: [17, 'BADKEY'],
  BADTIME: [18, 'BADTIME'],
  BADMODE: [19, 'BADMODE'],
  BADNAME: [20, 'BADNAME'],
  BADALG: [21, 'BADALG'],
  BADTRUNC: [22, 'BADTRUNC'],
  BADCOOKIE: [23, 'BADCOOKIE'],
};

/** An unknown name keeps its own spelling as the caption of 99 Other. */
export function rcodeOf(name: string): { rcode_id: number; rcode: string } {
  const known = RCODES[name.toUpperCase()];

  return known === undefined
    ? { rcode_id: 99, rcode: name }
    : { rcode_id: known[0], rcode: known[1] };
}

/** DNS Firewall action → action_id, disposition_id and disposition caption. */
const FIREWALL_ACTIONS: Readonly<Partial<Record<string, readonly [number, number, string]>>> = {
  ALLOW: [1, 1, 'Allowed'],
  ALERT: [1, 19, 'Alert'],
  BLOCK: [2, 2, 'Blocked'],
};

export function firewallOutcomeOf(
  action: string,
): { action_id: number; disposition_id: number; disposition: string } | undefined {
  const known = FIREWALL_ACTIONS[action.toUpperCase()];

  return known === undefined
    ? undefined
    : { action_id: known[0], disposition_id: known[1], disposition: known[2] };
}
