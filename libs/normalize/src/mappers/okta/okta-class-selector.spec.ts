import { apiActivityOf, chooseOktaClass } from './okta-class-selector';

describe(chooseOktaClass.name, () => {
  const sut = chooseOktaClass;

  it.each([
    ['user.session.start', 'authentication', 1],
    ['user.session.end', 'authentication', 2],
    ['user.authentication.sso', 'authentication', 1],
    ['user.lifecycle.create', 'account-change', 1],
    ['user.account.update_password', 'account-change', 3],
    ['user.account.reset_password', 'account-change', 4],
    ['user.lifecycle.suspend', 'account-change', 5],
    ['user.lifecycle.delete.completed', 'account-change', 6],
    ['group.user_membership.add', 'account-change', 7],
    ['application.user_membership.remove', 'account-change', 8],
    ['user.account.lock', 'account-change', 9],
    ['user.mfa.factor.activate', 'account-change', 10],
    ['user.account.update_profile', 'account-change', 99],
    ['policy.lifecycle.update', 'api-activity', 3],
    ['system.org.rate_limit.warning', 'api-activity', 99],
  ])('should map %s to %s activity %i', (eventType, kind, activityId) => {
    expect(sut(eventType)).toEqual({ kind, activityId });
  });
});

describe(apiActivityOf.name, () => {
  it('should read the verb from the last segment only when there is no known verb elsewhere', () => {
    expect(apiActivityOf('zone.create')).toBe(1);
    expect(apiActivityOf('application.lifecycle.delete')).toBe(4);
    expect(apiActivityOf('create.something.odd')).toBe(99);
  });
});
