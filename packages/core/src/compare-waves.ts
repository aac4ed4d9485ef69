import {
  adjustPValues,
  hedgesG,
  mannWhitneyU,
  pairedTTest,
  type TTestResult,
  twoProportionZTest,
  welchTTest,
  wilcoxonSignedRank,
} from '@neighbourly/stats';
import { CoreError } from './core-error.js';
import { type IndicatorDefinitionInput, IndicatorDefinitionSchema } from './indicator-definition.js';
import type {
  GroupKey,
  IndicatorCell,
  IndicatorComparison,
  IndicatorResults,
  IndicatorSummary,
  ProgressStatus,
  WaveComparison,
} from './indicator-results.js';
import { getSamples, type IndicatorSamples } from './internal/samples.js';

/** Options of {@link compareWaves}. */
export interface CompareWavesOptions {
  /** The earlier wave. */
  from: string;
  /** The later wave. */
  to: string;
  /** Multiple-testing adjustment across the indicators of each breakdown (default `holm`). */
  adjust?: 'holm' | 'bh' | 'none';
  /** Significance level for `significant` and the status (default 0.05). */
  alpha?: number;
  /**
   * Definitions for direction, baseline and target; by default they come from `results.indicators`
   * (always present in results from `computeIndicators`).
   */
  definitions?: readonly IndicatorDefinitionInput[];
  /** Compare the whole-wave cells only, or every group too (default `all`). */
  groups?: 'overall' | 'all';
}

/** Linked respondents needed, as a share of the smaller wave, to use a paired test. */
const PAIRED_SHARE = 0.5;

const groupId = (group: GroupKey) =>
  Object.entries(group)
    .map(([key, value]) => `${key}=${value}`)
    .join('&');

interface Side {
  values: Float64Array;
  respondents: Int32Array;
}

/** The per-respondent values of one indicator in two waves, per group part (0 = everyone). */
function extract(
  samples: IndicatorSamples,
  indicatorId: string,
  waves: [number, number],
): Map<string, [Side, Side]> | undefined {
  const values = samples.values.get(indicatorId);
  if (!values) return undefined;
  const population = samples.population.get(indicatorId);
  const keys: string[] = [''];
  const offsets: number[] = [];
  samples.levels.forEach((levels, v) => {
    offsets.push(keys.length);
    for (const level of levels) keys.push(groupId({ [samples.groupBy[v] as string]: level }));
  });
  const stride = keys.length;
  const g = samples.groups.length;
  // Slot of each row in each part (-1 = not used), found once; then count, then fill.
  const counts = new Int32Array(stride * 2);
  const slots = new Int32Array(samples.length * (g + 1)).fill(-1);
  for (let r = 0; r < samples.length; r++) {
    const wave = samples.wave[r] as number;
    const side = wave === waves[0] ? 0 : wave === waves[1] ? 1 : -1;
    if (side < 0 || (population && population[r] === 0) || Number.isNaN(values[r] as number)) continue;
    const base = side * stride;
    slots[r * (g + 1)] = base;
    counts[base] = (counts[base] as number) + 1;
    for (let v = 0; v < g; v++) {
      const code = (samples.groups[v] as Int32Array)[r] as number;
      if (code < 0) continue;
      const slot = base + (offsets[v] as number) + code;
      slots[r * (g + 1) + v + 1] = slot;
      counts[slot] = (counts[slot] as number) + 1;
    }
  }
  const sides: Side[] = Array.from(counts, (count) => ({
    values: new Float64Array(count),
    respondents: new Int32Array(count),
  }));
  const filled = new Int32Array(stride * 2);
  for (let r = 0; r < samples.length; r++) {
    for (let v = 0; v <= g; v++) {
      const slot = slots[r * (g + 1) + v] as number;
      if (slot < 0) continue;
      const side = sides[slot] as Side;
      const at = filled[slot] as number;
      side.values[at] = values[r] as number;
      side.respondents[at] = samples.respondent[r] as number;
      filled[slot] = at + 1;
    }
  }
  const out = new Map<string, [Side, Side]>();
  keys.forEach((key, p) => {
    out.set(key, [sides[p] as Side, sides[stride + p] as Side]);
  });
  return out;
}

/**
 * Pairs of (to, from) values for respondents with an id in both waves (first record each).
 * `scratch` is a NaN-filled array indexed by respondent code, left NaN-filled again on return.
 */
