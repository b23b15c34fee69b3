/**
 * Which OCSF 1.1.0 class and activity an Okta `eventType` becomes. Follows the Okta dossier
 * of the OCSF examples (MAPPINGS.md, S6, written for 1.3.0) where 1.1.0 has the class:
 * sessions and authentications → Authentication; account lifecycle, credentials, MFA
 * factors, privileges and group/app membership → Account Change; everything else → API
 * Activity. S6's Entity Management, Group Management and Detection Finding targets are
 * folded into Account Change / API Activity here to keep one table per identity concept.
 * TODO: `security.threat.detected` and `user.risk.*` as Detection Finding 2004 — when the
 * lake decides how SaaS verdicts without an analytic id fill `finding_info`.
 */
export type OktaClass = 'authentication' | 'account-change' | 'api-activity';

export interface OktaClassChoice {
  kind: OktaClass;
  activityId: number;
}

/** Authentication 3002 activities. */
const LOGON = 1;
const LOGOFF = 2;

/** Account Change 3001 activities (1.1.0 enum). */
const ACCOUNT_CHANGE_ACTIVITIES: ReadonlyMap<string, number> = new Map([
  ['user.lifecycle.create', 1],
  ['user.lifecycle.activate', 2],
  ['user.lifecycle.reactivate', 2],
  ['user.lifecycle.unsuspend', 2],
  ['user.account.update_password', 3],
  ['user.account.reset_password', 4],
  ['user.lifecycle.password_reset', 4],
  ['user.lifecycle.deactivate', 5],
  ['user.lifecycle.suspend', 5],
  ['user.lifecycle.delete.initiated', 6],
  ['user.lifecycle.delete.completed', 6],
  ['user.account.privilege.grant', 7],
  ['group.user_membership.add', 7],
  ['application.user_membership.add', 7],
  ['user.account.privilege.revoke', 8],
  ['group.user_membership.remove', 8],
  ['application.user_membership.remove', 8],
  ['user.account.lock', 9],
  ['user.account.lock.limit', 9],
  ['user.mfa.factor.activate', 10],
  ['user.mfa.factor.deactivate', 11],
  ['user.mfa.factor.reset_all', 11],
  ['user.mfa.factor.suspend', 11],
  // Unlock and profile updates have no 1.1.0 activity of their own: Other, named by the event.
  ['user.account.unlock', 99],
  ['user.account.update_profile', 99],
  ['user.account.update_primary_email', 99],
  ['user.lifecycle.password_mode_change', 99],
]);

/** API Activity verbs, read from the last segment of the event type. */
const API_VERBS: readonly { verbs: readonly string[]; activityId: number }[] = [
  { verbs: ['create', 'add', 'activate', 'grant', 'assign'], activityId: 1 },
  { verbs: ['read', 'get', 'list', 'view', 'export', 'download'], activityId: 2 },
  { verbs: ['update', 'change', 'modify', 'rename', 'edit', 'reset'], activityId: 3 },
  { verbs: ['delete', 'remove', 'deactivate', 'revoke', 'unassign'], activityId: 4 },
];

export function chooseOktaClass(eventType: string): OktaClassChoice {
  if (eventType === 'user.session.start') {
    return { kind: 'authentication', activityId: LOGON };
  }
  if (eventType === 'user.session.end') {
    return { kind: 'authentication', activityId: LOGOFF };
  }
  if (eventType.startsWith('user.authentication.')) {
    return { kind: 'authentication', activityId: LOGON };
  }
  const accountChange = ACCOUNT_CHANGE_ACTIVITIES.get(eventType);

  if (accountChange !== undefined) {
    return { kind: 'account-change', activityId: accountChange };
  }

  return { kind: 'api-activity', activityId: apiActivityOf(eventType) };
}

/** Okta names end in the verb (`…policy.lifecycle.update`, `…zone.delete`). Unknown → 99 Other. */
export function apiActivityOf(eventType: string): number {
  const verb = eventType.slice(eventType.lastIndexOf('.') + 1).toLowerCase();

  for (const rule of API_VERBS) {
    if (rule.verbs.includes(verb)) {
      return rule.activityId;
    }
  }

  return 99;
}
