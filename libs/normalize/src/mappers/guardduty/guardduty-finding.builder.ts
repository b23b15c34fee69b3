import { finalizeEvent } from '@tarn/ocsf';
import type { OcsfDetectionFindingEvent, OcsfFindingInfo } from '@tarn/ocsf';

import type { NormalizeOptions } from '../../source-mapper.interface';
import { missingFieldError } from '../../util/mapping.error';
import { parseTimestamp, requireTimestamp } from '../../util/parse-timestamp.util';
import { awsCloud } from '../aws-shared/aws-cloud.util';
import { toCount } from '../aws-shared/aws-value.util';
import { buildEvidences } from './guardduty-evidence.builder';
import { field, fieldNumber, fieldObject, fieldText, pascalCaseOf } from './guardduty-field.util';
import type { GdObject } from './guardduty-field.util';
import { buildResources } from './guardduty-resources.builder';
import { severityIdOfScore } from './guardduty-severity';

/** Finding keys placed in typed attributes (PascalCase; camelCase spellings match too). */
const MAPPED_KEYS: ReadonlySet<string> = new Set([
  'Id',
  'Arn',
  'AccountId',
  'Region',
  'Partition',
  'SchemaVersion',
  'Type',
  'Title',
  'Description',
  'Severity',
  'CreatedAt',
  'UpdatedAt',
  'Resource',
  'Service',
]);

/** `Service` keys placed in typed attributes; the rest of `Service` goes to `unmapped`. */
const MAPPED_SERVICE_KEYS: ReadonlySet<string> = new Set([
  'Action',
  'Archived',
  'Count',
  'EventFirstSeen',
  'EventLastSeen',
  'FeatureName',
]);

/** `Resource` keys whose details become `resources[]`; `ResourceType` only names which one. */
const MAPPED_RESOURCE_KEYS: ReadonlySet<string> = new Set([
  'ResourceType',
  'AccessKeyDetails',
  'InstanceDetails',
  'S3BucketDetails',
  'EksClusterDetails',
  'KubernetesDetails',
  'EcsClusterDetails',
  'LambdaDetails',
  'RdsDbInstanceDetails',
]);

/** Detection Finding status_id: an archived finding is one the account chose to suppress. */
const STATUS_NEW = 1;
const STATUS_SUPPRESSED = 3;

type Unmapped = Record<string, unknown>;

export function buildGuardDutyEvent(
  finding: GdObject,
  options: NormalizeOptions,
): OcsfDetectionFindingEvent {
  const updatedAt = requireTimestamp(field(finding, 'UpdatedAt'), 'UpdatedAt');
  const createdAt = parseTimestamp(field(finding, 'CreatedAt'));
  const service = fieldObject(finding, 'Service');
  const region = fieldText(finding, 'Region');
  const event: OcsfDetectionFindingEvent = {
    class_uid: 2004,
    category_uid: 2,
    // Same rule as for ASFF findings: a finding updated after it was created is an Update.
    activity_id: createdAt !== undefined && updatedAt > createdAt ? 2 : 1,
    type_uid: 0,
    severity_id: severityIdOfScore(fieldNumber(finding, 'Severity')),
    time: updatedAt,
    metadata: buildMetadata(finding, service),
    cloud: awsCloud(fieldText(finding, 'AccountId'), region, options),
    finding_info: buildFindingInfo(finding, service, createdAt, updatedAt),
  };
  const resources = buildResources(fieldObject(finding, 'Resource'), {
    region,
    partition: fieldText(finding, 'Partition'),
  });
  const evidences = buildEvidences(fieldObject(service, 'Action'));

  if (resources.length > 0) {
    event.resources = resources;
  }
  if (evidences.length > 0) {
    event.evidences = evidences;
  }
  applyServiceFields(event, service);
  applyUnmapped(event, finding, service);
  if (options.keepRawData === true) {
    event.raw_data = JSON.stringify(finding);
  }

  return finalizeEvent(event);
}

