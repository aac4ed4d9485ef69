import { cronbachAlpha, meanConfidenceInterval, proportion } from '@neighbourly/stats';
import { CoreError } from './core-error.js';
import {
  type IndicatorDefinition,
  type IndicatorDefinitionInput,
  RespondentGroupSchema,
  type ScoreFunction,
} from './indicator-definition.js';
import type { EngineIssue, IndicatorCell, IndicatorResults, IndicatorSummary } from './indicator-results.js';
import { type CheckedDefinition, checkIndicatorDefinitions } from './internal/check-definitions.js';
import { publishableBins } from './internal/distribution-bins.js';
import { type ColumnPlan, type MatchRule, RecordColumns } from './internal/record-columns.js';
import { attachSamples, type IndicatorSamples } from './internal/samples.js';
import type { ResponseRecord } from './response-record.js';

/** Options of {@link computeIndicators}. */
export interface ComputeIndicatorsOptions {
  /** Indicator definitions (parsed or as JSON); invalid ones are reported in `issues` and skipped. */
  definitions: readonly (IndicatorDefinition | IndicatorDefinitionInput | unknown)[];
  /** Tidy response records: an array, an iterable or an async iterable (a store's stream). */
  records: Iterable<ResponseRecord> | AsyncIterable<ResponseRecord>;
  /** Group variables (keys of `record.group`) to break every indicator down by, one at a time. */
  groupBy?: readonly string[];
  /** The waves to compute, in order; records of other waves are skipped (default: all, first seen first). */
  waves?: readonly string[];
  /** Scorers for `scale` indicators that name an `instrument`, keyed `instrument` or `instrument:subscale`. */
  scorers?: Readonly<Record<string, ScoreFunction>>;
  /** Known question names: items that are not among them are reported as `unknown-question`. */
  questions?: Iterable<string>;
  /** The `record.group` key holding the respondent group (default `respondentGroup`). */
  respondentGroupKey?: string;
}

/** Distinct values beyond which a cell's distribution is left out (it would be a histogram of noise). */
const MAX_DISTRIBUTION_VALUES = 60;
/** Integers 0..SMALL_INTEGERS are counted for distributions in a typed array instead of a map. */
const SMALL_INTEGERS = 100;

const respondentGroups = RespondentGroupSchema.options;

/**
 * What the engine needs from an accepted definition: where its per-respondent value comes from.
 */
interface Compiled {
  checked: CheckedDefinition;
  definition: IndicatorDefinition;
  numeric: number[];
  matches: number[];
  score: number;
}

function planColumns(checked: readonly CheckedDefinition[], options: ComputeIndicatorsOptions) {
  const numericItems: string[] = [];
  const numericIndex = new Map<string, number>();
  const matches: MatchRule[] = [];
  const scores: { score: ScoreFunction }[] = [];
  const numericColumn = (item: string) => {
    let index = numericIndex.get(item);
    if (index === undefined) {
      index = numericItems.length;
      numericItems.push(item);
      numericIndex.set(item, index);
    }
    return index;
  };
  const compiled: Compiled[] = checked.map((entry) => {
    const { definition } = entry;
    const result: Compiled = { checked: entry, definition, numeric: [], matches: [], score: -1 };
    const success = definition.success;
    const categorical =
      (definition.kind === 'proportion' || definition.kind === 'count') && (!success || 'anyOf' in success);
    if (categorical) {
      const accepted =
        success && 'anyOf' in success ? new Set(success.anyOf.map((value) => String(value))) : undefined;
      const acceptedNumbers = accepted
        ? new Set(
            [...accepted]
              .filter((value) => value.trim() !== '')
              .map(Number)
              .filter(Number.isFinite),
          )
        : undefined;
      for (const item of definition.items) {
        result.matches.push(matches.length);
        matches.push(acceptedNumbers ? { item, accepted, acceptedNumbers } : { item, accepted });
      }
    } else if (definition.kind !== 'composite') {
      result.numeric = definition.items.map(numericColumn);
    }
    if (definition.kind === 'scale' && entry.score) {
      result.score = scores.length;
      scores.push({ score: entry.score });
    }
    return result;
  });
  const plan: ColumnPlan = {
    numericItems,
    matches,
    scores,
    groupBy: options.groupBy ?? [],
    respondentGroupKey: options.respondentGroupKey ?? 'respondentGroup',
    ...(options.waves ? { waves: options.waves } : {}),
  };
  return { plan, compiled };
}

