import type { SourceType } from '../../source-type';
import {
  cloudtrailGenerator,
  eksAuditGenerator,
  guarddutyGenerator,
  route53Generator,
  securityhubGenerator,
  vpcflowGenerator,
  wafGenerator,
} from './aws.generators';
import { ocsfGenerator, syslogGenerator, zeekConnGenerator } from './host.generators';
import {
  azureActivityGenerator,
  entraAuditGenerator,
  entraSigninGenerator,
  githubAuditGenerator,
  googleWorkspaceGenerator,
  oktaGenerator,
} from './saas.generators';
import type { SourceGenerator } from './source-generator.interface';

export type { SourceGenerator } from './source-generator.interface';
export { SeededRandom } from './seeded-random';

/** A synthetic input generator per source type; exhaustive like the mapper registry. */
export const GENERATORS: Readonly<Record<SourceType, SourceGenerator>> = {
  cloudtrail: cloudtrailGenerator,
  vpcflow: vpcflowGenerator,
  route53: route53Generator,
  securityhub: securityhubGenerator,
  guardduty: guarddutyGenerator,
  'eks-audit': eksAuditGenerator,
  waf: wafGenerator,
  'azure-activity': azureActivityGenerator,
  'entra-signin': entraSigninGenerator,
  'entra-audit': entraAuditGenerator,
  okta: oktaGenerator,
  'github-audit': githubAuditGenerator,
  'google-workspace': googleWorkspaceGenerator,
  syslog: syslogGenerator,
  'zeek-conn': zeekConnGenerator,
  ocsf: ocsfGenerator,
};
