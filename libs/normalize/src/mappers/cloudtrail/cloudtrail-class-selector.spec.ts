import { selectActivityId, selectCloudTrailClass } from './cloudtrail-class-selector';

describe('cloudtrail class selector', () => {
  describe(selectCloudTrailClass.name, () => {
    it.each([
      ['ConsoleLogin', 3002],
      ['AssumeRoleWithSAML', 3002],
      ['CheckMfa', 3002],
      ['CreateUser', 3001],
      ['AttachRolePolicy', 3001],
      ['UpdateAccountPasswordPolicy', 3001],
      ['DescribeInstances', 6003],
      ['CreateBucket', 6003],
    ])('should send management event %s to class %d', (eventName, expected) => {
      expect(selectCloudTrailClass(eventName, false)).toBe(expected);
    });

    it('should keep a data event in API Activity whatever its name', () => {
      expect(selectCloudTrailClass('CreateUser', true)).toBe(6003);
    });
  });

  describe(selectActivityId.name, () => {
    it.each([
      ['RunInstances', 1],
      ['GenerateDataKey', 1],
      ['DescribeInstances', 2],
      ['LookupEvents', 2],
      ['DescribeTags', 2],
      ['ModifyInstanceAttribute', 3],
      ['StopInstances', 3],
      ['TerminateInstances', 4],
      ['DeleteBucket', 4],
      ['ConsoleLogin', 99],
      ['AssumeRole', 99],
    ] as const)('should give API Activity %s activity %d', (eventName, expected) => {
      expect(selectActivityId(6003, eventName)).toBe(expected);
    });

    it.each([
      ['CreateAccessKey', 1],
      ['EnableMFADevice', 1],
      ['ResyncMFADevice', 1],
      ['ChangePassword', 3],
      ['PutUserPolicy', 7],
      ['AddUserToGroup', 7],
      ['RemoveUserFromGroup', 8],
      ['DetachRolePolicy', 8],
      ['DeleteUser', 6],
      ['DeleteAccountAlias', 99],
      ['DeleteServiceLinkedRole', 99],
      ['TagUser', 99],
    ] as const)('should give Account Change %s activity %d', (eventName, expected) => {
      expect(selectActivityId(3001, eventName)).toBe(expected);
    });

    it.each([
      ['ConsoleLogin', 1],
      ['AssumeRoleWithWebIdentity', 1],
      ['UserAuthentication', 1],
      ['CheckMfa', 99],
      ['CredentialChallenge', 99],
    ] as const)('should give Authentication %s activity %d', (eventName, expected) => {
      expect(selectActivityId(3002, eventName)).toBe(expected);
    });
  });
});
