/** Tarn's release version, shown in startup lines and `tarn --version`. Bumped with each release. */
export const TARN_VERSION = '0.1.0';
