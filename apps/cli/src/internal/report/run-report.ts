import { join, resolve } from 'node:path';
import { type Language, LanguageSchema } from '@neighbourly/core';
import type { ImpactReportInput } from '@neighbourly/report';
import { Presets, SingleBar } from 'cli-progress';
import { CliError, formatProblem } from '../../cli-error.js';
import type { CliContext } from '../context.js';
import { writeOutputFile } from '../files/write-file.js';
import { responsesFile } from '../indicators/run-indicators.js';
import { findProjects } from '../project/find-projects.js';
import { loadProject } from '../project/load-project.js';
import { buildReportInput, reportStem } from './build-report-input.js';

/** Options of `neighbourly report`. */
export interface ReportOptions {
  project?: string;
  responses?: string;
  survey?: string;
  mapping?: string;
  batch?: string;
  lang?: string;
  output?: string;
  workers?: number;
  skipInvalid?: boolean;
}

function parseLang(value: string | undefined): Language | undefined {
  if (value === undefined) return undefined;
  const parsed = LanguageSchema.safeParse(value);
  if (!parsed.success) throw new CliError('usage', `--lang: "${value}" is not nl, fr or en`);
  return parsed.data;
}

async function runSingle(context: CliContext, options: ReportOptions, lang: Language | undefined) {
  const project = options.project as string;
  if (!options.output) throw new CliError('usage', 'report: -o, --output <file.pdf> is required');
  const { loaded, warnings } = await loadProject(project);
  context.reportProblems(warnings);
  const responses = responsesFile(options.responses, loaded.project.responses, loaded.dir);
  const built = await buildReportInput(loaded, responses, {
    ...(lang ? { lang } : {}),
    ...(options.skipInvalid ? { skipInvalid: true } : {}),
    ...(options.survey ? { survey: options.survey } : {}),
    ...(options.mapping ? { mapping: options.mapping } : {}),
  });
  context.reportProblems(built.warnings);
  const { renderImpactReport } = await import('@neighbourly/report');
  const pdf = await renderImpactReport(built.input);
  await writeOutputFile(options.output, pdf);
  context.stdout.write(
    `Wrote ${options.output} (${built.input.lang}, ${Math.round(pdf.byteLength / 1024)} kB)\n`,
  );
}

interface BatchFailure {
  project: string;
  reason: string;
}

async function runBatch(context: CliContext, options: ReportOptions, lang: Language | undefined) {
  const folder = options.batch as string;
  const outputDir = options.output ?? 'reports';
  const projects = await findProjects(folder);
  if (projects.length === 0) {
    throw new CliError(
      'validation',
      `${folder} holds no project folders (expected <folder>/<project>/project.json)`,
    );
  }
  const failures: BatchFailure[] = [];
  const inputs: ImpactReportInput[] = [];
  const names: string[] = [];
  const useBar = context.stderr.isTTY === true;
  const bar = useBar
    ? new SingleBar(
        {
          format: ' {bar} {percentage}% | {value}/{total} | {stage}',
          stream: context.stderr as NodeJS.WritableStream,
          hideCursor: true,
          clearOnComplete: false,
        },
        Presets.shades_classic,
      )
    : undefined;
  // Computing indicators: 1 step per project; rendering: 1 step per report.
  bar?.start(projects.length * 2, 0, { stage: 'computing indicators' });
  for (const file of projects) {
    try {
      const { loaded } = await loadProject(file);
      const responses = responsesFile(undefined, loaded.project.responses, loaded.dir);
      const built = await buildReportInput(loaded, responses, {
        ...(lang ? { lang } : {}),
        ...(options.skipInvalid ? { skipInvalid: true } : {}),
      });
      inputs.push(built.input);
      names.push(reportStem(loaded));
      if (!bar) context.info(`indicators computed: ${file}`);
    } catch (error) {
      failures.push({ project: file, reason: describeFailure(error) });
      // A project that fails here is never rendered: count its rendering step as done too.
      bar?.increment(1);
      if (!bar) context.info(`failed: ${file}`);
    }
    bar?.increment(1, { stage: 'computing indicators' });
  }

  const { renderImpactReports } = await import('@neighbourly/report');
  let written = 0;
  const writes: Promise<void>[] = [];
  await renderImpactReports(inputs, {
    ...(options.workers ? { workers: options.workers } : {}),
    keepPdfs: false,
    onProgress: ({ result }) => {
      const name = names[result.index] ?? String(result.index);
      if (result.ok) {
        const file = join(outputDir, `${name}.${result.lang}.pdf`);
        writes.push(
          writeOutputFile(file, result.pdf).then(
            () => {
              written += 1;
            },
            (error: unknown) => {
              failures.push({ project: projects[result.index] ?? name, reason: describeFailure(error) });
            },
          ),
        );
      } else {
        failures.push({ project: name, reason: `${result.error.message} (${result.error.code})` });
      }
      bar?.increment(1, { stage: `rendered ${name}` });
      if (!bar) context.info(`rendered ${name}: ${result.ok ? 'ok' : 'failed'}`);
    },
  } satisfies Parameters<typeof renderImpactReports>[1]);
  await Promise.all(writes);
  bar?.stop();

  const { green, red } = context.colours;
  context.stdout.write(`${green(`${written} report${written === 1 ? '' : 's'} written`)} to ${outputDir}\n`);
  if (failures.length > 0) {
    context.stdout.write(`${red(`${failures.length} failed:`)}\n`);
    for (const failure of failures) context.stdout.write(`  ${failure.project}: ${failure.reason}\n`);
    throw new CliError('validation', `${failures.length} of ${projects.length} reports failed`);
  }
}

function describeFailure(error: unknown): string {
  if (error instanceof CliError) {
    const first = error.problems[0];
    return first ? `${error.message}: ${formatProblem(first)}` : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Runs `neighbourly report`: one project to one PDF, or every project of a folder in parallel. */
export async function runReport(context: CliContext, options: ReportOptions): Promise<void> {
  const lang = parseLang(options.lang);
  if ((options.project === undefined) === (options.batch === undefined)) {
    throw new CliError('usage', 'report: give either --project <project.json> or --batch <folder>');
  }
  if (options.batch !== undefined)
    await runBatch(context, { ...options, batch: resolve(options.batch) }, lang);
  else await runSingle(context, options, lang);
}