/** Per-respondent values of one indicator (NaN = missing), plus the rows in its population. */
function computeValues(
  entry: Compiled,
  columns: RecordColumns,
  values: ReadonlyMap<string, Float64Array>,
  issues: EngineIssue[],
): { values: Float64Array; population: Uint8Array | undefined } {
  const { definition } = entry;
  const n = columns.length;
  const out = new Float64Array(n);
  const k = definition.items.length;
  const need = definition.minItems ?? k;

  let population: Uint8Array | undefined;
  if (definition.respondentGroups && definition.respondentGroups.length > 0) {
    const allowed = new Uint8Array(respondentGroups.length);
    for (const group of definition.respondentGroups) allowed[respondentGroups.indexOf(group)] = 1;
    population = new Uint8Array(n);
    for (let r = 0; r < n; r++) {
      const group = columns.respondentGroup[r] as number;
      population[r] = group < 0 || allowed[group] === 1 ? 1 : 0;
    }
  }

  if (definition.kind === 'scale') {
    out.set((columns.scored[entry.score] as Float64Array).subarray(0, n));
  } else if (definition.kind === 'composite') {
    const components = definition.components ?? [];
    const total = components.reduce((sum, component) => sum + component.weight, 0);
    out.fill(0);
    for (const component of components) {
      const source = values.get(component.indicatorId) as Float64Array;
      const weight = component.weight / total;
      for (let r = 0; r < n; r++) out[r] = (out[r] as number) + weight * (source[r] as number);
    }
  } else if (entry.matches.length > 0) {
    const matched = entry.matches.map((j) => columns.matched[j] as Uint8Array);
    for (let r = 0; r < n; r++) {
      let answered = 0;
      let success = 0;
      for (let j = 0; j < k; j++) {
        const state = (matched[j] as Uint8Array)[r] as number;
        if (state > 0) answered++;
        if (state === 2) success = 1;
      }
      out[r] = answered >= need ? success : Number.NaN;
    }
  } else {
    const item = entry.numeric.map((j) => columns.numeric[j] as Float64Array);
    const reverse = definition.items.map((name) => definition.reverse?.includes(name) ?? false);
    const min = definition.scale?.min ?? Number.NEGATIVE_INFINITY;
    const max = definition.scale?.max ?? Number.POSITIVE_INFINITY;
    const flip = (definition.scale?.min ?? 0) + (definition.scale?.max ?? 0);
    const outOfRange = new Float64Array(k);
    const firstOutOfRange = new Float64Array(k).fill(-1);
    for (let r = 0; r < n; r++) {
      let sum = 0;
      let answered = 0;
      for (let j = 0; j < k; j++) {
        let x = (item[j] as Float64Array)[r] as number;
        if (Number.isNaN(x)) continue;
        if (x < min || x > max) {
          const seen = outOfRange[j] as number;
          outOfRange[j] = seen + 1;
          if (seen === 0) firstOutOfRange[j] = r;
          continue;
        }
        if (reverse[j]) x = flip - x;
        sum += x;
        answered++;
      }
      out[r] = answered >= need && answered > 0 ? sum / answered : Number.NaN;
    }
    for (let j = 0; j < k; j++) {
      if ((outOfRange[j] as number) > 0) {
        const row = firstOutOfRange[j] as number;
        issues.push({
          code: 'out-of-range',
          path: ['records', columns.source[row] as number, 'answers', definition.items[j] as string],
          message: `answer outside the scale ${min}-${max} of indicator "${definition.id}"${(outOfRange[j] as number) > 1 ? ` (and ${(outOfRange[j] as number) - 1} more record(s))` : ''}; treated as missing`,
        });
      }
    }
    const success = definition.success;
    if (success && 'op' in success) {
      const threshold = success.value;
      for (let r = 0; r < n; r++) {
        const x = out[r] as number;
        if (Number.isNaN(x)) continue;
        let ok: boolean;
        switch (success.op) {
          case 'gte':
            ok = x >= threshold;
            break;
          case 'gt':
            ok = x > threshold;
            break;
          case 'lte':
            ok = x <= threshold;
            break;
          case 'lt':
            ok = x < threshold;
            break;
          default:
            ok = x === threshold;
        }
        out[r] = ok ? 1 : 0;
      }
    }
  }
  return { values: out, population };
}

