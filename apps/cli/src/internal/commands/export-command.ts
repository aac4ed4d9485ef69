import { type Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import { examples } from '../options.js';
import type { ExportOptions } from '../transfer/run-export.js';

/** `neighbourly export`. */
export function registerExportCommand(program: Command, context: CliContext): void {
  program
    .command('export')
    .description(
      'write a project of a store to NDJSON (everything, to back up or move it) or its responses to CSV (wide or long)',
    )
    .requiredOption('-s, --store <url>', 'store URL: sqlite:<file>, sqlite::memory: or mongodb://…')
    .requiredOption('-p, --project <slug>', "the project's slug in the store")
    .option('-o, --output <file>', 'the file to write (default: stdout)')
    .addOption(
      new Option('-f, --format <format>', 'ndjson: the whole project; csv: its complete responses')
        .choices(['ndjson', 'csv'])
        .default('ndjson'),
    )
    .addOption(
      new Option('--layout <layout>', 'CSV layout: a row per response (wide) or per answer (long)')
        .choices(['wide', 'long'])
        .default('wide'),
    )
    .addHelpText(
      'after',
      examples(
        [
          'neighbourly export --store sqlite:./data/neighbourly.db --project noord -o noord.ndjson',
          'a full export, to import elsewhere with "neighbourly import"',
        ],
        [
          'neighbourly export -s sqlite:./data/neighbourly.db -p noord --format csv > responses.csv',
          'the responses, one row per respondent and wave',
        ],
        [
          'neighbourly export -s mongodb://db/neighbourly -p noord -f csv --layout long -o answers.csv',
          'one row per answer, for R or SPSS',
        ],
      ) + '\nThe NDJSON export holds contact details if the project has any; the CSV never does.\n',
    )
    .action(async (options: ExportOptions) => {
      const { runExport } = await import('../transfer/run-export.js');
      await runExport(context, options);
    });
}
