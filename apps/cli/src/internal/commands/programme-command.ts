import { type Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import { examples, parseList } from '../options.js';
import type { ProgrammeCommandOptions } from '../programme/run-programme.js';

/** `neighbourly programme`. */
export function registerProgrammeCommand(program: Command, context: CliContext): void {
  const command = program
    .command('programme')
    .description(
      'pool many projects: per shared indicator and wave, and per change between waves, a random-effects meta-analysis over the projects, overall, by type of neighbourhood and by context variable; a PDF report or tables',
    )
    .requiredOption(
      '--projects <folder>',
      'folder of projects: <folder>/<project>/project.json (with "responses")',
    )
    .option(
      '--context <file>',
      'CSV with one row per project (column "id" = the project slug or folder name) and its context variables',
    )
    .option('--id <column>', 'id column of the context CSV (default: "id", else the first column)')
    .option('-d, --delimiter <char>', 'field delimiter of the context CSV', ',')
    .option(
      '--typology <k>',
      'group projects into k types (Ward on standardised context variables), e.g. k=4',
    )
    .option(
      '--typology-vars <names>',
      'context variables of the typology (default: every numeric one)',
      parseList,
    )
    .option(
      '--by <names>',
      'context variables to break results down by (numbers: a slope; text: subgroups)',
      parseList,
    )
    .addOption(
      new Option('--method <method>', 'between-project variance estimator')
        .choices(['REML', 'DL', 'FE'])
        .default('REML'),
    )
    .addOption(
      new Option('--ci <method>', 'confidence intervals of pooled values')
        .choices(['hartung-knapp', 'wald'])
        .default('hartung-knapp'),
    )
    .option(
      '-l, --lang <lang>',
      "report language: nl, fr or en (default: the first project's first language)",
    )
    .option('--title <text>', 'programme name on the report')
    .option('-o, --output <file>', 'where to write the PDF (or the json/csv/table output; default stdout)')
    .addOption(
      new Option('-f, --format <format>', 'output: a PDF report, or the pooled tables')
        .choices(['pdf', 'table', 'json', 'csv'])
        .default('pdf'),
    )
    .option(
      '--skip-invalid',
      'compute without invalid response records (listed as warnings) instead of failing',
    );
  command.addHelpText(
    'after',
    examples(
      [
        'neighbourly programme --projects projects/ --context projects.csv --typology k=4 --lang nl -o programme.pdf',
        'the programme report in Dutch, with four types of neighbourhood',
      ],
      [
        'neighbourly programme --projects projects/ --context projects.csv --typology k=4 --format csv -o pooled.csv',
        'every pooled cell (overall, per type, slopes) as CSV',
      ],
      ['neighbourly programme --projects projects/ --format json > programme.json', 'everything as JSON'],
    ) + '\nSmall projects (below the cell size) are pooled through their variances but never shown.\n',
  );
  command.action(async (options: ProgrammeCommandOptions) => {
    const { runProgramme } = await import('../programme/run-programme.js');
    await runProgramme(context, options);
  });
}
