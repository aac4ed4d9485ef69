import { basename, dirname, resolve } from 'node:path';
import {
  aggregateProgramme,
  CoreError,
  type IndicatorDefinition,
  type Language,
  LanguageSchema,
  type ProgrammeProject,
} from '@neighbourly/core';
import { CliError } from '../../cli-error.js';
import type { CliContext } from '../context.js';
import { formatJson, writeOutputFile } from '../files/write-file.js';
import { computeProjectIndicators } from '../indicators/project-indicators.js';
import { responsesFile } from '../indicators/run-indicators.js';
import { renderCsv, renderTable } from '../output/tabular.js';
import { findProjects } from '../project/find-projects.js';
import { loadProject } from '../project/load-project.js';
import { csvSource } from '../responses/csv-source.js';
import { type RecordProblems, readRecords, settleRecordProblems } from '../responses/read-records.js';
import { overallTable, pooledTable } from './programme-tables.js';
import { readProgrammeContext } from './read-programme-context.js';

/** Options of `neighbourly programme`. */
export interface ProgrammeCommandOptions {
  projects: string;
  context?: string;
  id?: string;
  delimiter: string;
  typology?: string;
  typologyVars?: string[];
  by?: string[];
  method: 'REML' | 'DL' | 'FE';
  ci: 'hartung-knapp' | 'wald';
  lang?: string;
  title?: string;
  output?: string;
  format: 'pdf' | 'table' | 'json' | 'csv';
  skipInvalid?: boolean;
}

/** project.json's context with booleans as text (`true`/`false`), the way a CSV would hold them. */
function contextOf(
  context: Record<string, string | number | boolean | null> | undefined,
): Record<string, string | number | null> {
  return Object.fromEntries(
    Object.entries(context ?? {}).map(([key, value]) => [
      key,
      typeof value === 'boolean' ? String(value) : value,
    ]),
  );
}

/** `k=4` or `4`: the number of types. */
export function parseTypology(value: string): number {
  const match = /^\s*(?:k\s*=\s*)?(\d+)\s*$/.exec(value);
  const k = match ? Number(match[1]) : Number.NaN;
  if (!Number.isSafeInteger(k) || k < 2)
    throw new CliError('usage', `--typology: expected k=<number of types ≥ 2>, got "${value}"`);
  return k;
}

/** Runs `neighbourly programme`: every project of a folder, pooled, as a PDF report or tables. */
export async function runProgramme(context: CliContext, options: ProgrammeCommandOptions): Promise<void> {
  if (options.format === 'pdf' && !options.output) {
    throw new CliError(
      'usage',
      'programme: -o, --output <file.pdf> is required for the PDF (or use --format json|csv|table)',
    );
  }
  const lang: Language | undefined =
    options.lang === undefined ? undefined : LanguageSchema.safeParse(options.lang).data;
  if (options.lang !== undefined && lang === undefined)
    throw new CliError('usage', `--lang: "${options.lang}" is not nl, fr or en`);
  const k = options.typology === undefined ? undefined : parseTypology(options.typology);
  const folder = resolve(options.projects);
  const files = await findProjects(folder);
  if (files.length === 0) {
    throw new CliError(
      'validation',
      `${options.projects} holds no project folders (expected <folder>/<project>/project.json)`,
    );
  }
  const table = options.context
    ? await readProgrammeContext(options.context, {
        delimiter: options.delimiter,
        ...(options.id === undefined ? {} : { id: options.id }),
      })
    : undefined;
  if (table) context.reportProblems(table.problems);

  const projects: ProgrammeProject[] = [];
  const definitions = new Map<string, IndicatorDefinition>();
  const waveLabels: Record<string, string> = {};
  let firstLanguage: Language | undefined;
  for (const file of files) {
    const { loaded, warnings } = await loadProject(file);
    context.reportProblems(warnings);
    const problems: RecordProblems = { count: 0, listed: [] };
    const responses = responsesFile(undefined, loaded.project.responses, loaded.dir);
    const computed = await computeProjectIndicators(
      loaded,
      readRecords(responses, problems, csvSource(loaded, {})),
      {
        groupBy: [],
        compare: false,
      },
    );
    context.reportProblems([...settleRecordProblems(problems, options.skipInvalid), ...computed.warnings]);
    const id = loaded.project.slug ?? basename(dirname(file));
    for (const definition of loaded.indicatorSet?.indicators ?? []) {
      if (!definitions.has(definition.id)) definitions.set(definition.id, definition);
    }
    for (const wave of loaded.project.waves ?? []) if (wave.label) waveLabels[wave.id] ??= wave.label;
    firstLanguage ??= loaded.project.languages[0];
    const row = table?.byId.get(id);
    if (table && !row) {
      context.reportProblems([
        {
          file: options.context as string,
          message: `no row for project "${id}": it has no context variables`,
          severity: 'warning',
        },
      ]);
    }
    projects.push({
      id,
      name: loaded.project.name,
      context: { ...contextOf(loaded.project.context), ...(row ?? {}) },
      results: computed.results,
    });
    context.info(`indicators computed: ${id}`);
  }

  let typologyVars = options.typologyVars;
  if (k !== undefined && !typologyVars) {
    // Default: every context column that is a number in every project.
    const names = new Set(projects.flatMap((p) => Object.keys(p.context ?? {})));
    typologyVars = [...names].filter((name) => projects.every((p) => typeof p.context?.[name] === 'number'));
    if (typologyVars.length === 0) {
      throw new CliError(
        'usage',
        '--typology needs numeric context variables: pass --context projects.csv (or --typology-vars)',
      );
    }
  }
  let programme: ReturnType<typeof aggregateProgramme>;
  try {
    programme = aggregateProgramme(
      { projects, definitions: [...definitions.values()] },
      {
        ...(options.title ? { name: options.title } : {}),
        method: options.method,
        ci: options.ci,
        by: options.by ?? [],
        ...(k !== undefined && typologyVars ? { typology: { vars: typologyVars, k } } : {}),
      },
    );
  } catch (error) {
    if (error instanceof CoreError)
      throw new CliError('validation', `cannot pool the programme: ${error.message}`, { cause: error });
    throw error;
  }
  context.reportProblems(
    programme.issues.map((issue) => ({
      field: issue.path.join('.'),
      message: issue.message,
      severity: 'warning',
    })),
  );

  if (options.format === 'pdf') {
    const { renderProgrammeReport } = await import('@neighbourly/report');
    const chosen = lang ?? firstLanguage ?? 'en';
    const pdf = await renderProgrammeReport({
      programme,
      options: { lang: chosen, waveLabels, ...(options.title ? { title: options.title } : {}) },
    });
    await writeOutputFile(options.output as string, pdf);
    context.stdout.write(
      `Wrote ${options.output} (${chosen}, ${projects.length} projects, ${Math.round(pdf.byteLength / 1024)} kB)\n`,
    );
    return;
  }
  const text =
    options.format === 'json'
      ? formatJson(programme)
      : options.format === 'csv'
        ? renderCsv(pooledTable(programme))
        : renderTable(overallTable(programme), context.colours);
  if (options.output) {
    await writeOutputFile(options.output, text);
    context.stdout.write(`Wrote ${options.output}\n`);
  } else context.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}
