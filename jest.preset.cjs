// Shared jest settings. Libraries resolve to their TypeScript sources through the
// "@tarn/source" export condition, so tests never need a prior build.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const swcConfig = JSON.parse(readFileSync(join(__dirname, '.swcrc'), 'utf8'));
delete swcConfig.$schema;

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcConfig, swcrc: false }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testEnvironmentOptions: {
    customExportConditions: ['@tarn/source', 'node', 'require', 'default'],
  },
  setupFiles: [
    join(__dirname, 'tools/jest/setup-reflect.cjs'),
    join(__dirname, 'tools/jest/quiet-nest-logs.cjs'),
  ],
};
