import type {
  OcsfApiActivityEvent,
  OcsfAuthenticationEvent,
  OcsfDetectionFindingEvent,
} from '../model/ocsf-events.types';
import { finalizeEvent } from './finalize-event';

const TIME = Date.UTC(2024, 0, 2, 3, 4, 5, 678);

function authEvent(overrides: Partial<OcsfAuthenticationEvent> = {}): OcsfAuthenticationEvent {
  return {
    class_uid: 3002,
    category_uid: 3,
    activity_id: 1,
    type_uid: 0,
    severity_id: 1,
    status_id: 2,
    time: TIME,
    metadata: { version: '1.1.0', product: { name: 'Okta', vendor_name: 'Okta' } },
    user: { name: 'bob' },
    ...overrides,
  };
}

describe(finalizeEvent.name, () => {
  it('should fill type_uid and the captions from the ids', () => {
    const sut = finalizeEvent(authEvent());

    expect(sut).toMatchObject({
      type_uid: 300201,
      class_name: 'Authentication',
      category_name: 'Identity & Access Management',
      activity_name: 'Logon',
      type_name: 'Authentication: Logon',
      severity: 'Informational',
      status: 'Failure',
    });
  });

  it('should render time_dt in ISO UTC and declare the datetime profile', () => {
    const sut = finalizeEvent(authEvent());

    expect(sut.time_dt).toBe('2024-01-02T03:04:05.678Z');
    expect(sut.metadata.profiles).toEqual(['datetime']);
  });

  it('should declare the cloud profile when cloud is set, once', () => {
    const sut = finalizeEvent(
      authEvent({
        cloud: { provider: 'AWS' },
        metadata: { version: '1.1.0', product: { vendor_name: 'AWS' }, profiles: ['cloud'] },
      }),
    );

    expect(sut.metadata.profiles).toEqual(['cloud', 'datetime']);
  });

  it('should keep the source activity name when activity_id is 99 Other', () => {
    const event: OcsfApiActivityEvent = {
      class_uid: 6003,
      category_uid: 6,
      activity_id: 99,
      activity_name: 'ConsoleLogin',
      type_uid: 0,
      severity_id: 1,
      time: TIME,
      metadata: { version: '1.1.0', product: { vendor_name: 'AWS' } },
      actor: {},
      api: { operation: 'ConsoleLogin' },
      src_endpoint: {},
    };

    const sut = finalizeEvent(event);

    expect(sut.activity_name).toBe('ConsoleLogin');
    expect(sut.type_name).toBe('API Activity: Other');
    expect(sut.type_uid).toBe(600399);
  });

  it('should overwrite a wrong caption when the id is not 99', () => {
    const sut = finalizeEvent(authEvent({ activity_name: 'Sign in', severity: 'whatever' }));

    expect(sut.activity_name).toBe('Logon');
    expect(sut.severity).toBe('Informational');
  });

  it('should use the workflow status captions of finding classes', () => {
    const event: OcsfDetectionFindingEvent = {
      class_uid: 2004,
      category_uid: 2,
      activity_id: 2,
      type_uid: 0,
      severity_id: 4,
      status_id: 1,
      time: TIME,
      metadata: { version: '1.1.0', product: { vendor_name: 'AWS' } },
      finding_info: { uid: 'f-1' },
    };

    const sut = finalizeEvent(event);

    expect(sut).toMatchObject({ status: 'New', severity: 'High', activity_name: 'Update' });
  });

  it('should leave status unset when the source has no status', () => {
    const sut = finalizeEvent(authEvent({ status_id: undefined }));

    expect('status' in sut).toBe(false);
  });

  it('should add observables and omit the attribute when there are none', () => {
    expect(finalizeEvent(authEvent()).observables).toEqual([
      { name: 'user.name', type_id: 4, type: 'User Name', value: 'bob' },
    ]);
    expect('observables' in finalizeEvent(authEvent({ user: {} }))).toBe(false);
  });

  it('should return the same object it was given', () => {
    const event = authEvent();

    expect(finalizeEvent(event)).toBe(event);
  });

  it('should throw a RangeError when time is not epoch milliseconds', () => {
    expect(() => finalizeEvent(authEvent({ time: Number.NaN }))).toThrow(RangeError);
    expect(() => finalizeEvent(authEvent({ time: 9e15 }))).toThrow(/not a valid epoch/);
  });
});

describe(`${finalizeEvent.name} profiles`, () => {
  it('should declare host when the class puts device under the host profile', () => {
    const sut = finalizeEvent(authEvent({ device: { type_id: 0, hostname: 'h1' } }));

    expect(sut.metadata.profiles).toEqual(['host', 'datetime']);
  });

  it('should not add a profile for an attribute that is core in the class', () => {
    const event: OcsfApiActivityEvent = {
      class_uid: 6003,
      category_uid: 6,
      activity_id: 1,
      type_uid: 0,
      severity_id: 1,
      time: TIME,
      metadata: { version: '1.1.0', product: { vendor_name: 'AWS' }, profiles: ['cloud'] },
      cloud: { provider: 'AWS' },
      actor: {},
      api: { operation: 'CreateBucket' },
      src_endpoint: {},
    };

    expect(finalizeEvent(event).metadata.profiles).toEqual(['cloud', 'datetime']);
  });
});