/** Cronbach's alpha of an indicator's items among one wave's complete respondents, if defined. */
function alphaForWave(
  entry: Compiled,
  columns: RecordColumns,
  population: Uint8Array | undefined,
  wave: number,
): number | undefined {
  const { definition } = entry;
  const k = entry.numeric.length;
  if (k < 2 || (definition.kind !== 'mean' && definition.kind !== 'scale')) return undefined;
  const item = entry.numeric.map((j) => columns.numeric[j] as Float64Array);
  const reverse = definition.items.map((name) => definition.reverse?.includes(name) ?? false);
  const min = definition.scale?.min ?? Number.NEGATIVE_INFINITY;
  const max = definition.scale?.max ?? Number.POSITIVE_INFINITY;
  const flip = (definition.scale?.min ?? 0) + (definition.scale?.max ?? 0);
  const data = new Float64Array((columns.recordsPerWave[wave] ?? 0) * k);
  let rows = 0;
  for (let r = 0; r < columns.length; r++) {
    if (columns.wave[r] !== wave || (population && population[r] === 0)) continue;
    const offset = rows * k;
    let complete = true;
    for (let j = 0; j < k; j++) {
      let x = (item[j] as Float64Array)[r] as number;
      if (Number.isNaN(x) || x < min || x > max) {
        complete = false;
        break;
      }
      if (reverse[j]) x = flip - x;
      data[offset + j] = x;
    }
    if (complete) rows++;
  }
  try {
    const { alpha } = cronbachAlpha({ data: data.subarray(0, rows * k), columns: k });
    return Number.isFinite(alpha) ? alpha : undefined;
  } catch {
    return undefined;
  }
}

/** Where each row's values go: the whole-wave cell and one cell per group variable (-1 = none). */
interface CellLayout {
  /** Cells per wave: 1 (everyone) + the levels of every group variable. */
  stride: number;
  /** Cells a row can feed: 1 + the number of group variables. */
  parts: number;
  levelOffsets: number[];
  /** `rowCells[r * parts + p]`: the cell of row r for part p, or -1. */
  rowCells: Int32Array;
}

function cellLayout(columns: RecordColumns): CellLayout {
  const levelOffsets: number[] = [];
  let stride = 1;
  for (const levels of columns.levels) {
    levelOffsets.push(stride);
    stride += levels.length;
  }
  const g = columns.groups.length;
  const parts = g + 1;
  const rowCells = new Int32Array(columns.length * parts);
  for (let r = 0; r < columns.length; r++) {
    const base = (columns.wave[r] as number) * stride;
    rowCells[r * parts] = base;
    for (let v = 0; v < g; v++) {
      const level = (columns.groups[v] as Int32Array)[r] as number;
      rowCells[r * parts + 1 + v] = level < 0 ? -1 : base + (levelOffsets[v] as number) + level;
    }
  }
  return { stride, parts, levelOffsets, rowCells };
}

/**
 * All cells of one indicator: one per wave for everyone, then one per wave and level of each
 * group variable. Two passes over the typed columns: sums, then squared deviations.
 */
