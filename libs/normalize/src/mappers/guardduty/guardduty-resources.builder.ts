import type { OcsfResourceDetails, OcsfUser } from '@tarn/ocsf';

import { asArray, asObject } from '../aws-shared/aws-value.util';
import { field, fieldObject, fieldObjects, fieldText } from './guardduty-field.util';
import type { GdObject } from './guardduty-field.util';

/** Where the finding happened, stamped on every resource it names. */
export interface ResourceContext {
  region?: string;
  partition?: string;
}

/**
 * One entry per affected resource GuardDuty describes. Types use Security Hub's names
 * (AwsEc2Instance, AwsIamAccessKey…) so GuardDuty findings read the same whether they arrive
 * natively or as ASFF. Each resource keeps GuardDuty's own details in `data`.
 */
export function buildResources(
  resource: GdObject | undefined,
  context: ResourceContext,
): OcsfResourceDetails[] {
  if (resource === undefined) {
    return [];
  }
  const resources: OcsfResourceDetails[] = [];

  addResource(resources, accessKeyOf(fieldObject(resource, 'AccessKeyDetails')));
  addResource(resources, instanceOf(fieldObject(resource, 'InstanceDetails')));
  for (const bucket of fieldObjects(resource, 'S3BucketDetails')) {
    addResource(resources, namedResource(bucket, 'AwsS3Bucket', 'Arn', 'Name'));
  }
  addResource(
    resources,
    namedResource(fieldObject(resource, 'EksClusterDetails'), 'AwsEksCluster', 'Arn', 'Name'),
  );
  addResource(resources, workloadOf(fieldObject(resource, 'KubernetesDetails')));
  addResource(
    resources,
    namedResource(fieldObject(resource, 'EcsClusterDetails'), 'AwsEcsCluster', 'Arn', 'Name'),
  );
  addResource(
    resources,
    namedResource(
      fieldObject(resource, 'LambdaDetails'),
      'AwsLambdaFunction',
      'FunctionArn',
      'FunctionName',
    ),
  );
  addResource(
    resources,
    namedResource(
      fieldObject(resource, 'RdsDbInstanceDetails'),
      'AwsRdsDbInstance',
      'DbInstanceArn',
      'DbInstanceIdentifier',
    ),
  );

  return resources.map((item) => withContext(item, context));
}

function addResource(
  resources: OcsfResourceDetails[],
  item: OcsfResourceDetails | undefined,
): void {
  if (item !== undefined) {
    resources.push(item);
  }
}

function accessKeyOf(details: GdObject | undefined): OcsfResourceDetails | undefined {
  const uid = fieldText(details, 'AccessKeyId');
  const userName = fieldText(details, 'UserName');

  if (details === undefined || (uid === undefined && userName === undefined)) {
    return undefined;
  }
  const resource: OcsfResourceDetails = { type: 'AwsIamAccessKey', data: details };
  const owner: OcsfUser = {};
  const principalId = fieldText(details, 'PrincipalId');
  const userType = fieldText(details, 'UserType');

  if (uid !== undefined) {
    resource.uid = uid;
  }
  if (userName !== undefined) {
    resource.name = userName;
    owner.name = userName;
  }
  if (principalId !== undefined) {
    owner.uid = principalId;
  }
  if (userType !== undefined) {
    owner.type = userType;
  }
  if (Object.keys(owner).length > 0) {
    resource.owner = owner;
  }

  return resource;
}

function instanceOf(details: GdObject | undefined): OcsfResourceDetails | undefined {
  const uid = fieldText(details, 'InstanceId');

  if (details === undefined || uid === undefined) {
    return undefined;
  }
  const resource: OcsfResourceDetails = { uid, type: 'AwsEc2Instance', data: details };
  const labels = tagLabelsOf(field(details, 'Tags'));

  if (labels.length > 0) {
    resource.labels = labels;
  }

  return resource;
}

/** The workload a Kubernetes finding is about (pod, deployment…), in its namespace. */
function workloadOf(kubernetes: GdObject | undefined): OcsfResourceDetails | undefined {
  const workload = fieldObject(kubernetes, 'KubernetesWorkloadDetails');
  const name = fieldText(workload, 'Name');
  const uid = fieldText(workload, 'Uid');

  if (workload === undefined || (name === undefined && uid === undefined)) {
    return undefined;
  }
  const kind = fieldText(workload, 'Type');
  const namespace = fieldText(workload, 'Namespace');
  const resource: OcsfResourceDetails = {
    type: kind === undefined ? 'KubernetesWorkload' : `Kubernetes${kind}`,
    data: kubernetes,
  };

  if (uid !== undefined) {
    resource.uid = uid;
  }
  if (name !== undefined) {
    resource.name = name;
  }
  if (namespace !== undefined) {
    resource.namespace = namespace;
  }

  return resource;
}

function namedResource(
  details: GdObject | undefined,
  type: string,
  uidKey: string,
  nameKey: string,
): OcsfResourceDetails | undefined {
  const uid = fieldText(details, uidKey);
  const name = fieldText(details, nameKey);

  if (details === undefined || (uid === undefined && name === undefined)) {
    return undefined;
  }
  const resource: OcsfResourceDetails = { type, data: details };
  const labels = tagLabelsOf(field(details, 'Tags'));

  if (uid !== undefined) {
    resource.uid = uid;
  }
  if (name !== undefined) {
    resource.name = name;
  }
  if (labels.length > 0) {
    resource.labels = labels;
  }

  return resource;
}

/** GuardDuty tags are `[{Key, Value}]`; labels read `key:value` as the securityhub mapper's do. */
function tagLabelsOf(tags: unknown): string[] {
  const labels: string[] = [];

  for (const tag of asArray(tags)) {
    const entry = asObject(tag);
    const key = fieldText(entry, 'Key');

    if (key !== undefined) {
      labels.push(`${key}:${fieldText(entry, 'Value') ?? ''}`);
    }
  }

  return labels;
}

function withContext(resource: OcsfResourceDetails, context: ResourceContext): OcsfResourceDetails {
  if (context.region !== undefined) {
    resource.region = context.region;
  }
  if (context.partition !== undefined) {
    resource.cloud_partition = context.partition;
  }

  return resource;
}
