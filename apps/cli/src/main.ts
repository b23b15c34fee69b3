import { Logger } from '@nestjs/common';

import { runCli } from './cli';
import { processIo } from './io/cli-io';

// The libs log lifecycle lines for services; a command's output is what it prints itself, and
// Nest writes every level but error to stdout, where it would mix with that output.
Logger.overrideLogger(['error']);

// A closed pipe (`tarn normalize … | head`) is the reader saying "enough", not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') {
    process.exit(0);
  }
  throw error;
});

runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `tarn: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