function aggregate(
  entry: Compiled,
  values: Float64Array,
  population: Uint8Array | undefined,
  columns: RecordColumns,
  layout: CellLayout,
): { cells: IndicatorCell[]; distributions: (Map<number, number> | undefined)[] } {
  const waves = columns.waves.length;
  const { stride, parts, levelOffsets, rowCells } = layout;
  const size = waves * stride;
  const count = new Float64Array(size);
  const missing = new Float64Array(size);
  const sum = new Float64Array(size);
  const squares = new Float64Array(size);
  const distributions: (Map<number, number> | undefined)[] = Array.from({ length: waves }, () => new Map());
  // Small non-negative integers (single items, 0/1 successes) are counted in a typed array: fast.
  const smallCounts = new Float64Array(waves * (SMALL_INTEGERS + 1));
  const wave = columns.wave;
  const g = columns.groups.length;
  const n = columns.length;
  for (let r = 0; r < n; r++) {
    if (population && population[r] === 0) continue;
    const x = values[r] as number;
    const o = r * parts;
    if (Number.isNaN(x)) {
      for (let p = 0; p < parts; p++) {
        const c = rowCells[o + p] as number;
        if (c >= 0) missing[c] = (missing[c] as number) + 1;
      }
      continue;
    }
    for (let p = 0; p < parts; p++) {
      const c = rowCells[o + p] as number;
      if (c < 0) continue;
      count[c] = (count[c] as number) + 1;
      sum[c] = (sum[c] as number) + x;
    }
    const w = wave[r] as number;
    if (x >= 0 && x <= SMALL_INTEGERS && Number.isInteger(x)) {
      const slot = w * (SMALL_INTEGERS + 1) + x;
      smallCounts[slot] = (smallCounts[slot] as number) + 1;
    } else {
      const distribution = distributions[w];
      if (distribution) {
        // Keys in millionths: small integers (Smis) for |x| < 2000, so the map does not box numbers.
        const key = Math.round(x * 1e6);
        distribution.set(key, (distribution.get(key) ?? 0) + 1);
        if (distribution.size > MAX_DISTRIBUTION_VALUES) distributions[w] = undefined;
      }
    }
  }
  const stats = { n: count, missing, sum, squares };
  const kind = entry.definition.kind;
  const needsSpread = kind === 'mean' || kind === 'scale' || kind === 'composite';
  if (needsSpread) {
    const means = new Float64Array(size);
    for (let c = 0; c < size; c++)
      means[c] = (stats.n[c] as number) > 0 ? (stats.sum[c] as number) / (stats.n[c] as number) : 0;
    const deviations = new Float64Array(size);
    for (let r = 0; r < n; r++) {
      if (population && population[r] === 0) continue;
      const x = values[r] as number;
      if (Number.isNaN(x)) continue;
      const o = r * parts;
      for (let p = 0; p < parts; p++) {
        const c = rowCells[o + p] as number;
        if (c < 0) continue;
        const d = x - (means[c] as number);
        squares[c] = (squares[c] as number) + d * d;
        deviations[c] = (deviations[c] as number) + d;
      }
    }
    // Correct the rounding error of the mean (the "corrected two-pass" algorithm).
    for (let c = 0; c < size; c++) {
      const count = stats.n[c] as number;
      if (count > 0) {
        const squares = (stats.squares[c] as number) - (deviations[c] as number) ** 2 / count;
        stats.squares[c] = Math.max(squares, 0);
        stats.sum[c] = means[c] as number;
      }
    }
  }

  for (let w = 0; w < waves; w++) {
    const distribution = distributions[w];
    if (!distribution) continue;
    for (let x = 0; x <= SMALL_INTEGERS; x++) {
      const count = smallCounts[w * (SMALL_INTEGERS + 1) + x] as number;
      if (count > 0) distribution.set(x * 1e6, count);
    }
    if (distribution.size > MAX_DISTRIBUTION_VALUES) distributions[w] = undefined;
  }

  const cells: IndicatorCell[] = [];
  const { id, minCellSize } = entry.definition;
  for (let w = 0; w < waves; w++) {
    const waveId = columns.waves[w] as string;
    for (let part = 0; part < stride; part++) {
      let group: Record<string, string> = {};
      if (part > 0) {
        let v = g - 1;
        while (v > 0 && (levelOffsets[v] as number) > part) v--;
        group = {
          [columns.levelsName(v)]: (columns.levels[v] as string[])[
            part - (levelOffsets[v] as number)
          ] as string,
        };
      }
      const c = w * stride + part;
      const count = stats.n[c] as number;
      const cell: IndicatorCell = {
        indicatorId: id,
        waveId,
        group,
        n: count,
        missing: stats.missing[c] as number,
        suppressed: count < minCellSize,
      };
      if (cell.suppressed) cell.suppression = 'small-cell';
      else if (count > 0) {
        if (needsSpread) {
          const mean = stats.sum[c] as number;
          cell.value = mean;
          if (count >= 2) {
            const sd = Math.sqrt((stats.squares[c] as number) / (count - 1));
            cell.sd = sd;
            cell.ci = meanConfidenceInterval({ mean, sd, n: count });
          }
        } else if (kind === 'proportion') {
          const result = proportion(stats.sum[c] as number, count);
          cell.value = result.p;
          cell.ci = result.ci;
        } else cell.value = stats.sum[c] as number;
      }
      cells.push(cell);
    }
  }
  return { cells, distributions };
}

