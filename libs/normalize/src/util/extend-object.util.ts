/**
 * `{ ...base, ...fields }` for objects built on the hot path, with the same keys in the same
 * order. On Node 20 (V8 11) an object literal that spreads and then sets any property gets a
 * hidden class of its own every time, so every later property write and read on that event
 * (the mapper's, `finalizeEvent`'s, the writer's) misses V8's caches and runs several times
 * slower. Copying into an empty object keeps one shared hidden class per shape.
 *
 * Only for objects the mappers build themselves: `Object.assign` runs setters on the target,
 * so a raw record's own `__proto__` key would not be copied as a plain key.
 */
export function extendObject<B extends object, F extends object>(
  base: B,
  fields: F,
): Omit<B, keyof F> & F {
  return Object.assign({}, base, fields);
}
