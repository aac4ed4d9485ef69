import { join } from 'node:path';
import { type Language, LanguageSchema, publishComparison, publishResults } from '@neighbourly/core';
import { CliError } from '../../cli-error.js';
import type { CliContext } from '../context.js';
import { formatJson } from '../files/write-file.js';
import type { OutputFormat } from '../options.js';
import { renderCsv, renderTable } from '../output/tabular.js';
import { loadProject } from '../project/load-project.js';
import { csvSource } from '../responses/csv-source.js';
import { type RecordProblems, readRecords, settleRecordProblems } from '../responses/read-records.js';
import { requireStoredProject, withStore } from '../store/open-cli-store.js';
import { storeRecords } from '../store/store-records.js';
import { cellsCsv, cellsTable, comparisonsCsv, comparisonsTable } from './indicator-tables.js';
import { computeProjectIndicators } from './project-indicators.js';

/** What `indicators` prints. */
export type IndicatorsShow = 'cells' | 'comparisons' | 'all';

/** Options of `neighbourly indicators`. */
export interface IndicatorsOptions {
  project: string;
  responses?: string;
  store?: string;
  survey?: string;
  mapping?: string;
  groupBy?: string[];
  lang?: string;
  show: IndicatorsShow;
  /** Whether `--show` was given (CSV holds one table: cells unless comparisons are asked for). */
  showGiven: boolean;
  skipInvalid?: boolean;
  format: OutputFormat;
}

/** The responses file of a command: the option, else `responses` of project.json (relative to it). */
export function responsesFile(
  option: string | undefined,
  projectResponses: string | undefined,
  dir: string,
): string {
  if (option !== undefined) return option;
  if (projectResponses !== undefined) return join(dir, projectResponses);
  throw new CliError('usage', 'no responses: pass --responses <file> or set "responses" in project.json');
}

/** Runs `neighbourly indicators`. */
export async function runIndicators(context: CliContext, options: IndicatorsOptions): Promise<void> {
  const { loaded, warnings } = await loadProject(options.project);
  context.reportProblems(warnings);
  let lang: Language = loaded.project.languages[0] ?? 'en';
  if (options.lang !== undefined) {
    const parsed = LanguageSchema.safeParse(options.lang);
    if (!parsed.success) throw new CliError('usage', `--lang: "${options.lang}" is not nl, fr or en`);
    lang = parsed.data;
  }
  const problems: RecordProblems = { count: 0, listed: [] };
  let file: string;
  let computed: Awaited<ReturnType<typeof computeProjectIndicators>>;
  const groupBy = options.groupBy ? { groupBy: options.groupBy } : {};
  if (options.store !== undefined) {
    const store = options.store;
    if (options.responses !== undefined)
      throw new CliError('usage', 'give either --responses or --store, not both');
    const slug = loaded.project.slug;
    if (slug === undefined)
      throw new CliError('usage', `${options.project} has no "slug" to find the project in the store by`);
    file = store;
    computed = await withStore(store, 'read', async (opened) => {
      const stored = await requireStoredProject(opened, slug, store);
      return computeProjectIndicators(loaded, storeRecords(opened, stored.id), groupBy);
    });
  } else {
    file = responsesFile(options.responses, loaded.project.responses, loaded.dir);
    computed = await computeProjectIndicators(
      loaded,
      readRecords(file, problems, csvSource(loaded, options)),
      groupBy,
    );
  }
  context.reportProblems(settleRecordProblems(problems, options.skipInvalid));
  context.reportProblems(computed.warnings);
  const definitions = loaded.indicatorSet?.indicators ?? [];
  const { results, comparisons } = computed;

  if (options.format === 'json') {
    context.stdout.write(
      formatJson({
        project: loaded.project.name,
        responses: file,
        waves: results.waves,
        groupBy: results.groupBy,
        respondents: results.respondents,
        ...(options.show === 'comparisons' ? {} : { cells: publishResults(results).cells }),
        ...(options.show === 'cells'
          ? {}
          : { comparisons: comparisons.map((entry) => publishComparison(entry, results)) }),
        issues: results.issues,
      }),
    );
    return;
  }
  if (options.format === 'csv') {
    const table = options.show === 'comparisons' ? comparisonsCsv(comparisons) : cellsCsv(results);
    if (options.show === 'all' && options.showGiven) {
      throw new CliError('usage', 'CSV holds one table: use --show cells or --show comparisons');
    }
    context.stdout.write(renderCsv(table));
    return;
  }
  const { bold } = context.colours;
  const counts = results.waves.map((wave) => `${wave} ${results.respondents[wave] ?? 0}`).join(', ');
  context.stdout.write(
    `${bold(loaded.project.name)}: respondents per wave: ${counts === '' ? 'none' : counts}\n`,
  );
  if (options.show !== 'comparisons') {
    context.stdout.write(`\n${bold('Indicators')}\n`);
    context.stdout.write(renderTable(cellsTable(results, definitions, lang), context.colours));
  }
  if (options.show !== 'cells') {
    context.stdout.write(`\n${bold('Wave comparisons')}\n`);
    if (comparisons.length === 0) context.stdout.write('(fewer than two waves: nothing to compare)\n');
    else {
      context.stdout.write(renderTable(comparisonsTable(comparisons, definitions), context.colours));
      const adjustment = comparisons[0]?.adjustment ?? 'holm';
      context.stdout.write(`p-values adjusted across the indicators of each comparison (${adjustment}).\n`);
    }
  }
}