/** Hides the smallest visible sibling when exactly one level of a group variable is suppressed. */
function suppressComplements(cells: IndicatorCell[], groupBy: readonly string[]): void {
  const buckets = new Map<string, IndicatorCell[]>();
  const totals = new Map<string, IndicatorCell>();
  for (const cell of cells) {
    const keys = Object.keys(cell.group);
    if (keys.length === 0) totals.set(`${cell.indicatorId}\u0000${cell.waveId}`, cell);
    else {
      const bucket = `${cell.indicatorId}\u0000${cell.waveId}\u0000${keys[0]}`;
      const list = buckets.get(bucket) ?? [];
      list.push(cell);
      buckets.set(bucket, list);
    }
  }
  for (const list of buckets.values()) {
    const first = list[0];
    if (!first || groupBy.length === 0) continue;
    const total = totals.get(`${first.indicatorId}\u0000${first.waveId}`);
    if (!total || total.suppressed) continue;
    const hidden = list.filter((cell) => cell.suppressed && cell.n + cell.missing > 0);
    if (hidden.length !== 1) continue;
    const visible = list
      .filter((cell) => !cell.suppressed)
      .sort(
        (a, b) =>
          a.n - b.n || (Object.values(a.group)[0] ?? '').localeCompare(Object.values(b.group)[0] ?? ''),
      );
    const smallest = visible[0];
    if (!smallest) continue;
    smallest.suppressed = true;
    smallest.suppression = 'complementary';
    for (const field of ['value', 'ci', 'sd', 'alpha', 'distribution'] as const) delete smallest[field];
  }
}

/** Sorts group levels naturally (`2` before `10`), so results do not depend on record order. */
const naturalOrder = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });

class IndicatorEngine {
  private readonly columns: RecordColumns;
  private readonly compiled: Compiled[];
  private readonly issues: EngineIssue[];
  private index = 0;

  constructor(private readonly options: ComputeIndicatorsOptions) {
    if (!Array.isArray(options.definitions)) {
      throw new CoreError('invalid-input', 'computeIndicators: `definitions` must be an array');
    }
    const { checked, issues } = checkIndicatorDefinitions(options.definitions, {
      ...(options.scorers ? { scorers: options.scorers } : {}),
      ...(options.questions ? { questions: options.questions } : {}),
    });
    this.issues = issues;
    const { plan, compiled } = planColumns(checked, options);
    this.compiled = compiled;
    this.columns = new RecordColumns(plan, respondentGroups);
  }

  add(record: ResponseRecord): void {
    this.columns.add(record, this.index++);
  }

  /** Sizes the columns for `count` records up front (when the input's length is known). */
  reserve(count: number): void {
    this.columns.reserve(count);
  }

