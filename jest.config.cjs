/** Every project's unit tests (`*.spec.ts`): no services needed. */
module.exports = {
  projects: ['<rootDir>/apps/*/jest.config.cjs', '<rootDir>/libs/*/jest.config.cjs'],
};
