import { apiActivityOf, chooseGithubClass } from './github-audit-class-selector';

describe(chooseGithubClass.name, () => {
  const sut = chooseGithubClass;

  it('should treat sign-ins and token grants as Authentication', () => {
    expect(sut('user.login')).toEqual({ kind: 'authentication', activityId: 1 });
    expect(sut('user.failed_login')).toEqual({
      kind: 'authentication',
      activityId: 1,
      failed: true,
    });
    expect(sut('user.logout')).toEqual({ kind: 'authentication', activityId: 2 });
    expect(sut('oauth_access.create')).toEqual({ kind: 'authentication', activityId: 3 });
  });

  it('should treat membership changes as Attach/Detach Policy', () => {
    expect(sut('org.add_member')).toEqual({ kind: 'account-change', activityId: 7 });
    expect(sut('team.remove_member')).toEqual({ kind: 'account-change', activityId: 8 });
  });

  it('should prefer operation_type over the verb when the export has it', () => {
    expect(sut('repo.archived', 'modify')).toEqual({ kind: 'api-activity', activityId: 3 });
  });
});

describe(apiActivityOf.name, () => {
  it.each([
    ['repo.create', 1],
    ['team.add_repository', 1],
    ['git.clone', 2],
    ['repo.rename', 3],
    ['protected_branch.update_admin_enforced', 3],
    ['repo.destroy', 4],
    ['team.remove_repository', 4],
    ['pull_request.merge', 99],
    ['created.something', 99],
  ])('should map %s to activity %i', (action, activityId) => {
    expect(apiActivityOf(action)).toBe(activityId);
  });
});
