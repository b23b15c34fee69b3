/**
 * Which OCSF 1.1.0 class a directory audit becomes. A change to one user's account,
 * credentials, MFA methods or role/group membership is Account Change (3001), as IAM user
 * changes are for CloudTrail in MAPPINGS.md §1; it needs a User among the targets (OCSF
 * requires `user`). Everything else — applications, policies, devices, domains — is API
 * Activity (6003) with the activity from `operationType`. Group Management 3006 and User
 * Access Management 3005 were considered and not used: membership is already an
 * Account Change "Attach/Detach Policy" in Security Lake's CloudTrail mapping.
 */
export type EntraAuditClass = 'account-change' | 'api-activity';

export interface EntraAuditChoice {
  kind: EntraAuditClass;
  activityId: number;
}

/** Account Change 3001 activities by `activityDisplayName` (lower case), exact names. */
const ACCOUNT_CHANGE_BY_NAME: ReadonlyMap<string, number> = new Map([
  ['add user', 1],
  ['enable account', 2],
  ['restore user', 2],
  ['disable account', 5],
  ['delete user', 6],
  ['hard delete user', 6],
  ['add member to role', 7],
  ['add eligible member to role', 7],
  ['add member to group', 7],
  ['add app role assignment grant to user', 7],
  ['remove member from role', 8],
  ['remove eligible member from role', 8],
  ['remove member from group', 8],
  ['remove app role assignment from user', 8],
  ['user registered security info', 10],
  ['user registered all required security info', 10],
  ['admin registered security info', 10],
  ['user deleted security info', 11],
  ['admin deleted security info', 11],
  ['update user', 99],
]);

const PASSWORD_CHANGE = 3;
const PASSWORD_RESET = 4;

/** API Activity 6003 activities by `operationType`; assignments change a resource's state. */
const API_ACTIVITY_BY_OPERATION: ReadonlyMap<string, number> = new Map([
  ['add', 1],
  ['create', 1],
  ['update', 3],
  ['assign', 3],
  ['unassign', 3],
  ['delete', 4],
  ['remove', 4],
]);

export function chooseEntraAuditClass(
  activityName: string,
  operationType: string | undefined,
  hasUserTarget: boolean,
): EntraAuditChoice {
  const accountChange = accountChangeActivityOf(activityName.trim().toLowerCase());

  if (accountChange !== undefined && hasUserTarget) {
    return { kind: 'account-change', activityId: accountChange };
  }

  return {
    kind: 'api-activity',
    activityId: API_ACTIVITY_BY_OPERATION.get(operationType?.toLowerCase() ?? '') ?? 99,
  };
}

/** Password activities come in many wordings ("Reset password (by admin)", "Change user password" …). */
function accountChangeActivityOf(name: string): number | undefined {
  const byName = ACCOUNT_CHANGE_BY_NAME.get(name);

  if (byName !== undefined) {
    return byName;
  }
  if (name.includes('password')) {
    return name.includes('reset') ? PASSWORD_RESET : PASSWORD_CHANGE;
  }

  return undefined;
}
