import type { OcsfEvent } from '../model/ocsf-events.types';
import { OCSF_SEVERITY_CAPTIONS } from './ocsf-catalog.generated';
import { findOcsfSchemaClass } from './ocsf-classes';
import { buildObservables, mergeObservables } from './ocsf-observables';

/** OCSF's "Other": a caption the mapper set for this id is the source's own word; keep it. */
const OTHER_ID = 99;

export const DATETIME_PROFILE = 'datetime';
export const CLOUD_PROFILE = 'cloud';

const NO_PROFILE_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {};
const profileEntriesCache = new WeakMap<object, [string, readonly string[]][]>();

/**
 * Completes an event a mapper built from ids: `type_uid`, the captions of `class_uid`,
 * `category_uid`, `activity_id`, `severity_id` and `status_id`, `time_dt`, the profiles its
 * attributes need (`datetime` always, `cloud` with `cloud` set, `host` for `device`/`actor`
 * where the class says so), and the observables at well-known paths.
 *
 * Mutates and returns the same object (one allocation less per record on the hot path).
 * Throws a RangeError when `time` is not a finite epoch-millisecond number, which a
 * mapper's per-record error handling turns into a rejection.
 */
export function finalizeEvent<T extends OcsfEvent>(event: T): T {
  const info = findOcsfSchemaClass(event.class_uid);

  event.type_uid = event.class_uid * 100 + event.activity_id;
  if (info !== undefined) {
    event.class_name = info.caption;
    event.category_name = info.categoryName;
    event.activity_name = captionFor(event.activity_id, event.activity_name, info.activities);
    event.type_name = `${info.caption}: ${captionOf(info.activities, event.activity_id) ?? event.activity_name ?? event.activity_id}`;
    if (event.status_id !== undefined) {
      event.status = captionFor(event.status_id, event.status, info.statuses);
    }
  }
  event.severity = captionFor(event.severity_id, event.severity, OCSF_SEVERITY_CAPTIONS);
  dropUndefinedCaptions(event);
  event.time_dt = isoTimeOf(event.time);
  event.metadata.profiles = withProfiles(event, info?.profileAttributes ?? NO_PROFILE_ATTRIBUTES);
  event.observables = mergeObservables(event.observables, buildObservables(event));
  if (event.observables.length === 0) {
    delete event.observables;
  }

  return event;
}

function captionFor(
  id: number,
  current: string | undefined,
  captions: Readonly<Record<number, string>>,
): string | undefined {
  if (id === OTHER_ID && current !== undefined && current.length > 0) {
    return current;
  }

  return captionOf(captions, id) ?? current;
}

function captionOf(captions: Readonly<Record<number, string>>, id: number): string | undefined {
  return Object.prototype.hasOwnProperty.call(captions, id) ? captions[id] : undefined;
}

function isoTimeOf(time: number): string {
  const date = new Date(time);

  if (!Number.isFinite(time) || Number.isNaN(date.getTime())) {
    throw new RangeError(`event time ${String(time)} is not a valid epoch-milliseconds value`);
  }

  return date.toISOString();
}

/** An id without a known caption leaves no `undefined`-valued key behind (schemas reject those). */
function dropUndefinedCaptions(event: OcsfEvent): void {
  if (event.activity_name === undefined) {
    delete event.activity_name;
  }
  if (event.status === undefined) {
    delete event.status;
  }
  if (event.severity === undefined) {
    delete event.severity;
  }
}

/**
 * Declares every profile the event's top-level attributes need: `datetime` always (we fill
 * `time_dt`), `cloud` when `cloud` is set, and e.g. `host` for `device`/`actor` in classes
 * where those belong to the host profile. The schema rejects profile attributes whose
 * profile is not declared, so mappers need not track this per class.
 */
function withProfiles(
  event: OcsfEvent,
  profileAttributes: Readonly<Record<string, readonly string[]>>,
): string[] {
  const result = event.metadata.profiles === undefined ? [] : event.metadata.profiles.slice();

  for (const [attribute, profiles] of profileEntriesOf(profileAttributes)) {
    if (
      (event as unknown as Record<string, unknown>)[attribute] !== undefined &&
      !profiles.some((profile) => result.includes(profile))
    ) {
      result.push(profiles[0]);
    }
  }
  if (event.cloud !== undefined && !result.includes(CLOUD_PROFILE)) {
    result.push(CLOUD_PROFILE);
  }
  if (!result.includes(DATETIME_PROFILE)) {
    result.push(DATETIME_PROFILE);
  }

  return result;
}

/** The catalog's profile attributes of a class never change: list them once, not per event. */
function profileEntriesOf(
  profileAttributes: Readonly<Record<string, readonly string[]>>,
): [string, readonly string[]][] {
  let entries = profileEntriesCache.get(profileAttributes);

  if (entries === undefined) {
    entries = Object.entries(profileAttributes);
    profileEntriesCache.set(profileAttributes, entries);
  }

  return entries;
}
