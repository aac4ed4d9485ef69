import { type Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import type { IndicatorsOptions } from '../indicators/run-indicators.js';
import { addFormatOption, examples, parseList } from '../options.js';

/** `neighbourly indicators`. */
export function registerIndicatorsCommand(program: Command, context: CliContext): void {
  const command = program
    .command('indicators')
    .description(
      "compute a project's indicators per wave and subgroup from a responses file or a store, and compare its waves",
    )
    .requiredOption('-p, --project <file>', 'the project.json')
    .option(
      '-r, --responses <file>',
      'responses: records as .ndjson/.jsonl (streamed; "-" reads stdin) or a .json array, or a .csv with --survey and --mapping (default: "responses" of project.json)',
    )
    .option(
      '-s, --store <url>',
      'read the responses of the project (by its slug) from this store instead of a file',
    )
    .option(
      '--survey <file>',
      "for a CSV: the SurveyJS definition it answers (default: the project's only survey)",
    )
    .option('--mapping <file>', 'for a CSV: the mapping of its columns (default: "mapping" of project.json)')
    .option(
      '-g, --group-by <vars>',
      'comma-separated subgroup variables (default: "groupBy" of project.json)',
      parseList,
    )
    .option('-l, --lang <lang>', "language of labels: nl, fr or en (default: the project's first)")
    .addOption(
      new Option('--show <what>', 'what to print: indicator values, wave comparisons or both')
        .choices(['cells', 'comparisons', 'all'])
        .default('all'),
    )
    .option('--skip-invalid', 'compute without invalid records (listed as warnings) instead of failing');
  addFormatOption(command);
  command.addHelpText(
    'after',
    examples(
      [
        'neighbourly indicators --project project.json --responses responses/2025.ndjson',
        'values per wave and the comparisons, as tables',
      ],
      [
        'neighbourly indicators -p project.json -r responses.ndjson --group-by age_band,area',
        'broken down by age band and by area (small cells suppressed)',
      ],
      [
        'neighbourly indicators -p project.json -r responses.ndjson --format csv > indicators.csv',
        'the values with full precision as CSV',
      ],
      [
        'neighbourly indicators -p project.json -r responses.ndjson --format csv --show comparisons',
        'the wave comparisons as CSV',
      ],
      [
        'neighbourly indicators -p project.json --store sqlite:./data/neighbourly.db',
        'from the responses in a store (the project with the slug of project.json)',
      ],
      [
        'neighbourly indicators -p project.json -r answers.csv --survey surveys/outcomes-resident.json --mapping mapping.json',
        'from a CSV exported by another tool, its columns mapped to questions',
      ],
    ) +
      '\nA response record is {"respondentId":"r1","waveId":"baseline","group":{"age_band":"65+"},"answers":{…}}.\n',
  );
  command.action(async (options: Omit<IndicatorsOptions, 'showGiven'>) => {
    const { runIndicators } = await import('../indicators/run-indicators.js');
    await runIndicators(context, {
      ...options,
      showGiven: command.getOptionValueSource('show') !== 'default',
    });
  });
}
