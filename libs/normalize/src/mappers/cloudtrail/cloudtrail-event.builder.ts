import { finalizeEvent } from '@tarn/ocsf';
import type {
  OcsfAccountChangeEvent,
  OcsfActor,
  OcsfApi,
  OcsfApiActivityEvent,
  OcsfAuthenticationEvent,
  OcsfBaseEvent,
  OcsfEvent,
  OcsfHttpRequest,
  OcsfNetworkEndpoint,
  OcsfPolicy,
  OcsfResourceDetails,
  OcsfUser,
} from '@tarn/ocsf';

import { RejectionCode } from '../../rejection';
import type { NormalizeOptions } from '../../source-mapper.interface';
import { extendObject } from '../../util/extend-object.util';
import { MappingError, missingFieldError } from '../../util/mapping.error';
import { requireTimestamp } from '../../util/parse-timestamp.util';
import { awsCloud } from '../aws-shared/aws-cloud.util';
import { asArray, asObject, asText } from '../aws-shared/aws-value.util';
import { buildActor, buildIdentityUser, buildSourceEndpoint } from './cloudtrail-actor.builder';
import { selectActivityId, selectCloudTrailClass } from './cloudtrail-class-selector';
import type { CloudTrailClassUid } from './cloudtrail-class-selector';
import { FAILURE_ERROR_CODES } from './cloudtrail-event-names';

/** Top-level record fields placed in typed attributes; the others go to `unmapped` as they are. */
const MAPPED_KEYS: ReadonlySet<string> = new Set([
  'eventVersion',
  'userIdentity',
  'eventTime',
  'eventSource',
  'eventName',
  'awsRegion',
  'sourceIPAddress',
  'userAgent',
  'requestParameters',
  'responseElements',
  'additionalEventData',
  'requestID',
  'eventID',
  'eventType',
  'eventCategory',
  'apiVersion',
  'recipientAccountId',
  'errorCode',
  'errorMessage',
  'resources',
  'vpcEndpointId',
]);

/** `additionalEventData` keys the Authentication class maps (`is_mfa`, `dst_endpoint`). */
const AUTHENTICATION_DATA_KEYS: ReadonlySet<string> = new Set(['MFAUsed', 'LoginTo']);

type Base = Omit<OcsfBaseEvent, 'class_uid' | 'category_uid'> & {
  api: OcsfApi;
  src_endpoint: OcsfNetworkEndpoint;
  actor?: OcsfActor;
  http_request?: OcsfHttpRequest;
};

interface RecordContext {
  record: Record<string, unknown>;
  eventName: string;
  classUid: CloudTrailClassUid;
  requestParameters: Record<string, unknown> | undefined;
  responseElements: Record<string, unknown> | undefined;
  additionalEventData: Record<string, unknown> | undefined;
}

export function buildCloudTrailEvent(
  record: Record<string, unknown>,
  options: NormalizeOptions,
): OcsfEvent {
  const feature = featureOf(record);
  const eventName = asText(record.eventName);

  if (eventName === undefined) {
    throw missingFieldError('eventName');
  }
  const context: RecordContext = {
    record,
    eventName,
    classUid: selectCloudTrailClass(eventName, feature === 'Data'),
    requestParameters: asObject(record.requestParameters),
    responseElements: asObject(record.responseElements),
    additionalEventData: asObject(record.additionalEventData),
  };
  const base = buildBase(context, feature, options);

  return finalizeEvent(buildClassEvent(context, base));
}

/**
 * Security Lake's feature name is CloudTrail's `eventCategory`. Records from before that
 * field existed say `managementEvent: false` for data events. Insights events describe
 * unusual call rates, not a call, and have no actor or source to map.
 */
function featureOf(record: Record<string, unknown>): string {
  const category = asText(record.eventCategory);

  if (category === 'Insight') {
    throw new MappingError(
      RejectionCode.UnsupportedRecord,
      'CloudTrail Insights events are not API calls; this mapping handles management and data events',
    );
  }

  return category ?? (record.managementEvent === false ? 'Data' : 'Management');
}

