import { field, fieldNumber } from './guardduty-field.util';

describe(field.name, () => {
  it('should read the PascalCase key the API prints', () => {
    expect(field({ InstanceId: 'i-1' }, 'InstanceId')).toBe('i-1');
  });

  it('should read the camelCase key EventBridge delivers', () => {
    expect(field({ instanceId: 'i-2' }, 'InstanceId')).toBe('i-2');
  });

  it('should return undefined when neither spelling is present', () => {
    expect(field({ other: 1 }, 'InstanceId')).toBeUndefined();
    expect(field(undefined, 'InstanceId')).toBeUndefined();
  });
});

describe(fieldNumber.name, () => {
  it('should read a number given as a numeric string', () => {
    expect(fieldNumber({ count: '12' }, 'Count')).toBe(12);
  });

  it('should return undefined when the value is not numeric', () => {
    expect(fieldNumber({ Count: 'many' }, 'Count')).toBeUndefined();
  });
});
