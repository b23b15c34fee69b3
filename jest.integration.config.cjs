/** Every project's integration tests (`test/*.integration-spec.ts`): need the local stack. */
module.exports = {
  projects: ['<rootDir>/apps/*/jest.integration.cjs', '<rootDir>/libs/*/jest.integration.cjs'],
  // A global option: per-project values are ignored when running through `projects`.
  // Trino's first statements after a cold start take tens of seconds on two cores.
  testTimeout: 120000,
};