function buildBase(context: RecordContext, feature: string, options: NormalizeOptions): Base {
  const { record, eventName, classUid } = context;
  const activityId = selectActivityId(classUid, eventName);
  const base: Base = {
    activity_id: activityId,
    type_uid: 0,
    severity_id: 1,
    time: eventTimeOf(record),
    metadata: buildMetadata(record, feature),
    cloud: awsCloud(asText(record.recipientAccountId), asText(record.awsRegion), options),
    api: buildApi(context),
    src_endpoint: buildSourceEndpoint(record),
  };

  if (activityId === 99) {
    base.activity_name = eventName;
  }
  const actor = buildActor(asObject(record.userIdentity));

  if (actor !== undefined) {
    base.actor = actor;
  }
  const userAgent = asText(record.userAgent);

  if (userAgent !== undefined) {
    base.http_request = { user_agent: userAgent };
  }
  applyStatus(base, context);
  applyUnmapped(base, context);
  if (options.keepRawData === true) {
    base.raw_data = JSON.stringify(record);
  }

  return base;
}

/**
 * Logstash pipelines move `eventTime` into their own `@timestamp` (the OTRF datasets ship
 * records that way); it holds the same instant.
 */
function eventTimeOf(record: Record<string, unknown>): number {
  return record.eventTime === undefined && record[LOGSTASH_TIME_KEY] !== undefined
    ? requireTimestamp(record[LOGSTASH_TIME_KEY], LOGSTASH_TIME_KEY)
    : requireTimestamp(record.eventTime, 'eventTime');
}

const LOGSTASH_TIME_KEY = '@timestamp';

function buildMetadata(record: Record<string, unknown>, feature: string): Base['metadata'] {
  const metadata: Base['metadata'] = {
    version: '1.1.0',
    product: { name: 'CloudTrail', vendor_name: 'AWS', feature: { name: feature } },
  };
  const productVersion = asText(record.eventVersion);
  const uid = asText(record.eventID);
  const eventCode = asText(record.eventType);

  if (productVersion !== undefined) {
    metadata.product.version = productVersion;
  }
  if (uid !== undefined) {
    metadata.uid = uid;
  }
  if (eventCode !== undefined) {
    metadata.event_code = eventCode;
  }

  return metadata;
}

function buildApi(context: RecordContext): OcsfApi {
  const { record, eventName, requestParameters, responseElements } = context;
  const api: OcsfApi = { operation: eventName };
  const serviceName = asText(record.eventSource);
  const version = asText(record.apiVersion);
  const requestUid = asText(record.requestID);
  const errorCode = asText(record.errorCode);
  const errorMessage = asText(record.errorMessage);

  if (serviceName !== undefined) {
    api.service = { name: serviceName };
  }
  if (version !== undefined) {
    api.version = version;
  }
  if (requestUid !== undefined) {
    api.request =
      requestParameters === undefined
        ? { uid: requestUid }
        : { uid: requestUid, data: requestParameters };
  }
  if (responseElements !== undefined || errorCode !== undefined || errorMessage !== undefined) {
    api.response = {};
    if (responseElements !== undefined) {
      api.response.data = responseElements;
    }
    if (errorCode !== undefined) {
      api.response.error = errorCode;
    }
    if (errorMessage !== undefined) {
      api.response.message = errorMessage;
    }
  }

  return api;
}

/**
 * A console sign-in says how it went in `responseElements.ConsoleLogin`. Elsewhere an error
 * code decides: the generic failures are Failure, and a service-specific code (NoSuchEntity,
 * BucketAlreadyExists…) is Other with the code as the status caption, as Security Lake does.
 */
