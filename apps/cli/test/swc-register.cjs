// Lets `node` run the CLI's TypeScript sources directly (tests spawn it without a build):
// compiles each required .ts file with the repo's swc settings. Use together with
// `--conditions=@tarn/source` so that @tarn/* packages resolve to their sources.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { transformSync } = require('@swc/core');

const swcConfig = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '.swcrc'), 'utf8'));
delete swcConfig.$schema;

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    ...swcConfig,
    swcrc: false,
    filename,
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};
