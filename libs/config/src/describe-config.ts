import { ENV_VARIABLES } from './env-variables';
import type { EnvVariable } from './env-variables';

/** The configuration table of the README, generated from the declarations so the two never drift. */
export function renderConfigurationTable(): string {
  const header = '| Variable | Secret | Default | Description |\n| --- | --- | --- | --- |';
  const rows = Object.values<EnvVariable>(ENV_VARIABLES).map(
    (variable) =>
      `| \`${variable.name}\` | ${variable.secret ? 'yes' : 'no'} | ${variable.defaultText === undefined ? '(required)' : `\`${variable.defaultText}\``} | ${variable.description} |`,
  );

  return [header, ...rows].join('\n');
}
