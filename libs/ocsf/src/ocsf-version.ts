/** OCSF schema versions a mapping can target. 1.1.0 is what Amazon Security Lake's current sources speak. */
export const OCSF_VERSIONS = ['1.1.0'] as const;

export type OcsfVersion = (typeof OCSF_VERSIONS)[number];

export const DEFAULT_OCSF_VERSION: OcsfVersion = '1.1.0';
