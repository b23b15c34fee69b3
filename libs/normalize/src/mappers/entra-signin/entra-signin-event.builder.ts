import type {
  OcsfAuthenticationEvent,
  OcsfDevice,
  OcsfNetworkEndpoint,
  OcsfProduct,
  OcsfService,
  OcsfUser,
} from '@tarn/ocsf';
import { finalizeEvent, OcsfSeverityId } from '@tarn/ocsf';

import { RejectionCode } from '../../rejection';
import type { NormalizeOptions } from '../../source-mapper.interface';
import { MappingError, missingFieldError } from '../../util/mapping.error';
import { requireTimestamp } from '../../util/parse-timestamp.util';
import {
  azureCloud,
  buildLocation,
  hasEndpointIdentifier,
} from '../identity-shared/identity-event.util';
import { asBoolean, asIp, asObject, asText, isEmailLike } from '../identity-shared/json-value.util';
import { addUnmapped, collectLeftovers } from '../identity-shared/leftovers.util';
import { osFromName } from '../identity-shared/os-type.util';
import { authProtocolOf, isMfaOf, signInStatusOf } from './entra-signin-classifier';
import type { EntraDiagnosticEnvelope, EntraSignIn } from './entra-signin.types';

export const ENTRA_PRODUCT: OcsfProduct = { name: 'Entra ID', vendor_name: 'Microsoft' };

const LOGON = 1;
/** OCSF 1.1.0 `account.type_id` 6: Azure AD Account. */
const AZURE_AD_ACCOUNT = { type_id: 6, type: 'Azure AD Account' };

/** Diagnostic categories that hold sign-ins; anything else was routed to the wrong source. */
const SIGN_IN_CATEGORIES: ReadonlySet<string> = new Set([
  'signinlogs',
  'noninteractiveusersigninlogs',
  'serviceprincipalsigninlogs',
  'managedidentitysigninlogs',
]);

/** Sign-in fields placed in typed attributes (the rest goes to `unmapped`). */
const MAPPED_SIGN_IN_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'createdDateTime',
  'userDisplayName',
  'userPrincipalName',
  'userId',
  'servicePrincipalId',
  'servicePrincipalName',
  'appId',
  'appDisplayName',
  'resourceId',
  'resourceDisplayName',
  'ipAddress',
  'correlationId',
  'status',
  'deviceDetail',
  'location',
  'authenticationRequirement',
  'authenticationProtocol',
  'tokenIssuerName',
  'tokenIssuerType',
  'userAgent',
  'homeTenantId',
]);

/**
 * Envelope fields that are mapped or merely repeat the sign-in (`identity` is the display
 * name, `location` the country, `resourceId` the fixed `/tenants/…/Microsoft.aadiam`).
 */
const MAPPED_ENVELOPE_FIELDS: ReadonlySet<string> = new Set([
  'time',
  'category',
  'tenantId',
  'callerIpAddress',
  'correlationId',
  'resultType',
  'resultDescription',
  'resultSignature',
  'properties',
  'Level',
  'level',
  'identity',
  'location',
  'operationName',
  'operationVersion',
  'resourceId',
  'durationMs',
]);

/** Envelope fields kept when the sign-in does not already say the same. */
function envelopeLeftovers(envelope: EntraDiagnosticEnvelope): Record<string, unknown> | undefined {
  const leftovers = collectLeftovers(envelope, MAPPED_ENVELOPE_FIELDS);

  return asIp(envelope.callerIpAddress) === undefined
    ? addUnmapped(leftovers, 'callerIpAddress', envelope.callerIpAddress)
    : leftovers;
}

/** The sign-in resource and, for diagnostic-settings records, its envelope. */
export interface SignInRecord {
  signIn: EntraSignIn;
  envelope?: EntraDiagnosticEnvelope;
}

/** Tells the Graph shape from the diagnostic one, and refuses records of other categories. */
export function splitSignInRecord(record: Record<string, unknown>): SignInRecord {
  const properties = asObject(record.properties);

  if (properties === undefined) {
    return { signIn: record };
  }
  const category = asText(record.category);

  if (category !== undefined && !SIGN_IN_CATEGORIES.has(category.toLowerCase())) {
    throw new MappingError(
      RejectionCode.UnsupportedRecord,
      `diagnostic category "${category}" is not a sign-in log; send AuditLogs to the entra-audit source`,
    );
  }

  return { signIn: properties, envelope: { ...record, properties } };
}

