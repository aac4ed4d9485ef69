import { type Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import { addFormatOption, examples, parseList, parsePositiveInteger } from '../options.js';
import type { TypologyOptions } from '../typology/run-typology.js';

/** `neighbourly typology`. */
export function registerTypologyCommand(program: Command, context: CliContext): void {
  const command = program
    .command('typology')
    .description(
      "group projects into types: standardise the variables, cluster hierarchically (Ward by default), cut into k types, print each type's profile and the silhouette",
    )
    .requiredOption(
      '-i, --input <file>',
      'CSV file with one row per project and a header row ("-" reads stdin)',
    )
    .requiredOption('--vars <names>', 'comma-separated numeric columns to cluster on', parseList)
    .requiredOption('-k, --k <number>', 'number of types', parsePositiveInteger)
    .addOption(
      new Option('-m, --method <method>', 'linkage')
        .choices(['ward', 'complete', 'average', 'single'])
        .default('ward'),
    )
    .option('--id <column>', 'column naming each row (default: the first column not in --vars)')
    .option('-d, --delimiter <char>', 'field delimiter of the CSV', ',')
    .option('--drop-incomplete', 'leave out rows with a missing value (with a warning) instead of failing')
    .option('-o, --output <file>', "write each row's type to this CSV file (id, type, variables)")
    .option('--plot <file>', 'write a dendrogram to this SVG file')
    .option('--title <text>', 'title of the dendrogram');
  addFormatOption(command);
  command.addHelpText(
    'after',
    examples(
      [
        'neighbourly typology --input projects.csv --vars urbanisation,population,older_share,deprivation --k 4',
        'four types of neighbourhoods, Ward linkage on z-scores',
      ],
      [
        'neighbourly typology -i projects.csv --vars a,b,c -k 3 -o typology.csv --plot dendrogram.svg',
        'also write the type of each project and a dendrogram',
      ],
      [
        'neighbourly typology -i projects.csv --vars a,b -k 2 --format json > typology.json',
        'everything as JSON, with the merges in scipy linkage format',
      ],
    ) + '\nTypes are numbered 1..k in order of first appearance in the file.\n',
  );
  command.action(async (options: TypologyOptions) => {
    const { runTypology } = await import('../typology/run-typology.js');
    await runTypology(context, options);
  });
}
