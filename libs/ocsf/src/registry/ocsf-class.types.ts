/** Ids and captions of one OCSF event class, as the schema defines them. */
export interface OcsfClassCatalogEntry {
  readonly uid: number;
  /** Snake-case class name; also the lake's table name (`authentication`, `api_activity`). */
  readonly name: string;
  /** Human caption, the value of `class_name` (`Authentication`, `API Activity`). */
  readonly caption: string;
  readonly categoryUid: number;
  /** Value of `category_name`. */
  readonly categoryName: string;
  /** `activity_id` → `activity_name`. */
  readonly activities: Readonly<Record<number, string>>;
  /** `status_id` → `status`; finding classes use their own workflow statuses. */
  readonly statuses: Readonly<Record<number, string>>;
  /**
   * Top-level attributes that exist only under a profile (`cloud` → cloud, `device` → host),
   * with the profiles that allow each; the event must declare one of them.
   */
  readonly profileAttributes: Readonly<Record<string, readonly string[]>>;
}
