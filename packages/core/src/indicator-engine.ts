import { meanConfidenceInterval, proportion } from '@neighbourly/stats';
import { CoreError } from './core-error.js';
import {
  type IndicatorDefinition,
  type IndicatorDefinitionInput,
  RespondentGroupSchema,
  type ScoreFunction,
} from './indicator-definition.js';
import type { EngineIssue, IndicatorCell, IndicatorResults, IndicatorSummary } from './indicator-results.js';
import { type CellLayout, cellLayout, cellSums } from './internal/cell-sums.js';
import { type CheckedDefinition, checkIndicatorDefinitions } from './internal/check-definitions.js';
import { addColumnBatch, isColumnBatch } from './internal/column-batch.js';
import { publishableBins } from './internal/distribution-bins.js';
import { type ColumnPlan, type MatchRule, RecordColumns } from './internal/record-columns.js';
import { attachSamples, type IndicatorSamples } from './internal/samples.js';
import { alphaPerWave } from './internal/scale-alpha.js';
import type { ResponseColumns, ResponseRecord } from './response-record.js';

/** What the engine reads: single records, or batches of them column by column. */
type EngineInput = ResponseRecord | ResponseColumns;

/** Options of {@link computeIndicators}. */
export interface ComputeIndicatorsOptions {
  /** Indicator definitions (parsed or as JSON); invalid ones are reported in `issues` and skipped. */
  definitions: readonly (IndicatorDefinition | IndicatorDefinitionInput | unknown)[];
  /**
   * Tidy response records: an array, an iterable or an async iterable (a store's stream). Batches of
   * records column by column ({@link ResponseColumns}) may stand in for records anywhere in it: the
   * fastest input, as typed-array answers are copied without looking at each value's type.
   */
  records: Iterable<EngineInput> | AsyncIterable<EngineInput>;
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
  /**
   * How many records a stream will bring, if known (a store's count): room for them is reserved up
   * front instead of growing the columns as records arrive. A hint only: more or fewer is fine.
   */
  expectedRecords?: number;
}

const respondentGroups = RespondentGroupSchema.options;
/** The most rows `expectedRecords` reserves up front (beyond it, columns grow as records arrive). */
const MAX_RESERVED = 1 << 24;

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

/** 1 for the rows in an indicator's population (its respondent groups), or undefined for "all". */
function populationOf(definition: IndicatorDefinition, columns: RecordColumns): Uint8Array | undefined {
  if (!definition.respondentGroups || definition.respondentGroups.length === 0) return undefined;
  const allowed = new Uint8Array(respondentGroups.length);
  for (const group of definition.respondentGroups) allowed[respondentGroups.indexOf(group)] = 1;
  const population = new Uint8Array(columns.length);
  for (let r = 0; r < columns.length; r++) {
    const group = columns.respondentGroup[r] as number;
    population[r] = group < 0 || allowed[group] === 1 ? 1 : 0;
  }
  return population;
}

/**
 * The item column itself, when a one-item mean without reverse coding or success rule has every
 * answer on its scale: the per-respondent values are the answers, so nothing is copied.
 */