function applyStatus(base: Base, context: RecordContext): void {
  const errorCode = asText(context.record.errorCode);
  const errorMessage = asText(context.record.errorMessage);
  const consoleLogin = asText(context.responseElements?.ConsoleLogin);

  if (context.eventName === 'ConsoleLogin' && consoleLogin === 'Success') {
    base.status_id = 1;
  } else if (context.eventName === 'ConsoleLogin' && consoleLogin === 'Failure') {
    base.status_id = 2;
  } else if (errorCode === undefined) {
    base.status_id = 1;
  } else if (FAILURE_ERROR_CODES.has(errorCode)) {
    base.status_id = 2;
  } else {
    base.status_id = 99;
    base.status = errorCode;
  }
  if (errorCode !== undefined) {
    base.status_code = errorCode;
  }
  if (errorMessage !== undefined) {
    base.status_detail = errorMessage;
  }
}

function applyUnmapped(base: Base, context: RecordContext): void {
  const unmapped: Record<string, unknown> = {};

  for (const key of Object.keys(context.record)) {
    const value = context.record[key];

    const isTimeSource = key === LOGSTASH_TIME_KEY && context.record.eventTime === undefined;

    if (!MAPPED_KEYS.has(key) && !isTimeSource && value !== null && value !== undefined) {
      unmapped[key] = value;
    }
  }
  const extraData = unmappedAdditionalData(context);

  if (extraData !== undefined) {
    unmapped.additionalEventData = extraData;
  }
  const issuer = asObject(
    asObject(asObject(context.record.userIdentity)?.sessionContext)?.sessionIssuer,
  );

  if (issuer !== undefined) {
    const rest: Record<string, unknown> = {};

    for (const key of Object.keys(issuer)) {
      if (key !== 'arn') {
        rest[key] = issuer[key];
      }
    }
    if (Object.keys(rest).length > 0) {
      unmapped['userIdentity.sessionContext.sessionIssuer'] = rest;
    }
  }
  if (Object.keys(unmapped).length > 0) {
    base.unmapped = unmapped;
  }
}

function unmappedAdditionalData(context: RecordContext): Record<string, unknown> | undefined {
  const data = context.additionalEventData;

  if (data === undefined) {
    return undefined;
  }
  if (context.classUid !== 3002) {
    return data;
  }
  const rest: Record<string, unknown> = {};

  for (const key of Object.keys(data)) {
    if (!AUTHENTICATION_DATA_KEYS.has(key)) {
      rest[key] = data[key];
    }
  }

  return Object.keys(rest).length > 0 ? rest : undefined;
}

function buildClassEvent(context: RecordContext, base: Base): OcsfEvent {
  switch (context.classUid) {
    case 3001:
      return buildAccountChange(context, base);
    case 3002:
      return buildAuthentication(context, base);
    case 6003:
      return buildApiActivity(context, base);
  }
}

function buildApiActivity(context: RecordContext, base: Base): OcsfApiActivityEvent {
  if (base.actor === undefined) {
    throw missingFieldError('userIdentity');
  }
  const event: OcsfApiActivityEvent = extendObject(base, {
    class_uid: 6003,
    category_uid: 6,
    actor: base.actor,
  });
  const resources = buildResources(context);

  if (resources.length > 0) {
    event.resources = resources;
  }

  return event;
}

function buildResources(context: RecordContext): OcsfResourceDetails[] {
  const resources: OcsfResourceDetails[] = [];

  for (const item of asArray(context.record.resources)) {
    const raw = asObject(item);
    const uid = asText(raw?.ARN);

    if (raw === undefined || uid === undefined) {
      continue;
    }
    const resource: OcsfResourceDetails = { uid };
    const type = asText(raw.type);
    const accountUid = asText(raw.accountId);

    if (type !== undefined) {
      resource.type = type;
    }
    if (accountUid !== undefined) {
      resource.owner = { account: { uid: accountUid } };
    }
    resources.push(resource);
  }
  // Management S3 calls (CreateBucket, PutBucketPolicy…) name the bucket only in the request.
  const bucketName = asText(context.requestParameters?.bucketName);

  if (resources.length === 0 && bucketName !== undefined) {
    resources.push({ name: bucketName, type: 'AWS::S3::Bucket' });
  }

  return resources;
}

