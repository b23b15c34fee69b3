export enum ConfigExceptionCode {
  InvalidEnvironment = 'CONFIG_INVALID_ENVIRONMENT',
}

/** Boot-time configuration failure. Its message names variables, never their values. */
export class ConfigException extends Error {
  constructor(
    readonly code: ConfigExceptionCode,
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ConfigException';
  }
}