function buildMetadata(
  finding: GdObject,
  service: GdObject | undefined,
): OcsfDetectionFindingEvent['metadata'] {
  const metadata: OcsfDetectionFindingEvent['metadata'] = {
    version: '1.1.0',
    product: { name: 'GuardDuty', vendor_name: 'AWS' },
  };
  const uid = fieldText(finding, 'Id');
  const schemaVersion = fieldText(finding, 'SchemaVersion');
  const featureName = fieldText(service, 'FeatureName');

  if (uid !== undefined) {
    metadata.uid = uid;
  }
  if (schemaVersion !== undefined) {
    metadata.log_version = schemaVersion;
  }
  if (featureName !== undefined) {
    metadata.product.feature = { name: featureName };
  }

  return metadata;
}

/**
 * The finding ARN is its uid, as in the ASFF form (whose `Id` is that ARN), so both forms of
 * one finding correlate. OCSF requires a title; GuardDuty always sets one, but the finding
 * type is a fair stand-in for a trimmed export.
 */
function buildFindingInfo(
  finding: GdObject,
  service: GdObject | undefined,
  createdAt: number | undefined,
  updatedAt: number,
): OcsfFindingInfo {
  const uid = fieldText(finding, 'Arn') ?? fieldText(finding, 'Id');
  const type = fieldText(finding, 'Type');
  const title = fieldText(finding, 'Title') ?? type;

  if (uid === undefined) {
    throw missingFieldError('Id');
  }
  if (title === undefined) {
    throw missingFieldError('Title');
  }
  const info: OcsfFindingInfo = { uid, title, modified_time: updatedAt };
  const desc = fieldText(finding, 'Description');
  const firstSeen = parseTimestamp(field(service, 'EventFirstSeen'));
  const lastSeen = parseTimestamp(field(service, 'EventLastSeen'));

  if (desc !== undefined) {
    info.desc = desc;
  }
  if (type !== undefined) {
    info.types = [type];
  }
  if (createdAt !== undefined) {
    info.created_time = createdAt;
  }
  if (firstSeen !== undefined) {
    info.first_seen_time = firstSeen;
  }
  if (lastSeen !== undefined) {
    info.last_seen_time = lastSeen;
  }

  return info;
}

function applyServiceFields(event: OcsfDetectionFindingEvent, service: GdObject | undefined): void {
  const count = toCount(field(service, 'Count'));
  const archived = field(service, 'Archived');

  if (count !== undefined) {
    event.count = count;
  }
  if (archived === true || archived === 'true') {
    event.status_id = STATUS_SUPPRESSED;
  } else if (archived === false || archived === 'false') {
    event.status_id = STATUS_NEW;
  }
}

function applyUnmapped(
  event: OcsfDetectionFindingEvent,
  finding: GdObject,
  service: GdObject | undefined,
): void {
  const unmapped: Unmapped = leftovers(finding, MAPPED_KEYS) ?? {};
  const serviceRest = leftovers(service, MAPPED_SERVICE_KEYS);
  const resourceRest = leftovers(fieldObject(finding, 'Resource'), MAPPED_RESOURCE_KEYS);

  if (serviceRest !== undefined) {
    unmapped.Service = serviceRest;
  }
  if (resourceRest !== undefined) {
    unmapped.Resource = resourceRest;
  }
  if (Object.keys(unmapped).length > 0) {
    event.unmapped = unmapped;
  }
}

/** Keys (of either spelling) not in `mapped`, under their original spelling. */
function leftovers(
  source: GdObject | undefined,
  mapped: ReadonlySet<string>,
): Unmapped | undefined {
  if (source === undefined) {
    return undefined;
  }
  const rest: Unmapped = {};
  let found = false;

  for (const key of Object.keys(source)) {
    const value = source[key];

    if (!mapped.has(pascalCaseOf(key)) && value !== null && value !== undefined) {
      rest[key] = value;
      found = true;
    }
  }

  return found ? rest : undefined;
}
