import type { OcsfCloud } from '@tarn/ocsf';

import type { NormalizeOptions } from '../source-mapper.interface';

/**
 * `cloud` for a source whose records name no cloud (SaaS feeds, syslog, Zeek, custom OCSF):
 * it exists only when the source configuration names a provider, which OCSF requires.
 */
export function configuredCloud(options: NormalizeOptions): OcsfCloud | undefined {
  const configured = options.cloud;

  if (configured?.provider === undefined) {
    return undefined;
  }
  const cloud: OcsfCloud = { provider: configured.provider };

  if (configured.accountUid !== undefined) {
    cloud.account = { uid: configured.accountUid };
  }
  if (configured.region !== undefined) {
    cloud.region = configured.region;
  }

  return cloud;
}
