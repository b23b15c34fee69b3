import { asObject, asObjectArray, asText } from '../identity-shared/json-value.util';

/** The typed value fields a Reports API parameter may carry (exactly one is set). */
const VALUE_FIELDS = [
  'value',
  'boolValue',
  'intValue',
  'multiValue',
  'multiIntValue',
  'messageValue',
  'multiMessageValue',
] as const;

/**
 * `parameters[]` as one object, name → value. `intValue` is an int64 sent as a string and
 * is kept as the source sent it. Later duplicates of a name win (none seen in practice).
 */
export function flattenParameters(parameters: unknown): Map<string, unknown> {
  const flat = new Map<string, unknown>();

  for (const parameter of asObjectArray(parameters)) {
    const name = asText(parameter.name);

    if (name === undefined) {
      continue;
    }
    for (const field of VALUE_FIELDS) {
      if (parameter[field] !== undefined) {
        flat.set(
          name,
          field === 'messageValue'
            ? (asObject(parameter[field])?.parameter ?? parameter[field])
            : parameter[field],
        );
        break;
      }
    }
  }

  return flat;
}
