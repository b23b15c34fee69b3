/** Every project's integration tests (`test/*.integration-spec.ts`): need the local stack. */
module.exports = {
  projects: ['<rootDir>/apps/*/jest.integration.cjs', '<rootDir>/libs/*/jest.integration.cjs'],
};
