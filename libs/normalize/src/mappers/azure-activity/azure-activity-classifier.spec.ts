import { OcsfSeverityId, OcsfStatusId } from '@tarn/ocsf';

import {
  activityOfOperation,
  ApiActivityId,
  isCreatedResult,
  severityOfLevel,
  statusOfResultType,
} from './azure-activity-classifier';
import { parseAzureResourceId } from './azure-resource-id.parser';

describe(activityOfOperation.name, () => {
  it.each([
    ['Microsoft.Compute/virtualMachines/write', false, ApiActivityId.Update],
    ['Microsoft.Compute/virtualMachines/write', true, ApiActivityId.Create],
    ['MICROSOFT.STORAGE/STORAGEACCOUNTS/READ', false, ApiActivityId.Read],
    ['Microsoft.Network/publicIPAddresses/delete', false, ApiActivityId.Delete],
    ['Microsoft.Compute/virtualMachines/restart/action', false, ApiActivityId.Other],
  ])('should map %s (created: %s) to %i', (operation, created, expected) => {
    expect(activityOfOperation(operation, created)).toBe(expected);
  });
});

describe(isCreatedResult.name, () => {
  it('should recognise HTTP 201 in either field', () => {
    expect(isCreatedResult('Succeeded.Created', undefined)).toBe(true);
    expect(isCreatedResult(undefined, 'Created')).toBe(true);
    expect(isCreatedResult('Succeeded.OK', 'OK')).toBe(false);
  });
});

describe(statusOfResultType.name, () => {
  it('should keep intermediate result types as Other with their name', () => {
    expect(statusOfResultType('Success')).toEqual({ statusId: OcsfStatusId.Success });
    expect(statusOfResultType('Failure')).toEqual({ statusId: OcsfStatusId.Failure });
    expect(statusOfResultType('Start')).toEqual({ statusId: OcsfStatusId.Other, caption: 'Start' });
  });
});

describe(severityOfLevel.name, () => {
  it('should map Azure levels and default to Informational', () => {
    expect(severityOfLevel('Critical')).toBe(OcsfSeverityId.Critical);
    expect(severityOfLevel('Warning')).toBe(OcsfSeverityId.Medium);
    expect(severityOfLevel(undefined)).toBe(OcsfSeverityId.Informational);
  });
});

describe(parseAzureResourceId.name, () => {
  it('should split a nested resource id whatever its case', () => {
    expect(
      parseAzureResourceId(
        '/SUBSCRIPTIONS/sub-1/RESOURCEGROUPS/RG-A/PROVIDERS/MICROSOFT.EVENTHUB/NAMESPACES/NS1/AUTHORIZATIONRULES/ROOT',
      ),
    ).toEqual({
      subscriptionId: 'sub-1',
      resourceGroup: 'RG-A',
      type: 'MICROSOFT.EVENTHUB/NAMESPACES/AUTHORIZATIONRULES',
      name: 'ROOT',
    });
  });

  it('should name the group or subscription when the id stops there', () => {
    expect(parseAzureResourceId('/subscriptions/sub-1/resourceGroups/rg-b')).toEqual({
      subscriptionId: 'sub-1',
      resourceGroup: 'rg-b',
      name: 'rg-b',
    });
    expect(parseAzureResourceId('not an ARM id')).toEqual({});
  });
});
