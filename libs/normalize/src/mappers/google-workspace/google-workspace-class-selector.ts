/**
 * Which OCSF 1.1.0 class one Reports API event becomes:
 * - `login` (and `saml`) application: login_success / login_failure / login_challenge /
 *   login_verification → Authentication Logon, logout → Logoff; the application's other
 *   events (suspicious_login, account_disabled_*, risky_sensitive_action_*, gov_attack_warning …)
 *   → Authentication activity Other named by the event. They are Google's verdicts on
 *   sign-ins, but Detection Finding needs a finding id, analytic and the security_control
 *   profile's action that the login report does not carry; Alert Center is the finding feed.
 * - `admin` application, user-account events (USER_SETTINGS: CREATE_USER, DELETE_USER,
 *   CHANGE_PASSWORD, GRANT_ADMIN_PRIVILEGE … and group membership) → Account Change;
 * - every other event → API Activity, activity from the verb the name starts with.
 */
export type WorkspaceClass = 'authentication' | 'account-change' | 'api-activity';

export interface WorkspaceClassChoice {
  kind: WorkspaceClass;
  activityId: number;
}

const LOGIN_ACTIVITIES: ReadonlyMap<string, number> = new Map([
  ['login_success', 1],
  ['login_failure', 1],
  ['login_challenge', 1],
  ['login_verification', 1],
  ['logout', 2],
]);

const ACCOUNT_CHANGE_BY_EVENT: ReadonlyMap<string, number> = new Map([
  ['CREATE_USER', 1],
  ['UNSUSPEND_USER', 2],
  ['UNDELETE_USER', 2],
  ['CHANGE_PASSWORD', 3],
  ['CHANGE_PASSWORD_ON_NEXT_LOGIN', 4],
  ['SUSPEND_USER', 5],
  ['DELETE_USER', 6],
  ['GRANT_ADMIN_PRIVILEGE', 7],
  ['ASSIGN_ROLE', 7],
  ['ADD_GROUP_MEMBER', 7],
  ['REVOKE_ADMIN_PRIVILEGE', 8],
  ['UNASSIGN_ROLE', 8],
  ['REMOVE_GROUP_MEMBER', 8],
  ['ENFORCE_STRONG_AUTHENTICATION', 10],
  ['TURN_OFF_2_STEP_VERIFICATION', 11],
  ['CHANGE_FIRST_NAME', 99],
  ['CHANGE_LAST_NAME', 99],
  ['RENAME_USER', 99],
]);

const API_VERBS: readonly { prefixes: readonly string[]; activityId: number }[] = [
  { prefixes: ['create', 'add', 'insert', 'upload'], activityId: 1 },
  { prefixes: ['view', 'download', 'get', 'list', 'export'], activityId: 2 },
  { prefixes: ['change', 'update', 'edit', 'rename', 'move', 'set', 'assign'], activityId: 3 },
  { prefixes: ['delete', 'remove', 'trash'], activityId: 4 },
];

export function chooseWorkspaceClass(application: string, eventName: string): WorkspaceClassChoice {
  if (application === 'login' || application === 'saml') {
    return { kind: 'authentication', activityId: LOGIN_ACTIVITIES.get(eventName) ?? 99 };
  }
  const accountChange =
    application === 'admin' ? ACCOUNT_CHANGE_BY_EVENT.get(eventName) : undefined;

  if (accountChange !== undefined) {
    return { kind: 'account-change', activityId: accountChange };
  }

  return { kind: 'api-activity', activityId: apiActivityOf(eventName) };
}

/** `CREATE_GROUP`, `change_user_access`, `download` → their verb's activity; else 99 Other. */
export function apiActivityOf(eventName: string): number {
  const lower = eventName.toLowerCase();

  for (const rule of API_VERBS) {
    if (rule.prefixes.some((prefix) => lower === prefix || lower.startsWith(`${prefix}_`))) {
      return rule.activityId;
    }
  }

  return 99;
}
