import { finalizeEvent, type OcsfApiActivityEvent } from '@tarn/ocsf';

import { OcsfValidator } from './ocsf-validator';
import { findSharedDirOrSkip } from './shared-dir';

const sharedDir = findSharedDirOrSkip();
const describeWithShared = sharedDir === undefined ? describe.skip : describe;

function apiEvent(overrides: Partial<OcsfApiActivityEvent> = {}): OcsfApiActivityEvent {
  return finalizeEvent({
    class_uid: 6003,
    category_uid: 6,
    activity_id: 2,
    type_uid: 0,
    severity_id: 1,
    status_id: 1,
    time: Date.UTC(2024, 0, 1),
    metadata: { version: '1.1.0', product: { name: 'CloudTrail', vendor_name: 'AWS' } },
    cloud: { provider: 'AWS', region: 'eu-west-1' },
    actor: { user: { name: 'alice' } },
    api: { operation: 'GetObject' },
    src_endpoint: { ip: '192.0.2.1' },
    ...overrides,
  });
}

describeWithShared(OcsfValidator.name, () => {
  const sut = new OcsfValidator(sharedDir ?? '');

  it('should accept a finalized event', () => {
    expect(sut.validate(apiEvent())).toEqual([]);
  });

  it('should report what the JSON Schema rejects', () => {
    const event = { ...apiEvent(), invented: 1, severity_id: 7 };

    expect(sut.validate(event)).toEqual(
      expect.arrayContaining([
        '/: must NOT have additional properties (invented)',
        expect.stringMatching(/^\/severity_id: must be equal to one of the allowed values/),
      ]),
    );
  });

  it('should report type_uid, caption, category and time_dt mismatches', () => {
    const event = {
      ...apiEvent(),
      type_uid: 600301,
      activity_name: 'Get',
      category_uid: 6,
      time_dt: '2024-01-01T00:00:01.000Z',
    };

    expect(sut.validate(event)).toEqual(
      expect.arrayContaining([
        '/type_uid: 600301 is not class_uid*100+activity_id = 600302',
        '/activity_name: "Get" should be "Read"',
        expect.stringMatching(/^\/time_dt: /),
      ]),
    );
  });

  it('should require a caption of its own when activity_id is 99', () => {
    const event = apiEvent({ activity_id: 99 });

    delete event.activity_name;

    expect(sut.validate(event)).toContain(
      "/activity_name: must name the source's own value when activity_id is 99 Other",
    );
  });

  it('should report nested profile attributes whose profile is not declared', () => {
    const event = apiEvent();
    const withNested = {
      ...event,
      actor: { session: { uid: 's', created_time_dt: '2024-01-01T00:00:00Z' } },
      metadata: { ...event.metadata, profiles: ['cloud'] },
      time_dt: undefined,
    };

    expect(sut.validate(withNested)).toContain(
      '/actor/session/created_time_dt: belongs to profile datetime, not declared in metadata.profiles',
    );
  });

  it('should report a wrong OCSF version and an unknown class', () => {
    const event = apiEvent();

    event.metadata.version = '1.0.0';

    expect(sut.validate(event)).toContain('/metadata/version: "1.0.0" is not 1.1.0');
    expect(sut.validate({ class_uid: 1234 })).toEqual([
      '/class_uid: 1234 is not an OCSF 1.1.0 class',
    ]);
  });
});
