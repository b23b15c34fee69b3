import { finalizeEvent, severityIdFromText } from '@tarn/ocsf';
import type {
  OcsfBaseEvent,
  OcsfComplianceFindingEvent,
  OcsfDetectionFindingEvent,
  OcsfEvent,
  OcsfFindingFields,
  OcsfFindingInfo,
  OcsfVulnerabilityFindingEvent,
} from '@tarn/ocsf';

import type { NormalizeOptions } from '../../source-mapper.interface';
import { extendObject } from '../../util/extend-object.util';
import { missingFieldError } from '../../util/mapping.error';
import { parseTimestamp, requireTimestamp } from '../../util/parse-timestamp.util';
import { awsCloud } from '../aws-shared/aws-cloud.util';
import { asArray, asObject, asText } from '../aws-shared/aws-value.util';
import { selectFindingClass } from './securityhub-class-selector';
import {
  buildCompliance,
  buildRemediation,
  buildResources,
  buildVulnerabilities,
} from './securityhub-details.builder';

/** ASFF attributes placed in typed OCSF attributes; the rest go to `unmapped` as they are. */
const MAPPED_KEYS: ReadonlySet<string> = new Set([
  'Id',
  'ProductArn',
  'ProductName',
  'CompanyName',
  'GeneratorId',
  'SchemaVersion',
  'AwsAccountId',
  'Region',
  'Types',
  'Title',
  'Description',
  'SourceUrl',
  'CreatedAt',
  'UpdatedAt',
  'FirstObservedAt',
  'LastObservedAt',
  'Severity',
  'Confidence',
  'Workflow',
  'WorkflowState',
  'Note',
  'Resources',
  'Compliance',
  'Vulnerabilities',
  'Remediation',
  'RelatedFindings',
]);

const GUARDDUTY_FEATURE_KEY = 'aws/guardduty/service/featureName';

/** Workflow status → the finding classes' status_id (New, In Progress, Suppressed, Resolved). */
const WORKFLOW_STATUS_IDS: Readonly<Record<string, number>> = {
  NEW: 1,
  NOTIFIED: 2,
  SUPPRESSED: 3,
  RESOLVED: 4,
};

type FindingBase = Omit<OcsfBaseEvent, 'class_uid' | 'category_uid'> & OcsfFindingFields;

export function buildFindingEvent(
  finding: Record<string, unknown>,
  options: NormalizeOptions,
): OcsfEvent {
  const base = buildBase(finding, options);

  switch (selectFindingClass(finding)) {
    case 2003:
      return finalizeEvent(buildComplianceFinding(finding, base));
    case 2002:
      return finalizeEvent(buildVulnerabilityFinding(finding, base));
    case 2004:
      return finalizeEvent(buildDetectionFinding(finding, base));
  }
}

function buildComplianceFinding(
  finding: Record<string, unknown>,
  base: FindingBase,
): OcsfComplianceFindingEvent {
  const event: OcsfComplianceFindingEvent = extendObject(base, {
    class_uid: 2003,
    category_uid: 2,
    compliance: buildCompliance(finding),
  });
  const resource = buildResources(finding).at(0);

  if (resource !== undefined) {
    event.resource = resource;
  }

  return event;
}

function buildVulnerabilityFinding(
  finding: Record<string, unknown>,
  base: FindingBase,
): OcsfVulnerabilityFindingEvent {
  const event: OcsfVulnerabilityFindingEvent = extendObject(base, {
    class_uid: 2002,
    category_uid: 2,
    vulnerabilities: buildVulnerabilities(finding),
  });
  const resource = buildResources(finding).at(0);

  if (resource !== undefined) {
    event.resource = resource;
  }

  return event;
}

function buildDetectionFinding(
  finding: Record<string, unknown>,
  base: FindingBase,
): OcsfDetectionFindingEvent {
  const event: OcsfDetectionFindingEvent = extendObject(base, { class_uid: 2004, category_uid: 2 });
  const resources = buildResources(finding);

  if (resources.length > 0) {
    event.resources = resources;
  }
  // TODO: GuardDuty ProductFields (aws/guardduty/service/action/…) → evidences[] — when a
  // Detection Finding consumer needs the network/API details typed rather than in unmapped.

  return event;
}

/**
 * A finding whose UpdatedAt is later than CreatedAt has been updated since it was first
 * reported (Security Lake's Create/Update rule); `time` is the latest update.
 */
