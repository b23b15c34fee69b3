import type { OcsfApiActivityEvent } from '@tarn/ocsf';

import { RejectionCode } from '../../rejection';
import type { NormalizeOptions, SourceMapper } from '../../source-mapper.interface';
import { mapRecords } from '../../util/map-records.util';
import { MappingError } from '../../util/mapping.error';
import { readJsonRecords } from '../../util/read-json-records.util';
import { asObject } from '../aws-shared/aws-value.util';
import { buildEksAuditEvent } from './eks-audit-event.builder';
import type { K8sAuditEvent } from './eks-audit.types';

/**
 * Where audit events arrive besides one per line: a Kubernetes `EventList` (`items`), a
 * CloudWatch Logs subscription payload (`logEvents`) or `aws logs filter-log-events` output
 * (`events`); the last two hold each audit event as a JSON string in `message`.
 */
const WRAPPER_KEYS = ['items', 'logEvents', 'events'] as const;

export const eksAuditMapper: SourceMapper = {
  sourceType: 'eks-audit',
  ocsfVersion: '1.1.0',
  description:
    'Amazon EKS control-plane audit logs (Kubernetes audit.k8s.io/v1 events, as delivered to CloudWatch Logs) → API Activity',
  map: (input, options) =>
    mapRecords(readJsonRecords(input, { unwrapKeys: WRAPPER_KEYS }), (record) =>
      mapAuditRecord(record, options),
    ),
};

function mapAuditRecord(
  record: Record<string, unknown>,
  options: NormalizeOptions,
): OcsfApiActivityEvent {
  return buildEksAuditEvent(unwrapLogEvent(record), options);
}

/**
 * A CloudWatch log event carries the audit event as text in `message`. A record with a `kind`
 * is a Kubernetes object itself (a `Status` also has a `message`), so it is never unwrapped.
 */
function unwrapLogEvent(record: Record<string, unknown>): K8sAuditEvent {
  const message = record.message;

  if (typeof message !== 'string' || record.kind !== undefined || record.verb !== undefined) {
    return record;
  }
  let parsed: unknown;

  try {
    parsed = JSON.parse(message);
  } catch {
    throw new MappingError(
      RejectionCode.MalformedRecord,
      'log event "message" is not JSON; expected a Kubernetes audit event serialised as JSON',
    );
  }
  const event = asObject(parsed);

  if (event === undefined) {
    throw new MappingError(
      RejectionCode.MalformedRecord,
      'log event "message" is not a JSON object; expected a Kubernetes audit event',
    );
  }

  return event;
}
