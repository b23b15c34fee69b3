import { asArray, asObject, asText } from '../aws-shared/aws-value.util';

/**
 * GuardDuty findings come in two spellings of the same keys: the API and CLI print PascalCase
 * (`Resource.InstanceDetails.InstanceId`), EventBridge and S3 exports camelCase
 * (`resource.instanceDetails.instanceId`). Every read goes through these helpers with the
 * PascalCase name, so one mapping handles both without copying the record.
 */
export type GdObject = Record<string, unknown>;

export function field(source: GdObject | undefined, pascalName: string): unknown {
  if (source === undefined) {
    return undefined;
  }
  const pascal = source[pascalName];

  return pascal !== undefined ? pascal : source[camelCaseOf(pascalName)];
}

export function fieldObject(
  source: GdObject | undefined,
  pascalName: string,
): GdObject | undefined {
  return asObject(field(source, pascalName));
}

export function fieldText(source: GdObject | undefined, pascalName: string): string | undefined {
  return asText(field(source, pascalName));
}

export function fieldObjects(source: GdObject | undefined, pascalName: string): GdObject[] {
  return asArray(field(source, pascalName))
    .map((item) => asObject(item))
    .filter((item): item is GdObject => item !== undefined);
}

/** A number, or a numeric string as some exports print counts and severities. */
export function fieldNumber(source: GdObject | undefined, pascalName: string): number | undefined {
  const value = field(source, pascalName);
  const number = typeof value === 'string' && value.length > 0 ? Number(value) : value;

  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

/** The PascalCase spelling of a key, to compare a key of either spelling with mapped names. */
export function pascalCaseOf(key: string): string {
  return key.length === 0 ? key : key[0].toUpperCase() + key.slice(1);
}

/** Names come from the mapping code, a fixed set: spell each once, not on every read. */
const camelCaseNames = new Map<string, string>();

function camelCaseOf(key: string): string {
  let camel = camelCaseNames.get(key);

  if (camel === undefined) {
    camel = key[0].toLowerCase() + key.slice(1);
    camelCaseNames.set(key, camel);
  }

  return camel;
}
