/**
 * The fields of a source record that the mapping did not place anywhere, for `unmapped`.
 * Null and empty-string values carry no information and are left out. Returns undefined
 * when nothing is left, so events without leftovers have no `unmapped` key at all.
 */
export function collectLeftovers(
  record: Record<string, unknown>,
  mappedKeys: ReadonlySet<string>,
): Record<string, unknown> | undefined {
  let leftovers: Record<string, unknown> | undefined;

  for (const key of Object.keys(record)) {
    const value = record[key];

    if (mappedKeys.has(key) || value === null || value === undefined || value === '') {
      continue;
    }
    leftovers ??= {};
    leftovers[key] = value;
  }

  return leftovers;
}

/** Adds `value` under `key` to an unmapped bag, creating it on first use. */
export function addUnmapped(
  unmapped: Record<string, unknown> | undefined,
  key: string,
  value: unknown,
): Record<string, unknown> | undefined {
  if (value === undefined || value === null || value === '') {
    return unmapped;
  }
  const bag = unmapped ?? {};

  bag[key] = value;

  return bag;
}
