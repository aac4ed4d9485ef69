import { normalQuantile, proportion, tQuantile } from '@neighbourly/stats';
import type { IndicatorCell, IndicatorResults, IndicatorSummary } from '../indicator-results.js';
import { getSamples } from './samples.js';

/** One project's estimate of one indicator in one wave, with its standard error. */
export interface CellEstimate {
  estimate: number;
  se: number;
  n: number;
  /** Below the indicator's minimum cell size: may be pooled, never shown. */
  hidden: boolean;
}

const Z975 = normalQuantile(0.975);

/**
 * The standard error behind an engine cell: sd/√n for means, scores and composites (the t interval's
 * half-width / t(n − 1)), and the Wilson interval's half-width / z for shares (never 0, even at 0% or 100%).
 * `undefined` when the cell carries no spread (n < 2, counts).
 */
function seOf(cell: IndicatorCell, kind: IndicatorSummary['kind']): number | undefined {
  if (!cell.ci || cell.value === undefined) return undefined;
  const half = (cell.ci[1] - cell.ci[0]) / 2;
  if (kind === 'proportion') return half / Z975;
  if (kind === 'count' || cell.n < 2) return undefined;
  // sd/√n is the t interval's half-width / t(n − 1), without a quantile per cell.
  return cell.sd !== undefined ? cell.sd / Math.sqrt(cell.n) : half / tQuantile(0.975, cell.n - 1);
}

/**
 * A suppressed cell's estimate from the per-respondent values kept in memory by the engine: the same
 * statistic the engine would have published had the cell been large enough. Never leaves the caller
 * except pooled.
 */
function fromSamples(
  results: IndicatorResults,
  summary: IndicatorSummary,
  waveId: string,
): { value: number; se: number; n: number } | undefined {
  const samples = getSamples(results);
  const values = samples?.values.get(summary.id);
  if (!samples || !values) return undefined;
  const waveCode = results.waves.indexOf(waveId);
  const population = samples.population.get(summary.id);
  let n = 0;
  let sum = 0;
  let mean = 0;
  let squares = 0;
  for (let r = 0; r < samples.length; r++) {
    const x = values[r] as number;
    if (samples.wave[r] !== waveCode || Number.isNaN(x) || (population && population[r] === 0)) continue;
    n++;
    sum += x;
    const delta = x - mean;
    mean += delta / n;
    squares += delta * (x - mean);
  }
  if (n === 0) return undefined;
  if (summary.kind === 'proportion') {
    const { p, ci } = proportion(sum, n);
    return { value: p, se: (ci[1] - ci[0]) / 2 / Z975, n };
  }
  if (n < 2 || summary.kind === 'count') return undefined;
  return { value: mean, se: Math.sqrt(squares / (n - 1) / n), n };
}

/**
 * One project's estimate for the whole wave (group `{}`), published or, below the cell size, recomputed from
 * the in-memory samples (hidden). `undefined` when the project did not measure it, has no spread to weigh it
 * by, or its results were read back from storage with the cell suppressed.
 */
export function cellEstimate(
  results: IndicatorResults,
  cell: IndicatorCell | undefined,
  summary: IndicatorSummary,
): CellEstimate | undefined {
  if (!cell || cell.n === 0) return undefined;
  const hidden = cell.n < summary.minCellSize || cell.suppressed;
  if (!hidden) {
    const se = seOf(cell, summary.kind);
    if (se === undefined || !(se > 0) || cell.value === undefined) return undefined;
    return { estimate: cell.value, se, n: cell.n, hidden };
  }
  const recomputed = fromSamples(results, summary, cell.waveId);
  if (!recomputed || !(recomputed.se > 0)) return undefined;
  return { estimate: recomputed.value, se: recomputed.se, n: recomputed.n, hidden: true };
}
