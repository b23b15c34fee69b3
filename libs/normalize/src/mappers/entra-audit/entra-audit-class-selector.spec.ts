import { chooseEntraAuditClass } from './entra-audit-class-selector';

describe(chooseEntraAuditClass.name, () => {
  const sut = chooseEntraAuditClass;

  it.each([
    ['Add user', 'Add', 1],
    ['Delete user', 'Delete', 6],
    ['Disable account', 'Update', 5],
    ['Change user password', 'Update', 3],
    ['Reset password (self-service)', 'Update', 4],
    ['Add member to role', 'Assign', 7],
    ['Remove member from group', 'Unassign', 8],
    ['User registered security info', 'Add', 10],
    ['Update user', 'Update', 99],
  ])(
    'should make "%s" an Account Change when a user is targeted',
    (name, operation, activityId) => {
      expect(sut(name, operation, true)).toEqual({ kind: 'account-change', activityId });
    },
  );

  it('should fall back to API Activity when an account activity targets no user', () => {
    expect(sut('Add member to group', 'Assign', false)).toEqual({
      kind: 'api-activity',
      activityId: 3,
    });
  });

  it.each([
    ['Add application', 'Add', 1],
    ['Update policy', 'Update', 3],
    ['Delete device', 'Delete', 4],
    ['Something new', 'UnknownFutureValue', 99],
    ['No operation type', undefined, 99],
  ])(
    'should take the API activity of "%s" from its operation type',
    (name, operation, activityId) => {
      expect(sut(name, operation, false)).toEqual({ kind: 'api-activity', activityId });
    },
  );
});
