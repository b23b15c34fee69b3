import { ConsoleLogger } from '@nestjs/common';
import type { LogLevel } from '@nestjs/common';

import { CorrelationContext } from './correlation-context';
import { LogField } from './log-field';

export interface TarnLoggerOptions {
  app: string;
  level: 'debug' | 'log' | 'warn' | 'error';
  format: 'json' | 'text';
}

const LEVELS_FROM: Record<TarnLoggerOptions['level'], LogLevel[]> = {
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
  log: ['fatal', 'error', 'warn', 'log'],
  warn: ['fatal', 'error', 'warn'],
  error: ['fatal', 'error'],
};

/**
 * Nest's console logger with two additions on every JSON line: the app name and the current
 * correlation id (request or job). Components log through `new Logger(ClassName.name)`.
 */
export class TarnLogger extends ConsoleLogger {
  private readonly app: string;

  constructor(options: TarnLoggerOptions) {
    super({
      json: options.format === 'json',
      colors: options.format === 'text' && process.stdout.isTTY,
      prefix: options.app,
      logLevels: LEVELS_FROM[options.level],
    });
    this.app = options.app;
  }

  protected override getJsonLogObject(
    message: unknown,
    options: { context: string; logLevel: LogLevel; errorStack?: unknown },
  ) {
    const correlationId = CorrelationContext.currentId();

    return {
      ...super.getJsonLogObject(message, options),
      [LogField.App]: this.app,
      ...(correlationId === undefined ? {} : { [LogField.CorrelationId]: correlationId }),
    };
  }
}
