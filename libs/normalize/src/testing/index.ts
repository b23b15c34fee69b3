// Test and benchmark support, published as `@tarn/normalize/testing`. Only dependency-free
// helpers belong here: the OCSF validator needs ajv (a dev dependency) and is imported by
// path from specs instead.
export * from './generators';
export * from './shared-dir';
