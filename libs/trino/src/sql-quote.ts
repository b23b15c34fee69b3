/**
 * Quoting for the few places where Tarn must put a name or value into SQL text sent to Trino
 * (DDL, maintenance procedures). Values from users never go anywhere else.
 */

/** A Trino identifier, e.g. `"network_activity"`; embedded quotes are doubled. */
export function sqlIdentifier(name: string): string {
  if (name.length === 0 || name.includes('\u0000')) {
    throw new Error('an SQL identifier must be non-empty and contain no NUL character');
  }

  return `"${name.replaceAll('"', '""')}"`;
}

/** A dotted name such as `lake.ocsf.network_activity`, each part quoted. */
export function sqlQualifiedName(...parts: string[]): string {
  return parts.map(sqlIdentifier).join('.');
}

/** A string, number, boolean or null literal. Strings have embedded quotes doubled. */
export function sqlLiteral(value: string | number | boolean | null): string {
  if (value === null) {
    return 'NULL';
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new Error(`cannot write ${value} as an SQL literal`);
    }

    return String(value);
  }
  if (typeof value === 'boolean') {
    return value ? 'TRUE' : 'FALSE';
  }
  if (value.includes('\u0000')) {
    throw new Error('an SQL string literal cannot contain a NUL character');
  }

  return `'${value.replaceAll("'", "''")}'`;
}