function directValues(entry: Compiled, columns: RecordColumns): Float64Array | undefined {
  const { definition } = entry;
  if (definition.kind !== 'mean' || entry.numeric.length !== 1 || definition.success) return undefined;
  if (definition.reverse?.length || (definition.minItems ?? 1) > 1) return undefined;
  const column = (columns.numeric[entry.numeric[0] as number] as Float64Array).subarray(0, columns.length);
  const min = definition.scale?.min ?? Number.NEGATIVE_INFINITY;
  const max = definition.scale?.max ?? Number.POSITIVE_INFINITY;
  for (let r = 0; r < column.length; r++) {
    const x = column[r] as number;
    if (x < min || x > max) return undefined;
  }
  return column;
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
  const k = definition.items.length;
  const direct = directValues(entry, columns);
  if (direct) return { values: direct, population: populationOf(definition, columns) };
  const out = new Float64Array(n);
  const need = definition.minItems ?? k;

  const population = populationOf(definition, columns);

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
  } else if (entry.matches.length === 1 && need === 1) {
    // One item: its state is the value (0 no answer, 1 answered, 2 accepted).
    const matched = columns.matched[entry.matches[0] as number] as Uint8Array;
    const stateValue = Float64Array.of(Number.NaN, 0, 1);
    for (let r = 0; r < n; r++) out[r] = stateValue[matched[r] as number] as number;
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
    if (k === 1 && need <= 1) {
      // One item: its answer is the value (no loop over items, no division).
      const column = item[0] as Float64Array;
      const flipped = reverse[0] === true;
      for (let r = 0; r < n; r++) {
        const x = column[r] as number;
        if (x < min || x > max) {
          if ((outOfRange[0] as number) === 0) firstOutOfRange[0] = r;
          outOfRange[0] = (outOfRange[0] as number) + 1;
          out[r] = Number.NaN;
        } else out[r] = flipped ? flip - x : x;
      }
    } else {
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

/** Cronbach's alpha of a multi-item mean or scale per wave (undefined where not defined). */
function alphaOf(
  entry: Compiled,
  columns: RecordColumns,
  population: Uint8Array | undefined,
): (number | undefined)[] {
  const { definition } = entry;
  if (entry.numeric.length < 2 || (definition.kind !== 'mean' && definition.kind !== 'scale'))
    return new Array(columns.waves.length);
  return alphaPerWave({
    items: entry.numeric.map((j) => columns.numeric[j] as Float64Array),
    reverse: definition.items.map((name) => definition.reverse?.includes(name) ?? false),
    flip: (definition.scale?.min ?? 0) + (definition.scale?.max ?? 0),
    min: definition.scale?.min ?? Number.NEGATIVE_INFINITY,
    max: definition.scale?.max ?? Number.POSITIVE_INFINITY,
    wave: columns.wave,
    waves: columns.waves.length,
    population,
    length: columns.length,
  });
}

/**
 * All cells of one indicator: one per wave for everyone, then one per wave and level of each
 * group variable, from one pass over the typed columns (see {@link cellSums}).
 */
function aggregate(
  entry: Compiled,
  values: Float64Array,
  population: Uint8Array | undefined,
  columns: RecordColumns,
  layout: CellLayout,
): { cells: IndicatorCell[]; distributions: (Map<number, number> | undefined)[] } {
  const waves = columns.waves.length;
  const { stride, levelOffsets } = layout;
  const g = columns.groups.length;
  const kind = entry.definition.kind;
  const needsSpread = kind === 'mean' || kind === 'scale' || kind === 'composite';
  const stats = cellSums(values, population, columns, layout, needsSpread);
  const distributions = stats.distributions;

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
          const mean = (stats.sum[c] as number) / count;
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

  add(input: EngineInput): void {
    if (isColumnBatch(input)) this.index += addColumnBatch(this.columns, input, this.index);
    else this.columns.add(input, this.index++);
  }

  /**
   * Reserves room for an expected number of records: a hint, so anything but a positive whole
   * number is ignored, at most {@link MAX_RESERVED} rows are reserved, and a reservation the
   * machine cannot make is skipped (the columns then grow as records arrive).
   */
  expect(count: number | undefined): void {
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count <= 0) return;
    try {
      this.columns.reserve(Math.min(count, MAX_RESERVED));
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }

  /** Sizes the columns up front for an input whose length is known (an array). */
  reserveFor(inputs: readonly EngineInput[]): void {
    let count = 0;
    for (const input of inputs) {
      const rows = isColumnBatch(input) ? input.length : 1;
      count += Number.isSafeInteger(rows) && rows > 0 ? rows : 0;
    }
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
      const alphas = alphaOf(entry, columns, computed.population);
      columns.waves.forEach((_, w) => {
        const cell = cells[w * stride];
        if (!cell || cell.suppressed) return;
        const alpha = alphas[w];
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
            ? columns.answeredNumeric(numeric)
            : match !== undefined
              ? columns.answeredMatch(match)
              : true;
        if (!answered && columns.length > 0) {
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

function isAsyncIterable(value: unknown): value is AsyncIterable<EngineInput> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

function isIterable(value: unknown): value is Iterable<EngineInput> {
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
  engine.expect(options.expectedRecords);
  if (isAsyncIterable(records)) {
    for await (const record of records) engine.add(record);
  } else if (isIterable(records)) {
    if (Array.isArray(records)) engine.reserveFor(records);
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
  options: ComputeIndicatorsOptions & { records: Iterable<EngineInput> },
): IndicatorResults {
  const engine = new IndicatorEngine(options);
  engine.expect(options.expectedRecords);
  if (!isIterable(options.records)) {
    throw new CoreError('invalid-input', 'computeIndicatorsSync: `records` must be an array or an iterable');
  }
  if (Array.isArray(options.records)) engine.reserveFor(options.records);
  for (const record of options.records) engine.add(record);
  return engine.finish();
}
