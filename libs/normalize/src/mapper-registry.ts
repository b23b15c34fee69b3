import { azureActivityMapper } from './mappers/azure-activity/azure-activity.mapper';
import { cloudtrailMapper } from './mappers/cloudtrail/cloudtrail.mapper';
import { eksAuditMapper } from './mappers/eks-audit/eks-audit.mapper';
import { entraAuditMapper } from './mappers/entra-audit/entra-audit.mapper';
import { entraSigninMapper } from './mappers/entra-signin/entra-signin.mapper';
import { githubAuditMapper } from './mappers/github-audit/github-audit.mapper';
import { googleWorkspaceMapper } from './mappers/google-workspace/google-workspace.mapper';
import { guarddutyMapper } from './mappers/guardduty/guardduty.mapper';
import { ocsfMapper } from './mappers/ocsf/ocsf.mapper';
import { oktaMapper } from './mappers/okta/okta.mapper';
import { route53Mapper } from './mappers/route53/route53.mapper';
import { securityhubMapper } from './mappers/securityhub/securityhub.mapper';
import { syslogMapper } from './mappers/syslog/syslog.mapper';
import { vpcflowMapper } from './mappers/vpcflow/vpcflow.mapper';
import { wafMapper } from './mappers/waf/waf.mapper';
import { zeekConnMapper } from './mappers/zeek-conn/zeek-conn.mapper';
import type { SourceMapper } from './source-mapper.interface';
import { isSourceType, SOURCE_TYPES } from './source-type';
import type { SourceType } from './source-type';

/**
 * One mapper per source type. `Record<SourceType, …>` makes a source type without a
 * mapper a compile error rather than a runtime surprise.
 */
export const MAPPERS: Readonly<Record<SourceType, SourceMapper>> = {
  cloudtrail: cloudtrailMapper,
  vpcflow: vpcflowMapper,
  route53: route53Mapper,
  securityhub: securityhubMapper,
  guardduty: guarddutyMapper,
  'eks-audit': eksAuditMapper,
  waf: wafMapper,
  'azure-activity': azureActivityMapper,
  'entra-signin': entraSigninMapper,
  'entra-audit': entraAuditMapper,
  okta: oktaMapper,
  'github-audit': githubAuditMapper,
  'google-workspace': googleWorkspaceMapper,
  syslog: syslogMapper,
  'zeek-conn': zeekConnMapper,
  ocsf: ocsfMapper,
};

/** The mapper for a source type name, or undefined when the name is not a source type. */
export const findMapper = (type: string): SourceMapper | undefined =>
  isSourceType(type) ? MAPPERS[type] : undefined;

export function getMapperOrThrow(type: string): SourceMapper {
  const mapper = findMapper(type);

  if (mapper === undefined) {
    throw new UnknownSourceTypeError(type);
  }

  return mapper;
}

/** A source type name that no mapper handles; the message lists the valid names. */
export class UnknownSourceTypeError extends Error {
  constructor(readonly sourceType: string) {
    super(`unknown source type "${sourceType}"; expected one of: ${SOURCE_TYPES.join(', ')}`);
    this.name = 'UnknownSourceTypeError';
  }
}