  finish(): IndicatorResults {
    const columns = this.columns;
    const issues = [...this.issues];
    columns.sortLevels(naturalOrder.compare);
    this.reportColumnIssues(issues);

    // Composites after their components.
    const order: Compiled[] = [];
    const done = new Set<string>();
    const byId = new Map(this.compiled.map((entry) => [entry.definition.id, entry]));
    const visit = (entry: Compiled) => {
      if (done.has(entry.definition.id)) return;
      done.add(entry.definition.id);
      for (const component of entry.definition.components ?? []) {
        const target = byId.get(component.indicatorId);
        if (target) visit(target);
      }
      order.push(entry);
    };
    this.compiled.forEach(visit);

    const layout = cellLayout(columns);
    const values = new Map<string, Float64Array>();
    const populations = new Map<string, Uint8Array | undefined>();
    const cellsById = new Map<string, IndicatorCell[]>();
    for (const entry of order) {
      const computed = computeValues(entry, columns, values, issues);
      values.set(entry.definition.id, computed.values);
      populations.set(entry.definition.id, computed.population);
      const { cells, distributions } = aggregate(
        entry,
        computed.values,
        computed.population,
        columns,
        layout,
      );
      const stride = cells.length / Math.max(1, columns.waves.length);
      columns.waves.forEach((_, w) => {
        const cell = cells[w * stride];
        if (!cell || cell.suppressed) return;
        const alpha = alphaForWave(entry, columns, computed.population, w);
        if (alpha !== undefined) cell.alpha = alpha;
        const distribution = distributions[w];
        if (distribution && distribution.size > 0) {
          const counts = new Map<number, number>();
          for (const [key, count] of distribution) counts.set(key / 1e6, count);
          const bins = publishableBins(counts, entry.definition.minCellSize);
          if (bins.length > 0) cell.distribution = bins;
        }
      });
      suppressComplements(cells, columns.levels.length > 0 ? (this.options.groupBy ?? []) : []);
      cellsById.set(entry.definition.id, cells);
    }

    const cells = this.compiled.flatMap((entry) => cellsById.get(entry.definition.id) ?? []);
    for (const cell of cells) this.checkFinite(cell, issues);
    const respondents: Record<string, number> = {};
    columns.waves.forEach((wave, w) => {
      respondents[wave] = columns.recordsPerWave[w] ?? 0;
    });
    const indicators: IndicatorSummary[] = this.compiled.map(({ definition }) => {
      const summary: IndicatorSummary = {
        id: definition.id,
        kind: definition.kind,
        direction: definition.direction,
        minCellSize: definition.minCellSize,
      };
      if (definition.unit !== undefined) summary.unit = definition.unit;
      if (definition.baseline !== undefined) summary.baseline = definition.baseline;
      if (definition.target !== undefined) summary.target = definition.target;
      return summary;
    });
    const results: IndicatorResults = {
      waves: [...columns.waves],
      groupBy: [...(this.options.groupBy ?? [])],
      cells,
      respondents,
      issues,
      indicators,
    };
    const samples: IndicatorSamples = {
      length: columns.length,
      wave: columns.wave.subarray(0, columns.length),
      respondent: columns.respondent.subarray(0, columns.length),
      groups: columns.groups.map((codes) => codes.subarray(0, columns.length)),
      groupBy: [...(this.options.groupBy ?? [])],
      levels: columns.levels.map((levels) => [...levels]),
      values,
      population: populations,
      definitions: new Map(this.compiled.map((entry) => [entry.definition.id, entry.definition])),
    };
    attachSamples(results, samples);
    return results;
  }

  /** Never let a non-finite number out: drop it and say so. */
  private checkFinite(cell: IndicatorCell, issues: EngineIssue[]): void {
    const bad =
      (cell.value !== undefined && !Number.isFinite(cell.value)) ||
      (cell.sd !== undefined && !Number.isFinite(cell.sd)) ||
      (cell.ci !== undefined && !cell.ci.every(Number.isFinite));
    if (!bad) return;
    delete cell.value;
    delete cell.sd;
    delete cell.ci;
    issues.push({
      code: 'non-finite',
      path: ['cells'],
      message: `indicator "${cell.indicatorId}" in wave "${cell.waveId}" gave a non-finite value, left out`,
    });
  }

