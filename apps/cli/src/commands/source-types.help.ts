import { MAPPERS, SOURCE_TYPES } from '@tarn/normalize';

/** The source types with their mappers' descriptions, one per line, for help texts. */
export function describeSourceTypes(indent = '  '): string {
  const width = Math.max(...SOURCE_TYPES.map((type) => type.length));

  return SOURCE_TYPES.map(
    (type) => `${indent}${type.padEnd(width)}  ${MAPPERS[type].description}`,
  ).join('\n');
}
