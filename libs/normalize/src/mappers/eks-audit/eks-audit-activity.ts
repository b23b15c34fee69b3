/**
 * Kubernetes verbs → API Activity activity_id (1 Create, 2 Read, 3 Update, 4 Delete).
 * `watch` only reads; `deletecollection` deletes many objects at once. Anything else
 * (`impersonate`, `escalate`, `bind`, `proxy`, custom verbs) is 99 Other with the verb as
 * its name.
 */
const ACTIVITY_BY_VERB: Readonly<Record<string, number>> = {
  create: 1,
  get: 2,
  list: 2,
  watch: 2,
  update: 3,
  patch: 3,
  delete: 4,
  deletecollection: 4,
};

export const OTHER_ACTIVITY_ID = 99;

export function activityIdOfVerb(verb: string): number {
  return Object.prototype.hasOwnProperty.call(ACTIVITY_BY_VERB, verb)
    ? ACTIVITY_BY_VERB[verb]
    : OTHER_ACTIVITY_ID;
}