  private reportColumnIssues(issues: EngineIssue[]): void {
    const columns = this.columns;
    issues.push(...columns.issues.list());
    for (const [wave, count] of columns.skippedWaves) {
      issues.push({
        code: 'unlisted-wave',
        path: ['records'],
        message: `${count} record(s) of wave "${wave}" skipped: not in \`waves\``,
        severity: 'warning',
      });
    }
    if (columns.duplicateRespondents > 0) {
      issues.push({
        code: 'duplicate-respondent',
        path: ['records'],
        message: `${columns.duplicateRespondents} record(s) repeat a respondent id already seen in the same wave; paired comparisons use the first`,
        severity: 'warning',
      });
    }
    for (const entry of this.compiled) {
      const { definition, checked } = entry;
      definition.items.forEach((item, j) => {
        const numeric = entry.numeric[j];
        const match = entry.matches[j];
        const answered =
          numeric !== undefined
            ? (columns.answeredNumeric[numeric] ?? 0)
            : match !== undefined
              ? (columns.answeredMatch[match] ?? 0)
              : 1;
        if (answered === 0 && columns.length > 0) {
          issues.push({
            code: 'unanswered-question',
            path: ['definitions', checked.index, 'items', j],
            message: `no record answers question "${item}"`,
            severity: 'warning',
          });
        }
        const invalid = numeric !== undefined ? columns.invalidNumeric[numeric] : undefined;
        if (invalid && invalid.count > 0) {
          issues.push({
            code: 'invalid-answer',
            path: ['records', invalid.first, 'answers', item],
            message: `expected a number for "${item}", got ${invalid.example}${invalid.count > 1 ? ` (and ${invalid.count - 1} more record(s))` : ''}; treated as missing`,
          });
          invalid.count = 0;
        }
      });
      const failure = entry.score >= 0 ? columns.scoreFailures[entry.score] : undefined;
      if (failure && failure.count > 0) {
        issues.push({
          code: 'scoring-failed',
          path: ['records', failure.first],
          message: `scoring "${definition.id}" failed: ${failure.message}${failure.count > 1 ? ` (and ${failure.count - 1} more record(s))` : ''}; treated as missing`,
        });
      }
    }
  }
}

function isAsyncIterable(value: unknown): value is AsyncIterable<ResponseRecord> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

function isIterable(value: unknown): value is Iterable<ResponseRecord> {
  return typeof value === 'object' && value !== null && Symbol.iterator in value;
}

/**
 * Computes indicators from tidy response records: per indicator × wave × group, the value (mean,
 * share, count or score), n, missing, a 95% CI (t for means and scores, Wilson for proportions),
 * the sd, Cronbach's alpha of multi-item scales per wave, and the distribution of per-respondent
 * values for whole-wave cells. Cells with n below the indicator's `minCellSize` are suppressed and
 * carry no numbers beyond n and missing; so is the smallest other level of a group variable when
 * exactly one level is suppressed (complementary suppression).
 *
 * Records stream through once and are kept column by column in typed arrays, so a store can feed
 * a million responses without holding them as objects. Problems with definitions or records never
 * throw: they come back in `issues`, each with a path (`definitions[3].items[1]`), and the
 * indicators concerned are skipped or the answers treated as missing.
 *
 * The per-respondent values stay attached to the result as a non-enumerable, symbol-keyed
 * property for {@link compareWaves}; JSON, `structuredClone` and spreads never include them.
 *
 * @throws {CoreError} `invalid-input` when `definitions` is not an array or `records` not iterable.
 * @example
 * const results = await computeIndicators({
 *   definitions: sampleIndicatorSet.indicators,
 *   records: store.streamRecords(projectId),
 *   groupBy: ['age_band'],
 *   waves: ['baseline', 'end'],
 * });
 */
export async function computeIndicators(options: ComputeIndicatorsOptions): Promise<IndicatorResults> {
  const engine = new IndicatorEngine(options);
  const records = options.records;
  if (isAsyncIterable(records)) {
    for await (const record of records) engine.add(record);
  } else if (isIterable(records)) {
    if (Array.isArray(records)) engine.reserve(records.length);
    for (const record of records) engine.add(record);
  } else {
    throw new CoreError(
      'invalid-input',
      'computeIndicators: `records` must be an array, an iterable or an async iterable',
    );
  }
  return engine.finish();
}

/**
 * {@link computeIndicators} for records already in memory (an array or a sync iterable), without
 * a promise.
 *
 * @throws {CoreError} `invalid-input` when `definitions` is not an array or `records` not iterable.
 */
export function computeIndicatorsSync(
  options: ComputeIndicatorsOptions & { records: Iterable<ResponseRecord> },
): IndicatorResults {
  const engine = new IndicatorEngine(options);
  if (!isIterable(options.records)) {
    throw new CoreError('invalid-input', 'computeIndicatorsSync: `records` must be an array or an iterable');
  }
  if (Array.isArray(options.records)) engine.reserve(options.records.length);
  for (const record of options.records) engine.add(record);
  return engine.finish();
}
