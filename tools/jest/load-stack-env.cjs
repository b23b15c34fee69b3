// Integration tests talk to the real local stack. Its connection settings live in
// $TARN_STATE_DIR/stack.env (written by `deploy/local/stack.sh up`) and app.env (written by
// deploy/local/app-env.sh); variables already in the environment win.
const { existsSync, readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const stateDir = process.env.TARN_STATE_DIR ?? resolve(__dirname, '..', '..', '.tarn');
const files = ['stack.env', 'app.env'].map((name) => join(stateDir, name));

for (const file of files) {
  if (!existsSync(file)) {
    throw new Error(
      `integration tests need the local stack, but ${file} does not exist; ` +
        'run `npm run stack -- up` (or use `npm test`, which starts a throwaway stack)',
    );
  }
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^export ([A-Z0-9_]+)=(.*)$/.exec(line.trim());

    if (match && process.env[match[1]] === undefined) {
      process.env[match[1]] = match[2].replace(/^'(.*)'$/, '$1');
    }
  }
}
process.env.TARN_ENV ??= 'test';
process.env.TARN_LOG_LEVEL ??= 'warn';