function buildAccountChange(context: RecordContext, base: Base): OcsfAccountChangeEvent {
  const user = targetAccountUser(context) ?? base.actor?.user;

  if (user === undefined) {
    throw missingFieldError('requestParameters.userName');
  }
  const event: OcsfAccountChangeEvent = extendObject(base, {
    class_uid: 3001,
    category_uid: 3,
    user,
  });
  const policy = buildPolicy(context.requestParameters);

  if (policy !== undefined) {
    event.policy = policy;
  }

  return event;
}

/** The IAM user or role the change is about, from the request and (when created) the response. */
function targetAccountUser(context: RecordContext): OcsfUser | undefined {
  const request = context.requestParameters;
  const created =
    asObject(context.responseElements?.user) ?? asObject(context.responseElements?.role);
  const user: OcsfUser = {};
  const name =
    asText(request?.userName) ??
    asText(request?.roleName) ??
    asText(created?.userName) ??
    asText(created?.roleName);
  const uid = asText(created?.arn);
  const uidAlt = asText(created?.userId) ?? asText(created?.roleId);

  if (name !== undefined) {
    user.name = name;
  }
  if (uid !== undefined) {
    user.uid = uid;
  }
  if (uidAlt !== undefined) {
    user.uid_alt = uidAlt;
  }

  return user.name !== undefined || user.uid !== undefined ? user : undefined;
}

function buildPolicy(request: Record<string, unknown> | undefined): OcsfPolicy | undefined {
  const uid = asText(request?.policyArn);
  const name = asText(request?.policyName);

  if (uid === undefined && name === undefined) {
    return undefined;
  }
  const policy: OcsfPolicy = {};

  if (uid !== undefined) {
    policy.uid = uid;
  }
  if (name !== undefined) {
    policy.name = name;
  }

  return policy;
}

function buildAuthentication(context: RecordContext, base: Base): OcsfAuthenticationEvent {
  const user = authenticatedUser(context);

  if (user === undefined) {
    throw missingFieldError('userIdentity');
  }
  const event: OcsfAuthenticationEvent = extendObject(base, {
    class_uid: 3002,
    category_uid: 3,
    user,
  });
  const mfaUsed = asText(context.additionalEventData?.MFAUsed);
  const loginTo = asText(context.additionalEventData?.LoginTo);

  if (mfaUsed === 'Yes' || mfaUsed === 'No') {
    event.is_mfa = mfaUsed === 'Yes';
  }
  if (loginTo !== undefined) {
    event.dst_endpoint = { svc_name: loginTo };
  }
  // The service signed in to or issuing the credentials (signin, sts…); OCSF 1.1.0 wants
  // either it or a destination endpoint on every Authentication event.
  if (base.api.service !== undefined) {
    event.service = { name: base.api.service.name };
  }

  return event;
}

/**
 * For AssumeRole* the identity that authenticates into is the role assumed, not the caller;
 * for sign-ins it is the signing-in identity itself.
 */
function authenticatedUser(context: RecordContext): OcsfUser | undefined {
  const roleArn = asText(context.requestParameters?.roleArn);

  if (context.eventName.startsWith('AssumeRole') && roleArn !== undefined) {
    const user: OcsfUser = { uid: roleArn, name: roleArn.slice(roleArn.lastIndexOf('/') + 1) };
    const assumedRoleId = asText(
      asObject(context.responseElements?.assumedRoleUser)?.assumedRoleId,
    );

    if (assumedRoleId !== undefined) {
      user.uid_alt = assumedRoleId;
    }

    return user;
  }
  const identity = asObject(context.record.userIdentity);
  const user = identity === undefined ? undefined : buildIdentityUser(identity);
  const fallbackName = asText(context.additionalEventData?.UserName);

  if (user === undefined && fallbackName !== undefined) {
    return { name: fallbackName };
  }

  return user;
}