/** One Entra sign-in as OCSF Authentication (3002), activity Logon. */
export function buildSignInEvent(
  record: Record<string, unknown>,
  options: NormalizeOptions,
): OcsfAuthenticationEvent {
  const { signIn, envelope } = splitSignInRecord(record);
  const user = userOf(signIn);
  const tenant = asText(signIn.homeTenantId) ?? asText(envelope?.tenantId);
  const event: OcsfAuthenticationEvent = {
    class_uid: 3002,
    category_uid: 3,
    activity_id: LOGON,
    type_uid: 0,
    severity_id: OcsfSeverityId.Informational,
    time: signInTime(signIn, envelope),
    metadata: { version: '1.1.0', product: ENTRA_PRODUCT },
    user: tenant === undefined ? user : { ...user, account: { ...AZURE_AD_ACCOUNT, uid: tenant } },
    actor: { user: { ...user } },
    cloud: azureCloud(tenant, undefined, options),
  };

  fillMetadata(event, signIn, envelope, tenant);
  fillStatus(event, signIn, envelope);
  fillEndpoints(event, signIn, envelope);
  fillAuthDetails(event, signIn);
  // Location or OS alone is not an endpoint for OCSF (it needs an address or a name).
  if (event.src_endpoint !== undefined && !hasEndpointIdentifier(event.src_endpoint)) {
    delete event.src_endpoint;
  }
  event.unmapped = unmappedOf(signIn, envelope);
  if (event.unmapped === undefined) {
    delete event.unmapped;
  }
  if (options.keepRawData === true) {
    event.raw_data = JSON.stringify(record);
  }

  return finalizeEvent(event);
}

function signInTime(signIn: EntraSignIn, envelope: EntraDiagnosticEnvelope | undefined): number {
  return signIn.createdDateTime === undefined && envelope !== undefined
    ? requireTimestamp(envelope.time, 'time')
    : requireTimestamp(signIn.createdDateTime, 'createdDateTime');
}

/** A user sign-in names the user; a service principal sign-in names the principal instead. */
function userOf(signIn: EntraSignIn): OcsfUser {
  const upn = asText(signIn.userPrincipalName);
  const uid = asText(signIn.userId) ?? asText(signIn.servicePrincipalId);
  const name = upn ?? asText(signIn.servicePrincipalName);
  const fullName = asText(signIn.userDisplayName);

  if (uid === undefined && name === undefined) {
    throw missingFieldError('userPrincipalName');
  }
  const user: OcsfUser = {};

  if (name !== undefined) {
    user.name = name;
  }
  if (uid !== undefined) {
    user.uid = uid;
  }
  if (fullName !== undefined) {
    user.full_name = fullName;
  }
  // A UPN is not an email address, but in most tenants it is the user's mail too.
  if (upn !== undefined && isEmailLike(upn)) {
    user.email_addr = upn;
  }

  return user;
}

function fillMetadata(
  event: OcsfAuthenticationEvent,
  signIn: EntraSignIn,
  envelope: EntraDiagnosticEnvelope | undefined,
  tenant: string | undefined,
): void {
  const uid = asText(signIn.id);
  const correlation = asText(signIn.correlationId) ?? asText(envelope?.correlationId);
  const logName = asText(envelope?.category);
  const logVersion = asText(envelope?.operationVersion);

  if (uid !== undefined) {
    event.metadata.uid = uid;
  }
  if (correlation !== undefined) {
    event.metadata.correlation_uid = correlation;
  }
  if (logName !== undefined) {
    event.metadata.log_name = logName;
  }
  if (logVersion !== undefined) {
    event.metadata.log_version = logVersion;
  }
  if (tenant !== undefined) {
    event.metadata.tenant_uid = tenant;
  }
}

function fillStatus(
  event: OcsfAuthenticationEvent,
  signIn: EntraSignIn,
  envelope: EntraDiagnosticEnvelope | undefined,
): void {
  const status = signInStatusOf(signIn.status, envelope?.resultType);

  if (status === undefined) {
    return;
  }
  event.status_id = status.statusId;
  if (status.code !== undefined) {
    event.status_code = status.code;
  }
  if (status.detail !== undefined) {
    event.status_detail = status.detail;
  }
}

function fillEndpoints(
  event: OcsfAuthenticationEvent,
  signIn: EntraSignIn,
  envelope: EntraDiagnosticEnvelope | undefined,
): void {
  const source: OcsfNetworkEndpoint = {};
  const ip = asIp(signIn.ipAddress) ?? asIp(envelope?.callerIpAddress);
  const location = locationOf(signIn.location);

  if (ip !== undefined) {
    source.ip = ip;
  }
  if (location !== undefined) {
    source.location = location;
  }
  if (Object.keys(source).length > 0) {
    event.src_endpoint = source;
  }
  fillDevice(event, signIn.deviceDetail);
  // OCSF needs `service` or `dst_endpoint`; without an app the service is Entra itself.
  event.service = serviceOf(signIn) ?? { name: ENTRA_PRODUCT.name };
  const resource = asText(signIn.resourceDisplayName);
  const resourceUid = asText(signIn.resourceId);

  if (resource !== undefined || resourceUid !== undefined) {
    event.dst_endpoint = {
      ...(resource === undefined ? {} : { svc_name: resource }),
      ...(resourceUid === undefined ? {} : { uid: resourceUid }),
    };
  }
}

function locationOf(value: unknown): ReturnType<typeof buildLocation> {
  const location = asObject(value);

  if (location === undefined) {
    return undefined;
  }
  const geo = asObject(location.geoCoordinates);

  return buildLocation({
    city: location.city,
    region: location.state,
    country: location.countryOrRegion,
    latitude: geo?.latitude,
    longitude: geo?.longitude,
  });
}

