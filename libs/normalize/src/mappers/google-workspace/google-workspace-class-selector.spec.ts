import { apiActivityOf, chooseWorkspaceClass } from './google-workspace-class-selector';

describe(chooseWorkspaceClass.name, () => {
  const sut = chooseWorkspaceClass;

  it.each([
    ['login', 'login_success', 'authentication', 1],
    ['login', 'login_failure', 'authentication', 1],
    ['login', 'logout', 'authentication', 2],
    ['login', 'suspicious_login', 'authentication', 99],
    ['saml', 'login_success', 'authentication', 1],
    ['admin', 'CREATE_USER', 'account-change', 1],
    ['admin', 'CHANGE_PASSWORD', 'account-change', 3],
    ['admin', 'SUSPEND_USER', 'account-change', 5],
    ['admin', 'DELETE_USER', 'account-change', 6],
    ['admin', 'GRANT_ADMIN_PRIVILEGE', 'account-change', 7],
    ['admin', 'REVOKE_ADMIN_PRIVILEGE', 'account-change', 8],
    ['admin', 'CHANGE_APPLICATION_SETTING', 'api-activity', 3],
    ['drive', 'download', 'api-activity', 2],
    ['token', 'authorize', 'api-activity', 99],
  ])('should map %s %s to %s activity %i', (application, name, kind, activityId) => {
    expect(sut(application, name)).toEqual({ kind, activityId });
  });

  it('should not make account changes of user-setting names outside the admin application', () => {
    expect(sut('drive', 'DELETE_USER').kind).toBe('api-activity');
  });
});

describe(apiActivityOf.name, () => {
  it('should match whole leading words only', () => {
    expect(apiActivityOf('CREATE_GROUP')).toBe(1);
    expect(apiActivityOf('created_by_rule')).toBe(99);
  });
});
