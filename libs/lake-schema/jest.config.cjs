/** Unit tests: fast, no services. */
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'lake-schema',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