/**
 * `deviceDetail` as OCSF `device` when the device is identified (OCSF requires a name or
 * id on `device`); the kind of device is never reported, hence type Unknown. An
 * unidentified device still tells the client's platform: that goes to `src_endpoint.os`.
 */
function fillDevice(event: OcsfAuthenticationEvent, value: unknown): void {
  const detail = asObject(value);

  if (detail === undefined) {
    return;
  }
  const uid = asText(detail.deviceId);
  const name = asText(detail.displayName);
  const osName = asText(detail.operatingSystem);
  const os = osName === undefined ? undefined : osFromName(osName);

  if (uid === undefined && name === undefined) {
    if (os !== undefined) {
      event.src_endpoint = { ...event.src_endpoint, os };
    }

    return;
  }
  const device: OcsfDevice = { type_id: 0, type: 'Unknown' };
  const compliant = asBoolean(detail.isCompliant);
  const managed = asBoolean(detail.isManaged);

  if (uid !== undefined) {
    device.uid = uid;
  }
  if (name !== undefined) {
    device.name = name;
  }
  if (os !== undefined) {
    device.os = os;
  }
  if (compliant !== undefined) {
    device.is_compliant = compliant;
  }
  if (managed !== undefined) {
    device.is_managed = managed;
  }
  event.device = device;
}

/** Device fields that only have a home when the device itself is identified. */
function isDeviceIdentified(detail: Record<string, unknown>): boolean {
  return asText(detail.deviceId) !== undefined || asText(detail.displayName) !== undefined;
}

/** The application signed in to is the service the user authenticated for. */
function serviceOf(signIn: EntraSignIn): OcsfService | undefined {
  const name = asText(signIn.appDisplayName);
  const uid = asText(signIn.appId);

  if (name === undefined && uid === undefined) {
    return undefined;
  }

  return { ...(name === undefined ? {} : { name }), ...(uid === undefined ? {} : { uid }) };
}

function fillAuthDetails(event: OcsfAuthenticationEvent, signIn: EntraSignIn): void {
  const isMfa = isMfaOf(signIn.authenticationRequirement, signIn.mfaDetail);
  const protocol = authProtocolOf(signIn.authenticationProtocol);
  const issuer = asText(signIn.tokenIssuerName) ?? asText(signIn.tokenIssuerType);
  const userAgent = asText(signIn.userAgent);

  if (isMfa !== undefined) {
    event.is_mfa = isMfa;
  }
  if (protocol !== undefined) {
    event.auth_protocol_id = protocol.id;
    event.auth_protocol = protocol.caption;
  }
  if (issuer !== undefined && event.actor !== undefined) {
    event.actor.idp = { name: issuer };
  }
  if (userAgent !== undefined) {
    event.http_request = { user_agent: userAgent };
  }
}

/**
 * Leftovers: risk, conditional access (policies and their results have no OCSF 1.1.0
 * home in Authentication), the parts of `status` and `deviceDetail` not mapped, and any
 * envelope field that does not merely repeat the sign-in.
 */
function unmappedOf(
  signIn: EntraSignIn,
  envelope: EntraDiagnosticEnvelope | undefined,
): Record<string, unknown> | undefined {
  let unmapped = collectLeftovers(signIn, MAPPED_SIGN_IN_FIELDS);

  if (asIp(signIn.ipAddress) === undefined) {
    unmapped = addUnmapped(unmapped, 'ipAddress', signIn.ipAddress);
  }
  const status = asObject(signIn.status);
  const detail = asObject(signIn.deviceDetail);

  unmapped = addUnmapped(unmapped, 'status', status && collectLeftovers(status, STATUS_MAPPED));
  unmapped = addUnmapped(
    unmapped,
    'deviceDetail',
    detail &&
      collectLeftovers(detail, isDeviceIdentified(detail) ? DEVICE_MAPPED : DEVICE_OS_ONLY_MAPPED),
  );
  unmapped = addUnmapped(
    unmapped,
    'location',
    signIn.location === undefined ? undefined : altitudeOf(signIn.location),
  );
  if (envelope !== undefined) {
    unmapped = addUnmapped(unmapped, 'envelope', envelopeLeftovers(envelope));
  }

  return unmapped;
}

const STATUS_MAPPED: ReadonlySet<string> = new Set(['errorCode', 'failureReason']);
const DEVICE_OS_ONLY_MAPPED: ReadonlySet<string> = new Set(['operatingSystem']);
const DEVICE_MAPPED: ReadonlySet<string> = new Set([
  'deviceId',
  'displayName',
  'operatingSystem',
  'isCompliant',
  'isManaged',
]);

/** Altitude is the one geo field OCSF `location` cannot hold. */
function altitudeOf(location: unknown): Record<string, unknown> | undefined {
  const altitude = asObject(asObject(location)?.geoCoordinates)?.altitude;

  return altitude === undefined || altitude === null ? undefined : { altitude };
}
