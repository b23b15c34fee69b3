import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { renderConfigurationTable } from './describe-config';

describe(renderConfigurationTable.name, () => {
  it('should match the table in the README so the docs list every variable', () => {
    const readme = readFileSync(resolve(__dirname, '../../../README.md'), 'utf8');
    const documented = /<!-- config-table:start -->\n([\s\S]*?)\n<!-- config-table:end -->/.exec(
      readme,
    )?.[1];

    expect(documented).toBe(renderConfigurationTable());
  });
});
