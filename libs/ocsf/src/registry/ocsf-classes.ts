import type { OcsfClassUid } from '../model/ocsf-events.types';
import { OCSF_CLASS_CATALOG } from './ocsf-catalog.generated';
import type { OcsfClassCatalogEntry } from './ocsf-class.types';

/** A class Tarn emits: its schema ids and captions plus the lake table it lands in. */
export interface OcsfClassInfo extends OcsfClassCatalogEntry {
  readonly uid: OcsfClassUid;
  /** Iceberg table in namespace `ocsf`; the snake-case class name. */
  readonly tableName: string;
}

function classInfo<T extends OcsfClassUid>(uid: T): OcsfClassInfo & { readonly uid: T } {
  const entry = OCSF_CLASS_CATALOG[uid];

  return { ...entry, uid, tableName: entry.name };
}

/**
 * The classes of the `OcsfEvent` union, keyed by class_uid. The mapped type makes the
 * compiler reject this object when a class is added to (or removed from) the union and not
 * here: add one line `<uid>: classInfo(<uid>),` next to the new interface.
 */
export const OCSF_CLASSES: { readonly [K in OcsfClassUid]: OcsfClassInfo & { readonly uid: K } } = {
  0: classInfo(0),
  2002: classInfo(2002),
  2003: classInfo(2003),
  2004: classInfo(2004),
  3001: classInfo(3001),
  3002: classInfo(3002),
  3003: classInfo(3003),
  4001: classInfo(4001),
  4002: classInfo(4002),
  4003: classInfo(4003),
  6003: classInfo(6003),
};

/** Class uids Tarn emits, ascending. */
export const OCSF_CLASS_UIDS: readonly OcsfClassUid[] = Object.values(OCSF_CLASSES)
  .map((info) => info.uid)
  .sort((a, b) => a - b);

export const isOcsfClassUid = (uid: number): uid is OcsfClassUid =>
  Object.prototype.hasOwnProperty.call(OCSF_CLASSES, uid);

/** The class Tarn emits with this uid, or undefined. */
export const findOcsfClass = (uid: number): OcsfClassInfo | undefined =>
  isOcsfClassUid(uid) ? OCSF_CLASSES[uid] : undefined;

/** Any class of the OCSF 1.1.0 schema, including ones Tarn does not emit (custom OCSF input). */
export const findOcsfSchemaClass = (uid: number): OcsfClassCatalogEntry | undefined =>
  Object.prototype.hasOwnProperty.call(OCSF_CLASS_CATALOG, uid)
    ? OCSF_CLASS_CATALOG[uid]
    : undefined;

export function getOcsfClassOrThrow(uid: number): OcsfClassInfo {
  const info = findOcsfClass(uid);

  if (info === undefined) {
    throw new RangeError(
      `OCSF class_uid ${uid} is not one Tarn emits; known: ${OCSF_CLASS_UIDS.join(', ')}`,
    );
  }

  return info;
}

/** The class whose lake table has this name, or undefined. */
export const findOcsfClassByTable = (tableName: string): OcsfClassInfo | undefined =>
  Object.values<OcsfClassInfo>(OCSF_CLASSES).find((info) => info.tableName === tableName);
