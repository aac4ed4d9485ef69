import { Command } from 'commander';

/** The CLI's version, from its package. */
export const cliVersion = '0.1.0';

/**
 * Builds the `neighbourly` command. `run` hands it `process.argv`; tests call it with their own
 * arguments and output streams.
 */
export function createProgram(): Command {
  return new Command('neighbourly')
    .description('Measure the impact of caring-neighbourhood projects.')
    .version(cliVersion, '-V, --version', 'print the version')
    .showHelpAfterError();
}
