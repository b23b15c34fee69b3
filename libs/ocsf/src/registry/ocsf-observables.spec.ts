import type { OcsfApiActivityEvent, OcsfDnsActivityEvent } from '../model/ocsf-events.types';
import { buildObservables, mergeObservables } from './ocsf-observables';

const apiEvent = (overrides: Partial<OcsfApiActivityEvent> = {}): OcsfApiActivityEvent => ({
  class_uid: 6003,
  category_uid: 6,
  activity_id: 2,
  type_uid: 0,
  severity_id: 1,
  time: 0,
  metadata: { version: '1.1.0', product: { vendor_name: 'AWS' } },
  actor: { user: { name: 'alice', email_addr: 'alice@example.com' } },
  api: { operation: 'GetObject' },
  src_endpoint: { ip: '192.0.2.1', hostname: 'laptop.example.com' },
  resources: [{ uid: 'arn:aws:s3:::a' }, { uid: 'arn:aws:s3:::b' }, {}],
  ...overrides,
});

describe(buildObservables.name, () => {
  it('should derive observables from the well-known paths with schema type ids', () => {
    const sut = buildObservables(apiEvent());

    expect(sut).toEqual([
      { name: 'src_endpoint.ip', type_id: 2, type: 'IP Address', value: '192.0.2.1' },
      { name: 'src_endpoint.hostname', type_id: 1, type: 'Hostname', value: 'laptop.example.com' },
      { name: 'actor.user.name', type_id: 4, type: 'User Name', value: 'alice' },
      {
        name: 'actor.user.email_addr',
        type_id: 5,
        type: 'Email Address',
        value: 'alice@example.com',
      },
      { name: 'resources[].uid', type_id: 10, type: 'Resource UID', value: 'arn:aws:s3:::a' },
      { name: 'resources[].uid', type_id: 10, type: 'Resource UID', value: 'arn:aws:s3:::b' },
    ]);
  });

  it('should read the DNS query hostname and skip empty values', () => {
    const event: OcsfDnsActivityEvent = {
      class_uid: 4003,
      category_uid: 4,
      activity_id: 1,
      type_uid: 0,
      severity_id: 1,
      time: 0,
      metadata: { version: '1.1.0', product: { vendor_name: 'AWS' } },
      query: { hostname: 'example.com' },
      src_endpoint: { ip: '' },
    };

    expect(buildObservables(event)).toEqual([
      { name: 'query.hostname', type_id: 1, type: 'Hostname', value: 'example.com' },
    ]);
  });
});

describe(mergeObservables.name, () => {
  it('should keep the mapper observables and add only new derived ones', () => {
    const existing = [{ name: 'src_endpoint.ip', type_id: 2, value: '192.0.2.1' }];
    const derived = buildObservables(apiEvent({ resources: undefined, actor: {} }));

    const sut = mergeObservables(existing, derived);

    expect(sut.map((o) => o.name)).toEqual(['src_endpoint.ip', 'src_endpoint.hostname']);
    expect(sut[0]).toBe(existing[0]);
  });
});
