/** The parts of an Azure Resource Manager resource id. */
export interface AzureResourceId {
  subscriptionId?: string;
  resourceGroup?: string;
  /** `Microsoft.EventHub/namespaces/authorizationRules`: namespace plus every type segment. */
  type?: string;
  /** The last name in the id (the resource itself, or the group or subscription). */
  name?: string;
}

/**
 * Splits `/subscriptions/{sub}/resourceGroups/{rg}/providers/{ns}/{type}/{name}[/{type}/{name}…]`.
 * Keys are matched without regard to case because exports upper-case whole ids; values
 * keep the case they were written in. Anything that is not an ARM path yields `{}`.
 */
export function parseAzureResourceId(resourceId: string): AzureResourceId {
  const segments = resourceId.split('/').filter((segment) => segment.length > 0);
  const result: AzureResourceId = {};
  let index = 0;

  while (index < segments.length - 1) {
    const key = segments[index].toLowerCase();
    const value = segments[index + 1];

    if (key === 'subscriptions') {
      result.subscriptionId = value;
      result.name = value;
    } else if (key === 'resourcegroups') {
      result.resourceGroup = value;
      result.name = value;
    } else if (key === 'providers') {
      return { ...result, ...providerPart(segments.slice(index + 1)) };
    }
    index += 2;
  }

  return result;
}

/** `{ns}/{type}/{name}/{type}/{name}…` → type `ns/type/type…` and the last name. */
function providerPart(segments: string[]): AzureResourceId {
  const [namespace, ...rest] = segments;
  const types = [namespace];
  let name: string | undefined;

  for (let index = 0; index < rest.length; index += 2) {
    types.push(rest[index]);
    name = rest[index + 1] ?? name;
  }

  return name === undefined ? { type: types.join('/') } : { type: types.join('/'), name };
}
