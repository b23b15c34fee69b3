import { accountOfArn, parseArn } from './aws-arn.util';

describe(parseArn.name, () => {
  it('should split a regional ARN whose resource holds separators', () => {
    expect(
      parseArn('arn:aws:wafv2:us-east-1:123456789012:regional/webacl/acl:name/585e38b5'),
    ).toEqual({
      partition: 'aws',
      service: 'wafv2',
      region: 'us-east-1',
      account: '123456789012',
      resource: 'regional/webacl/acl:name/585e38b5',
    });
  });

  it('should keep the empty region and account of a global ARN', () => {
    expect(parseArn('arn:aws:s3:::my-bucket')).toMatchObject({
      region: '',
      account: '',
      resource: 'my-bucket',
    });
  });

  it('should return undefined when the text is not an ARN', () => {
    expect(parseArn('i-0123456789abcdef0')).toBeUndefined();
    expect(parseArn('arn:aws:iam')).toBeUndefined();
    expect(parseArn(undefined)).toBeUndefined();
  });
});

describe(accountOfArn.name, () => {
  it('should return the account of an STS session ARN', () => {
    expect(accountOfArn('arn:aws:sts::123456789012:assumed-role/Node/i-1')).toBe('123456789012');
  });

  it('should return undefined when the account part is not twelve digits', () => {
    expect(accountOfArn('arn:aws:s3:::bucket')).toBeUndefined();
    expect(accountOfArn('arn:aws:iam::12:role/x')).toBeUndefined();
  });
});
