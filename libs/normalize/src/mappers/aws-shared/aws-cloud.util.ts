import type { OcsfCloud } from '@tarn/ocsf';

import type { NormalizeOptions } from '../../source-mapper.interface';

/**
 * The `cloud` object for an AWS record: what the record says first, then the source's
 * configured account and region. The provider is always AWS, so every AWS event declares the
 * `cloud` profile.
 */
export function awsCloud(
  accountUid: string | undefined,
  region: string | undefined,
  options: NormalizeOptions,
): OcsfCloud {
  const cloud: OcsfCloud = { provider: 'AWS' };
  const account = accountUid ?? options.cloud?.accountUid;
  const resolvedRegion = region ?? options.cloud?.region;

  if (account !== undefined) {
    cloud.account = { uid: account };
  }
  if (resolvedRegion !== undefined) {
    cloud.region = resolvedRegion;
  }

  return cloud;
}
