import { type Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import { examples } from '../options.js';
import type { ImportOptions } from '../transfer/run-import.js';

/** `neighbourly import`. */
export function registerImportCommand(program: Command, context: CliContext): void {
  program
    .command('import')
    .description(
      'load a file into a store: a Neighbourly NDJSON export (a whole project), or responses (CSV with a mapping, or records) for a project.json',
    )
    .argument('<file>', 'the file to import')
    .requiredOption('-s, --store <url>', 'store URL: sqlite:<file>, sqlite::memory: or mongodb://…')
    .option(
      '-p, --project <file>',
      'for responses: the project.json they belong to (created in the store when its slug is new)',
    )
    .option(
      '--survey <file>',
      "for a CSV: the SurveyJS definition it answers (default: the project's only survey)",
    )
    .option('--mapping <file>', 'for a CSV: the mapping of its columns (default: "mapping" of project.json)')
    .option(
      '--skip-invalid',
      'import the valid rows and list the invalid ones as warnings (default: import nothing when a row is invalid)',
    )
    .addOption(
      new Option('-f, --format <format>', 'summary format').choices(['table', 'json']).default('table'),
    )
    .addHelpText(
      'after',
      examples(
        [
          'neighbourly import --store sqlite:./data/neighbourly.db backup/noord.ndjson',
          'restore a project exported with "neighbourly export" (ids and timestamps kept)',
        ],
        [
          'neighbourly import -s sqlite:./data/neighbourly.db answers.csv --project project.json --survey surveys/outcomes-resident.json --mapping mapping.json',
          'responses from another tool, columns mapped to questions; rows are validated against the survey',
        ],
        [
          'neighbourly import -s sqlite:./data/neighbourly.db records.ndjson --project project.json',
          'response records ({respondentId, waveId, group, answers} per line)',
        ],
      ) +
        '\nImporting the same responses twice writes them once (an idempotency key per respondent and wave).\n',
    )
    .action(async (file: string, options: ImportOptions) => {
      const { runImport } = await import('../transfer/run-import.js');
      await runImport(context, file, options);
    });
}