function buildBase(finding: Record<string, unknown>, options: NormalizeOptions): FindingBase {
  const updatedAt = requireTimestamp(finding.UpdatedAt, 'UpdatedAt');
  const createdAt = parseTimestamp(finding.CreatedAt);
  const base: FindingBase = {
    activity_id: createdAt !== undefined && updatedAt > createdAt ? 2 : 1,
    type_uid: 0,
    severity_id: severityIdFromText(asText(asObject(finding.Severity)?.Label)),
    time: updatedAt,
    metadata: buildMetadata(finding),
    cloud: awsCloud(asText(finding.AwsAccountId), asText(finding.Region), options),
    finding_info: buildFindingInfo(finding, createdAt, updatedAt),
  };

  applyOptionalFields(base, finding);
  applyUnmapped(base, finding);
  if (options.keepRawData === true) {
    base.raw_data = JSON.stringify(finding);
  }

  return base;
}

function buildMetadata(finding: Record<string, unknown>): FindingBase['metadata'] {
  const productFields = asObject(finding.ProductFields);
  const productName =
    asText(finding.ProductName) ?? asText(productFields?.['aws/securityhub/ProductName']);
  const vendorName =
    asText(finding.CompanyName) ?? asText(productFields?.['aws/securityhub/CompanyName']) ?? 'AWS';
  const metadata: FindingBase['metadata'] = {
    version: '1.1.0',
    product: { vendor_name: vendorName },
  };
  const productUid = asText(finding.ProductArn);
  const featureName = asText(productFields?.[GUARDDUTY_FEATURE_KEY]);
  const featureUid = asText(finding.GeneratorId);
  const schemaVersion = asText(finding.SchemaVersion);

  if (productName !== undefined) {
    metadata.product.name = productName;
  }
  if (productUid !== undefined) {
    metadata.product.uid = productUid;
  }
  if (featureName !== undefined || featureUid !== undefined) {
    metadata.product.feature = {
      ...(featureName === undefined ? {} : { name: featureName }),
      ...(featureUid === undefined ? {} : { uid: featureUid }),
    };
  }
  if (schemaVersion !== undefined) {
    metadata.log_version = schemaVersion;
  }

  return metadata;
}

function buildFindingInfo(
  finding: Record<string, unknown>,
  createdAt: number | undefined,
  updatedAt: number,
): OcsfFindingInfo {
  const uid = asText(finding.Id);

  if (uid === undefined) {
    throw missingFieldError('Id');
  }
  const info: OcsfFindingInfo = { uid, modified_time: updatedAt };
  const types = asArray(finding.Types).filter((type): type is string => typeof type === 'string');
  const firstSeen = parseTimestamp(finding.FirstObservedAt);
  const lastSeen = parseTimestamp(finding.LastObservedAt);
  const related = asArray(finding.RelatedFindings)
    .map((item) => asObject(item))
    .filter((item) => asText(item?.Id) !== undefined)
    .map((item) => ({ uid: asText(item?.Id) ?? '', product_uid: asText(item?.ProductArn) }));

  setIfText(finding.Title, (value) => (info.title = value));
  setIfText(finding.Description, (value) => (info.desc = value));
  setIfText(finding.SourceUrl, (value) => (info.src_url = value));
  setIfText(finding.ProductArn, (value) => (info.product_uid = value));
  if (types.length > 0) {
    info.types = types;
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
  if (related.length > 0) {
    info.related_events = related.map((event) =>
      event.product_uid === undefined
        ? { uid: event.uid }
        : { uid: event.uid, product_uid: event.product_uid },
    );
  }

  return info;
}

function applyOptionalFields(base: FindingBase, finding: Record<string, unknown>): void {
  const workflowStatus =
    asText(asObject(finding.Workflow)?.Status) ?? asText(finding.WorkflowState);
  const confidence = finding.Confidence;
  const remediation = buildRemediation(finding);

  if (workflowStatus !== undefined) {
    base.status_id = WORKFLOW_STATUS_IDS[workflowStatus] ?? 99;
    if (base.status_id === 99) {
      base.status = workflowStatus;
    }
  }
  if (typeof confidence === 'number' && Number.isInteger(confidence)) {
    base.confidence_score = confidence;
  }
  setIfText(asObject(finding.Note)?.Text, (value) => (base.message = value));
  if (remediation !== undefined) {
    base.remediation = remediation;
  }
}

function applyUnmapped(base: FindingBase, finding: Record<string, unknown>): void {
  const unmapped: Record<string, unknown> = {};

  for (const key of Object.keys(finding)) {
    const value = finding[key];

    if (!MAPPED_KEYS.has(key) && value !== null && value !== undefined) {
      unmapped[key] = value;
    }
  }
  if (Object.keys(unmapped).length > 0) {
    base.unmapped = unmapped;
  }
}

function setIfText(value: unknown, set: (text: string) => void): void {
  const text = asText(value);

  if (text !== undefined) {
    set(text);
  }
}
