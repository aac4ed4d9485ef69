#!/usr/bin/env node
import { runCli } from './run-cli.js';

// A reader that stops early (`neighbourly --help | head`) closes the pipe: that ends the output, not in a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
process.exitCode = await runCli(process.argv);