function pairUp(from: Side, to: Side, scratch: Float64Array): { to: Float64Array; from: Float64Array } {
  for (let i = 0; i < from.respondents.length; i++) {
    const respondent = from.respondents[i] as number;
    if (respondent >= 0 && Number.isNaN(scratch[respondent] as number))
      scratch[respondent] = from.values[i] as number;
  }
  const a = new Float64Array(to.values.length);
  const b = new Float64Array(to.values.length);
  let n = 0;
  for (let i = 0; i < to.respondents.length; i++) {
    const respondent = to.respondents[i] as number;
    if (respondent < 0) continue;
    const before = scratch[respondent] as number;
    if (Number.isNaN(before)) continue;
    a[n] = to.values[i] as number;
    b[n] = before;
    n++;
    scratch[respondent] = Number.NaN; // a repeated record of the same respondent is not paired again
  }
  for (let i = 0; i < from.respondents.length; i++) {
    const respondent = from.respondents[i] as number;
    if (respondent >= 0) scratch[respondent] = Number.NaN;
  }
  return { to: a.subarray(0, n), from: b.subarray(0, n) };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Compares every indicator (and, by default, every group) between two waves of one result:
 * the change, a test chosen by the data, an effect size, p-values adjusted for the number of
 * indicators, and a status against the indicator's baseline and target.
 *
 * Two estimands, each with its own interval: `change`/`changeCi` compare the whole waves (every respondent of
 * each wave; Welch's interval for means, the two-proportion interval for proportions), and
 * `pairedChange`/`pairedCi`/`pairedN` follow the respondents linked across the waves (means, scores and
 * composites with at least `minCellSize` linked). `statistic` and `p` belong to `test`: a paired test is
 * the test of the paired change, Welch's of the whole-wave change.
 *
 * Tests: for means, scores and composites, a paired t-test (Wilcoxon signed-rank beside it) when
 * at least half of the smaller wave's respondents are linked across the waves by `respondentId`
 * (and at least `minCellSize` of them), otherwise Welch's t-test (Mann–Whitney U beside it); for
 * proportions a two-proportion z-test; counts get no test. Effect sizes: `dz` (paired), Hedges' g
 * (independent), Cohen's h (proportions). p-values are adjusted (Holm by default) across the
 * comparisons of each breakdown: the whole-wave comparisons together, and each group variable's.
 *
 * Status: `insufficient-data` when either cell is suppressed or empty; `achieved` when the `to`
 * value meets the target; otherwise `improving` or `worsening` for a significant change in the
 * good or bad direction, and `no-change` for a change that is not significant. Without a test
 * (counts, or a test that cannot run, e.g. no variance) the sign of the change decides.
 *
 * Paired tests and rank tests need the per-respondent values that stay attached to results in the
 * process that computed them; for results read back from JSON, proportions are still tested (from
 * n and value) but means get `insufficient-data` with a `note`.
 *
 * @throws {CoreError} `invalid-input` when `from` or `to` is not a wave of the results.
 * @example
 * const comparison = compareWaves(results, { from: 'baseline', to: 'end' });
 * comparison.comparisons.filter((c) => c.status === 'worsening');
 */
export function compareWaves(results: IndicatorResults, options: CompareWavesOptions): WaveComparison {
  const { from, to } = options;
  for (const wave of [from, to]) {
    if (!results.waves.includes(wave)) {
      throw new CoreError(
        'invalid-input',
        `compareWaves: wave "${wave}" is not in the results (${results.waves.join(', ')})`,
      );
    }
  }
  const adjustment = options.adjust ?? 'holm';
  const alpha = options.alpha ?? 0.05;
  const samples = getSamples(results);
  const summaries = new Map<string, IndicatorSummary>();
  for (const summary of results.indicators ?? []) summaries.set(summary.id, summary);
  for (const input of options.definitions ?? []) {
    const parsed = IndicatorDefinitionSchema.safeParse(input);
    if (!parsed.success) continue;
    const d = parsed.data;
    summaries.set(d.id, {
      id: d.id,
      kind: d.kind,
      direction: d.direction,
      minCellSize: d.minCellSize,
      ...(d.baseline !== undefined ? { baseline: d.baseline } : {}),
      ...(d.target !== undefined ? { target: d.target } : {}),
    });
  }

  const cells = new Map<string, IndicatorCell>();
  const pairs: { indicatorId: string; group: GroupKey }[] = [];
  const seenPairs = new Set<string>();
  for (const cell of results.cells) {
    if (cell.waveId !== from && cell.waveId !== to) continue;
    if (options.groups === 'overall' && Object.keys(cell.group).length > 0) continue;
    const key = `${cell.indicatorId}\u0000${groupId(cell.group)}`;
    cells.set(`${key}\u0000${cell.waveId}`, cell);
    if (!seenPairs.has(key)) {
      seenPairs.add(key);
      pairs.push({ indicatorId: cell.indicatorId, group: cell.group });
    }
  }

  const waveCodes: [number, number] = [results.waves.indexOf(from), results.waves.indexOf(to)];
  const decisions = new Map<IndicatorComparison, Decision>();
  let respondents = 0;
  if (samples) for (const code of samples.respondent) respondents = Math.max(respondents, code + 1);
  const scratch = samples ? new Float64Array(respondents).fill(Number.NaN) : undefined;
  const extracted = new Map<string, Map<string, [Side, Side]> | undefined>();
  const comparisons: IndicatorComparison[] = pairs.map(({ indicatorId, group }) => {
    const key = `${indicatorId}\u0000${groupId(group)}`;
    const before = cells.get(`${key}\u0000${from}`);
    const after = cells.get(`${key}\u0000${to}`);
    const summary = summaries.get(indicatorId);
    const side = (cell: IndicatorCell | undefined, waveId: string): IndicatorComparison['from'] => {
      const out: IndicatorComparison['from'] = {
        waveId,
        n: cell?.n ?? 0,
        suppressed: cell?.suppressed ?? false,
      };
      if (cell && !cell.suppressed && cell.value !== undefined) out.value = cell.value;
      if (cell && !cell.suppressed && cell.ci !== undefined) out.ci = cell.ci;
      return out;
    };
    const comparison: IndicatorComparison = {
      indicatorId,
      group,
      from: side(before, from),
      to: side(after, to),
      linked: 0,
      test: 'none',
      status: 'insufficient-data',
    };
    if (!extracted.has(indicatorId) && samples)
      extracted.set(indicatorId, extract(samples, indicatorId, waveCodes));
    const sides = extracted.get(indicatorId)?.get(groupId(group));
    const visible = comparison.from.value !== undefined && comparison.to.value !== undefined;
    const paired = sides && visible && scratch ? pairUp(sides[0], sides[1], scratch) : undefined;
    if (paired) comparison.linked = paired.to.length;
    if (!visible || !summary) {
      comparison.note = !summary
        ? `indicator "${indicatorId}" is not described in the results`
        : 'a cell is suppressed or has no value';
      return comparison;
    }
    const valueFrom = comparison.from.value as number;
    const valueTo = comparison.to.value as number;
    comparison.change = valueTo - valueFrom;
    decisions.set(comparison, runTest(comparison, summary, sides, paired));
    return comparison;
  });

  // Adjust p-values per breakdown (overall, then each group variable), then set the status.
  const families = new Map<string, number[]>();
  comparisons.forEach((comparison, i) => {
    if (comparison.p === undefined) return;
    const family = Object.keys(comparison.group)[0] ?? '';
    const list = families.get(family) ?? [];
    list.push(i);
    families.set(family, list);
  });
  for (const members of families.values()) {
    const ps = members.map((i) => comparisons[i]?.p as number);
    const adjusted = adjustment === 'none' ? ps : adjustPValues(ps, adjustment);
    members.forEach((i, k) => {
      const comparison = comparisons[i] as IndicatorComparison;
      comparison.pAdjusted = adjusted[k] as number;
      comparison.significant = (adjusted[k] as number) < alpha;
    });
  }
  for (const comparison of comparisons) {
    const summary = summaries.get(comparison.indicatorId);
    if (!summary || comparison.change === undefined) continue;
    comparison.status = statusOf(comparison, summary, decisions.get(comparison) ?? 'unavailable');
    const reference = summary.baseline ?? comparison.from.value;
    if (summary.target !== undefined && reference !== undefined && summary.target !== reference) {
      comparison.progress = ((comparison.to.value as number) - reference) / (summary.target - reference);
    }
  }
  return { from, to, adjustment, alpha, comparisons };
}

/** How the status is decided: by the test, by the sign of the change, or not at all. */
type Decision = 'test' | 'sign' | 'unavailable';

function runTest(
  comparison: IndicatorComparison,
  summary: IndicatorSummary,
  sides: [Side, Side] | undefined,
  pairs: { to: Float64Array; from: Float64Array } | undefined,
): Decision {
  const kind = summary.kind;
  if (kind === 'count') {
    comparison.note = 'counts are compared without a test';
    return 'sign';
  }
  if (kind === 'proportion') {
    const nFrom = comparison.from.n;
    const nTo = comparison.to.n;
    const xFrom = Math.round((comparison.from.value as number) * nFrom);
    const xTo = Math.round((comparison.to.value as number) * nTo);
    try {
      const result = twoProportionZTest(xTo, nTo, xFrom, nFrom);
      comparison.test = 'two-proportion-z';
      comparison.statistic = result.z;
      comparison.p = result.p;
      comparison.changeCi = result.ci95;
      const h = 2 * Math.asin(Math.sqrt(xTo / nTo)) - 2 * Math.asin(Math.sqrt(xFrom / nFrom));
      comparison.effectSize = { kind: 'cohens-h', value: h };
      if (comparison.linked > 0) {
        comparison.note = `${comparison.linked} respondents answered both waves; the z-test treats the waves as independent`;
      }
    } catch (error) {
      comparison.note = `no test: ${message(error)}`;
      return 'sign';
    }
    return 'test';
  }
  if (!sides || !pairs) {
    comparison.note = 'per-respondent values are not available (results read back from storage); no test';
    return 'unavailable';
  }
  const [before, after] = sides;
  const linked = pairs.to.length;
  const enough = Math.max(2, summary.minCellSize);
  // The whole-wave change and its interval come from the same two samples (Welch), whichever test decides.
  const welch = attempt(() => welchTTest(after.values, before.values));
  if (welch.ok) comparison.changeCi = welch.value.ci95;
  // The paired change is a second estimand: linked respondents only, shown when enough of them are linked.
  const paired = linked >= enough ? attempt(() => pairedTTest(pairs.to, pairs.from)) : undefined;
  if (paired?.ok) {
    comparison.pairedChange = paired.value.meanDiff;
    comparison.pairedCi = paired.value.ci95;
    comparison.pairedN = linked;
  }
  const usePaired =
    linked >= enough && linked >= PAIRED_SHARE * Math.min(before.values.length, after.values.length);
  const main = usePaired ? (paired as Attempt<TTestResult>) : welch;
  if (!main.ok) {
    comparison.note = `no test: ${main.error}`;
    return 'sign';
  }
  comparison.statistic = main.value.t;
  comparison.p = main.value.p;
  if (usePaired) {
    comparison.test = 'paired-t';
    comparison.effectSize = { kind: 'dz', value: main.value.t / Math.sqrt(linked) };
    if (linked < before.values.length || linked < after.values.length) {
      comparison.note = `paired test on the ${linked} linked respondents`;
    }
    const wilcoxon = attempt(() => wilcoxonSignedRank(pairs.to, pairs.from));
    // No robustness check when every difference is zero.
    if (wilcoxon.ok) comparison.secondaryTest = { test: 'wilcoxon-signed-rank', p: wilcoxon.value.p };
  } else {
    comparison.test = 'welch-t';
    comparison.effectSize = { kind: 'hedges-g', value: hedgesG(after.values, before.values) };
    const mannWhitney = attempt(() => mannWhitneyU(after.values, before.values));
    // The rank test needs variation in the pooled sample.
    if (mannWhitney.ok) comparison.secondaryTest = { test: 'mann-whitney-u', p: mannWhitney.value.p };
  }
  return 'test';
}

type Attempt<T> = { ok: true; value: T } | { ok: false; error: string };

/** Runs a test that may refuse its data (too few values, no variance) and keeps the refusal as data. */
function attempt<T>(run: () => T): Attempt<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error: message(error) };
  }
}

function statusOf(
  comparison: IndicatorComparison,
  summary: IndicatorSummary,
  decision: Decision,
): ProgressStatus {
  const sign = summary.direction === 'lower-is-better' ? -1 : 1;
  const to = comparison.to.value as number;
  if (summary.target !== undefined && sign * (to - summary.target) >= 0) return 'achieved';
  const good = sign * (comparison.change as number);
  if (decision === 'test') {
    if (!comparison.significant) return 'no-change';
    return good > 0 ? 'improving' : good < 0 ? 'worsening' : 'no-change';
  }
  if (decision === 'unavailable') return 'insufficient-data';
  return good > 0 ? 'improving' : good < 0 ? 'worsening' : 'no-change';
}
