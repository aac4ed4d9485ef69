import { Command, Option } from 'commander';
import { registerExportCommand } from './internal/commands/export-command.js';
import { registerImportCommand } from './internal/commands/import-command.js';
import { registerIndicatorsCommand } from './internal/commands/indicators-command.js';
import { registerInitCommand } from './internal/commands/init-command.js';
import { registerProgrammeCommand } from './internal/commands/programme-command.js';
import { registerReportCommand } from './internal/commands/report-command.js';
import { registerServeCommand } from './internal/commands/serve-command.js';
import { registerTypologyCommand } from './internal/commands/typology-command.js';
import { registerValidateCommand } from './internal/commands/validate-command.js';
import { type CliContext, createContext } from './internal/context.js';

/** The CLI's version, from its package. */
export const cliVersion = '0.1.0';

/**
 * Builds the `neighbourly` command with all its subcommands. Parse errors throw a commander
 * `CommanderError` (exit override) so that {@link runCli} maps them to exit code 2.
 *
 * @param context where commands write; defaults to the process's stdout and stderr.
 */
export function createProgram(context: CliContext = createContext(process.stdout, process.stderr)): Command {
  const program = new Command('neighbourly')
    .description('Measure the impact of caring-neighbourhood projects from the command line.')
    .version(cliVersion, '-V, --version', 'print the version')
    .addOption(new Option('--debug', 'show stack traces of unexpected errors'))
    .showHelpAfterError('(add --help for usage and examples)')
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
      outputError: (text, write) => write(context.errorColours.red(text)),
    });
  program.addHelpText(
    'after',
    `
Exit codes: 0 ok, 1 validation problems, 2 usage error, 3 I/O or store error.
Run "neighbourly <command> --help" for a command's options and examples.`,
  );
  registerInitCommand(program, context);
  registerValidateCommand(program, context);
  registerIndicatorsCommand(program, context);
  registerReportCommand(program, context);
  registerTypologyCommand(program, context);
  registerProgrammeCommand(program, context);
  registerImportCommand(program, context);
  registerExportCommand(program, context);
  registerServeCommand(program, context);
  return program;
}
