import { type Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import type { InitOptions } from '../init/run-init.js';
import { examples } from '../options.js';

/** `neighbourly init <dir>`. */
export function registerInitCommand(program: Command, context: CliContext): void {
  program
    .command('init')
    .description(
      'scaffold a project folder: project.json, the CAIMeR survey templates, their indicator set, a starter theory of change, a responses/ folder',
    )
    .argument('<dir>', 'the folder to create (may exist, but must not hold a project.json)')
    .option('-n, --name <name>', 'the project name (default: the folder name)')
    .addOption(
      new Option(
        '-l, --lang <languages>',
        'comma-separated languages, the first is the report default',
      ).default('en'),
    )
    .option('--force', 'overwrite the files init writes when they exist')
    .addHelpText(
      'after',
      examples(
        [
          'neighbourly init zorgzame-buurt-noord --name "Zorgzame buurt Noord" --lang nl,fr',
          'a Dutch/French project',
        ],
        ['neighbourly init . --force', 'rewrite the scaffold in the current folder'],
      ),
    )
    .action(async (dir: string, options: InitOptions) => {
      const { runInit } = await import('../init/run-init.js');
      await runInit(context, dir, options);
    });
}
