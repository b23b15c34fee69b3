/**
 * Which OCSF 1.1.0 class a GitHub audit `action` becomes:
 * - Authentication (3002) for sign-ins (`user.login`, `user.failed_login`, `user.logout`,
 *   two-factor challenges) and OAuth token grants (`oauth_access.create`, activity
 *   "Authentication Ticket": a token issued to an app is a ticket in OCSF's terms);
 * - Account Change (3001) for changes to one user's account or memberships — created,
 *   deleted, suspended, password, 2FA, org/team/enterprise membership and admin roles —
 *   with membership as Attach/Detach Policy like AddUserToGroup in MAPPINGS.md §1;
 * - API Activity (6003) for everything else, activity from `operation_type` when the
 *   export has it, else from the verb after the last dot.
 */
export type GithubClass = 'authentication' | 'account-change' | 'api-activity';

export interface GithubClassChoice {
  kind: GithubClass;
  activityId: number;
  /** For sign-ins the action itself says whether it worked. */
  failed?: boolean;
  isMfa?: boolean;
}

const AUTHENTICATION: ReadonlyMap<string, Omit<GithubClassChoice, 'kind'>> = new Map([
  ['user.login', { activityId: 1 }],
  ['user.failed_login', { activityId: 1, failed: true }],
  ['user.logout', { activityId: 2 }],
  ['user.two_factor_challenge_success', { activityId: 1, isMfa: true }],
  ['user.two_factor_challenge_failure', { activityId: 1, failed: true, isMfa: true }],
  ['oauth_access.create', { activityId: 3 }],
]);

const ACCOUNT_CHANGE: ReadonlyMap<string, number> = new Map([
  ['user.create', 1],
  ['user.unsuspend', 2],
  ['user.change_password', 3],
  ['user.forgot_password', 4],
  ['user.suspend', 5],
  ['user.destroy', 6],
  ['user.delete', 6],
  ['user.promote', 7],
  ['org.add_member', 7],
  ['org.add_billing_manager', 7],
  ['team.add_member', 7],
  ['team.promote_maintainer', 7],
  ['business.add_admin', 7],
  ['business.add_member', 7],
  ['user.demote', 8],
  ['org.remove_member', 8],
  ['org.remove_billing_manager', 8],
  ['org.remove_outside_collaborator', 8],
  ['team.remove_member', 8],
  ['team.demote_maintainer', 8],
  ['business.remove_admin', 8],
  ['business.remove_member', 8],
  ['two_factor_authentication.enabled', 10],
  ['two_factor_authentication.disabled', 11],
  ['org.update_member', 99],
]);

/** `operation_type` of the current audit log API. */
const ACTIVITY_BY_OPERATION_TYPE: ReadonlyMap<string, number> = new Map([
  ['create', 1],
  ['access', 2],
  ['modify', 3],
  ['transfer', 3],
  ['restore', 3],
  ['remove', 4],
]);

const CREATE_VERBS = ['create', 'add'];
const READ_VERBS = ['access', 'clone', 'fetch', 'download', 'view'];
const UPDATE_VERBS = ['update', 'rename', 'change', 'modify', 'edit', 'transfer', 'set'];
const DELETE_VERBS = ['destroy', 'remove', 'delete'];

export function chooseGithubClass(action: string, operationType?: string): GithubClassChoice {
  const authentication = AUTHENTICATION.get(action);

  if (authentication !== undefined) {
    return { kind: 'authentication', ...authentication };
  }
  const accountChange = ACCOUNT_CHANGE.get(action);

  if (accountChange !== undefined) {
    return { kind: 'account-change', activityId: accountChange };
  }

  return { kind: 'api-activity', activityId: apiActivityOf(action, operationType) };
}

/** `repo.create` → Create; `protected_branch.update_admin_enforced` → Update; `pull_request.merge` → Other. */
export function apiActivityOf(action: string, operationType?: string): number {
  const byType = ACTIVITY_BY_OPERATION_TYPE.get(operationType?.toLowerCase() ?? '');

  if (byType !== undefined) {
    return byType;
  }
  const verb = action.slice(action.lastIndexOf('.') + 1).toLowerCase();
  const matches = (verbs: readonly string[]): boolean =>
    verbs.some((candidate) => verb === candidate || verb.startsWith(`${candidate}_`));

  if (matches(CREATE_VERBS)) {
    return 1;
  }
  if (matches(READ_VERBS)) {
    return 2;
  }
  if (matches(UPDATE_VERBS)) {
    return 3;
  }

  return matches(DELETE_VERBS) ? 4 : 99;
}
