/** Unit tests: fast, no services. */
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'intake',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
