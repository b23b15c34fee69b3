/** Integration tests: need the local stack (deploy/local/stack.sh up). */
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'sources:integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.integration-spec.ts'],
  testTimeout: 120000,
  setupFiles: [
    ...require('../../jest.preset.cjs').setupFiles,
    require.resolve('../../tools/jest/load-stack-env.cjs'),
  ],
};
