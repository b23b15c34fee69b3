import type { OcsfEvent } from '../model/ocsf-events.types';
import type { OcsfObservable } from '../model/ocsf-objects.types';
import { OCSF_OBSERVABLE_TYPE_CAPTIONS } from './ocsf-catalog.generated';
import { OcsfObservableTypeId } from './ocsf-enums';

/** Loose view of an event for reading well-known paths that only some classes have. */
interface ObservableSource {
  src_endpoint?: { ip?: unknown; hostname?: unknown; mac?: unknown; intermediate_ips?: unknown };
  dst_endpoint?: { ip?: unknown; hostname?: unknown; mac?: unknown; intermediate_ips?: unknown };
  device?: { ip?: unknown; hostname?: unknown };
  user?: { name?: unknown; email_addr?: unknown };
  actor?: { user?: { name?: unknown; email_addr?: unknown } };
  query?: { hostname?: unknown };
  url?: { url_string?: unknown };
  http_request?: { url?: { url_string?: unknown } };
  resource?: { uid?: unknown };
  resources?: unknown;
}

interface ObservablePath {
  /** OCSF observable name: the attribute path, `[]` marking arrays. */
  name: string;
  typeId: OcsfObservableTypeId;
  read: (event: ObservableSource) => unknown;
}

/**
 * Where the lake looks for observables. Direct property reads instead of parsing dotted
 * paths at run time: this runs for every event.
 */
const OBSERVABLE_PATHS: readonly ObservablePath[] = [
  {
    name: 'src_endpoint.ip',
    typeId: OcsfObservableTypeId.IpAddress,
    read: (e) => e.src_endpoint?.ip,
  },
  {
    name: 'dst_endpoint.ip',
    typeId: OcsfObservableTypeId.IpAddress,
    read: (e) => e.dst_endpoint?.ip,
  },
  { name: 'device.ip', typeId: OcsfObservableTypeId.IpAddress, read: (e) => e.device?.ip },
  {
    name: 'src_endpoint.intermediate_ips[]',
    typeId: OcsfObservableTypeId.IpAddress,
    read: (e) => e.src_endpoint?.intermediate_ips,
  },
  {
    name: 'dst_endpoint.intermediate_ips[]',
    typeId: OcsfObservableTypeId.IpAddress,
    read: (e) => e.dst_endpoint?.intermediate_ips,
  },
  {
    name: 'src_endpoint.hostname',
    typeId: OcsfObservableTypeId.Hostname,
    read: (e) => e.src_endpoint?.hostname,
  },
  {
    name: 'dst_endpoint.hostname',
    typeId: OcsfObservableTypeId.Hostname,
    read: (e) => e.dst_endpoint?.hostname,
  },
  {
    name: 'device.hostname',
    typeId: OcsfObservableTypeId.Hostname,
    read: (e) => e.device?.hostname,
  },
  { name: 'query.hostname', typeId: OcsfObservableTypeId.Hostname, read: (e) => e.query?.hostname },
  {
    name: 'src_endpoint.mac',
    typeId: OcsfObservableTypeId.MacAddress,
    read: (e) => e.src_endpoint?.mac,
  },
  {
    name: 'dst_endpoint.mac',
    typeId: OcsfObservableTypeId.MacAddress,
    read: (e) => e.dst_endpoint?.mac,
  },
  { name: 'user.name', typeId: OcsfObservableTypeId.UserName, read: (e) => e.user?.name },
  {
    name: 'actor.user.name',
    typeId: OcsfObservableTypeId.UserName,
    read: (e) => e.actor?.user?.name,
  },
  {
    name: 'user.email_addr',
    typeId: OcsfObservableTypeId.EmailAddress,
    read: (e) => e.user?.email_addr,
  },
  {
    name: 'actor.user.email_addr',
    typeId: OcsfObservableTypeId.EmailAddress,
    read: (e) => e.actor?.user?.email_addr,
  },
  {
    name: 'url.url_string',
    typeId: OcsfObservableTypeId.UrlString,
    read: (e) => e.url?.url_string,
  },
  {
    name: 'http_request.url.url_string',
    typeId: OcsfObservableTypeId.UrlString,
    read: (e) => e.http_request?.url?.url_string,
  },
  { name: 'resource.uid', typeId: OcsfObservableTypeId.ResourceUid, read: (e) => e.resource?.uid },
  {
    name: 'resources[].uid',
    typeId: OcsfObservableTypeId.ResourceUid,
    read: (e) => uidsOf(e.resources),
  },
];

function uidsOf(resources: unknown): unknown[] | undefined {
  return Array.isArray(resources)
    ? resources.map((resource: { uid?: unknown } | null) => resource?.uid)
    : undefined;
}

/**
 * Observables for the values at the well-known paths of an event (IPs, hostnames, user
 * names, emails, URLs, resource uids), each value once per path, in path order.
 */
export function buildObservables(event: OcsfEvent): OcsfObservable[] {
  const source = event as ObservableSource;
  const observables: OcsfObservable[] = [];

  for (const path of OBSERVABLE_PATHS) {
    const found = path.read(source);

    if (Array.isArray(found)) {
      for (const value of new Set(found)) {
        pushObservable(observables, path, value);
      }
    } else {
      pushObservable(observables, path, found);
    }
  }

  return observables;
}

function pushObservable(observables: OcsfObservable[], path: ObservablePath, value: unknown): void {
  if (typeof value !== 'string' || value.length === 0) {
    return;
  }
  observables.push({
    name: path.name,
    type_id: path.typeId,
    type: OCSF_OBSERVABLE_TYPE_CAPTIONS[path.typeId],
    value,
  });
}

/** Adds derived observables that the event does not list yet (same name and value). */
export function mergeObservables(
  existing: OcsfObservable[] | undefined,
  derived: OcsfObservable[],
): OcsfObservable[] {
  if (existing === undefined || existing.length === 0) {
    return derived;
  }
  const seen = new Set(existing.map((observable) => `${observable.name}\u0000${observable.value}`));

  return existing.concat(
    derived.filter((observable) => !seen.has(`${observable.name}\u0000${observable.value}`)),
  );
}
