import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { WorkerOutcome } from './internal/render-worker.js';
import { ReportError, type ReportErrorCode } from './report-error.js';
import type { ImpactReportInput } from './report-input.js';

/** One report of a batch: the PDF, or why it failed (a failed report does not stop the batch). */
export type BatchReportResult =
  | { index: number; projectId: string; lang: string; ok: true; pdf: Buffer }
  | {
      index: number;
      projectId: string;
      lang: string;
      ok: false;
      error: { code: ReportErrorCode | string; message: string };
    };

/** Progress of a batch, reported after each report. */
export interface BatchProgress {
  done: number;
  total: number;
  failed: number;
  /** The report that just finished. */
  result: BatchReportResult;
}

/** Options of {@link renderImpactReports}. */
export interface RenderImpactReportsOptions {
  /** Worker threads (default: the machine's available parallelism). */
  workers?: number;
  /** Called after each report, in completion order. */
  onProgress?: (progress: BatchProgress) => void;
  /** Stops queuing new reports; reports already running finish. */
  signal?: AbortSignal;
  /**
   * Keep the PDFs in the returned results (default true). Set to false when `onProgress` writes each
   * PDF away, so that memory stays flat for large batches.
   */
  keepPdfs?: boolean;
}

/** Where the worker module is: beside this file in `dist/`, or in `src/internal/` when run from sources. */
function workerLocation(): { filename: string; execArgv: string[] } {
  const here = fileURLToPath(import.meta.url);
  const extension = extname(here);
  if (extension === '.ts') {
    // Running from TypeScript sources (tests, the source condition): load the worker through tsx,
    // resolving workspace packages to their sources as this thread does.
    return {
      filename: new URL('./internal/render-worker.ts', import.meta.url).href,
      execArgv: ['--conditions=@neighbourly/source', '--import', 'tsx'],
    };
  }
  return { filename: new URL(`./render-worker${extension}`, import.meta.url).href, execArgv: [] };
}

/** Drops functions (an indicator's in-memory `score`) so that the input can be sent to a worker. */
function cloneable(input: ImpactReportInput): ImpactReportInput {
  return {
    ...input,
    indicators: input.indicators.map((indicator) => {
      if (indicator.score === undefined) return indicator;
      const { score: _score, ...rest } = indicator;
      return rest;
    }),
  };
}

/**
 * Renders many impact reports (e.g. every project of a programme, or one project in three
 * languages) on a pool of worker threads across the machine's cores, and reports progress after
 * each one. Results come back in input order; a report that fails is returned with its error and
 * does not stop the others.
 *
 * @throws {ReportError} `worker-failed` when the worker pool itself cannot start.
 * @example
 * const results = await renderImpactReports(inputs, {
 *   onProgress: ({ done, total }) => console.log(`${done}/${total}`),
 * });
 * for (const result of results) if (result.ok) await writeFile(`${result.projectId}.pdf`, result.pdf);
 */
export async function renderImpactReports(
  inputs: readonly ImpactReportInput[],
  options: RenderImpactReportsOptions = {},
): Promise<BatchReportResult[]> {
  const total = inputs.length;
  if (total === 0) return [];
  const threads = Math.max(1, Math.min(options.workers ?? availableParallelism(), total));
  const location = workerLocation();
  let pool: Piscina;
  try {
    pool = new Piscina({
      filename: location.filename,
      execArgv: location.execArgv,
      minThreads: threads,
      maxThreads: threads,
      // One report per thread at a time: rendering is CPU-bound.
      concurrentTasksPerWorker: 1,
      idleTimeout: 1_000,
    });
  } catch (error) {
    throw new ReportError('worker-failed', 'could not start the report worker pool', { cause: error });
  }
  const results: BatchReportResult[] = new Array(total);
  let done = 0;
  let failed = 0;
  try {
    await Promise.all(
      inputs.map(async (input, index) => {
        const base = { index, projectId: String(input.project.id), lang: input.lang };
        let result: BatchReportResult;
        if (options.signal?.aborted) {
          result = { ...base, ok: false, error: { code: 'aborted', message: 'the batch was aborted' } };
        } else {
          try {
            const outcome = (await pool.run(
              cloneable(input),
              options.signal ? { signal: options.signal } : {},
            )) as WorkerOutcome;
            result =
              outcome instanceof Uint8Array
                ? {
                    ...base,
                    ok: true,
                    pdf: Buffer.from(outcome.buffer, outcome.byteOffset, outcome.byteLength),
                  }
                : { ...base, ok: false, error: outcome.error };
          } catch (error) {
            const aborted = options.signal?.aborted === true;
            result = {
              ...base,
              ok: false,
              error: {
                code: aborted ? 'aborted' : 'worker-failed',
                message: error instanceof Error ? error.message : String(error),
              },
            };
          }
        }
        done += 1;
        if (!result.ok) failed += 1;
        options.onProgress?.({ done, total, failed, result });
        results[index] =
          options.keepPdfs === false && result.ok ? { ...result, pdf: Buffer.alloc(0) } : result;
      }),
    );
  } finally {
    await pool.destroy();
  }
  return results;
}
