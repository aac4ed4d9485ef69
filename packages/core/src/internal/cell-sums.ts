import type { RecordColumns } from './record-columns.js';

/**
 * Level combinations accumulated together per wave are capped at this count; group variables
 * beyond it go to another partition (one more pass over the rows).
 */
const MAX_COMBINATIONS = 4096;
/**
 * Values on a grid of twelfths from 0 to GRID_MAX (whole numbers, and the halves, thirds and
 * quarters that means of a few items give) are counted for distributions in a typed array instead
 * of a map: fast.
 */
const GRID = 12;
const GRID_MAX = 100;
const GRID_SLOTS = GRID * GRID_MAX + 1;
/** Distinct values beyond which a wave's distribution is dropped (it would be a histogram of noise). */
const MAX_DISTRIBUTION_VALUES = 60;

/** Group variables whose level combinations are accumulated in one pass over the rows. */
interface Partition {
  /** Indices of the group variables (into `columns.groups`). */
  variables: number[];
  /** Per variable: what its (level + 1) is multiplied by in a combination's code. */
  multipliers: number[];
  /** Combinations per wave: the product of (levels + 1), level 0 standing for "no level". */
  combinations: number;
  /** Per row: `wave * combinations + Σ (level + 1) * multiplier`. */
  code: Int32Array;
}

/**
 * Where the cells of an indicator are: per wave, cell 0 is everyone and cell
 * `levelOffsets[v] + level` is one level of group variable `v`.
 */
export interface CellLayout {
  /** Cells per wave: 1 (everyone) + the levels of every group variable. */
  stride: number;
  levelOffsets: number[];
  partitions: Partition[];
}

/** Per-cell sums of one indicator, `waves * stride` cells. */
export interface CellSums {
  n: Float64Array;
  missing: Float64Array;
  sum: Float64Array;
  /** Sum of squared deviations from the cell mean (only when spread was asked for). */
  squares: Float64Array;
  /** Per wave: value (rounded to millionths, ×1e6) → count, or undefined when too many values. */
  distributions: (Map<number, number> | undefined)[];
}

/**
 * Plans the passes over the rows: group variables are packed into partitions whose level
 * combinations (per wave) stay under {@link MAX_COMBINATIONS}, and every row gets one code per
 * partition. Usually all group variables fit in one partition, so each indicator is one pass.
 */
export function cellLayout(columns: RecordColumns): CellLayout {
  const levelOffsets: number[] = [];
  let stride = 1;
  for (const levels of columns.levels) {
    levelOffsets.push(stride);
    stride += levels.length;
  }
  const partitions: Partition[] = [];
  let current: Omit<Partition, 'code'> | undefined;
  columns.levels.forEach((levels, v) => {
    const size = levels.length + 1;
    if (!current || current.combinations * size > MAX_COMBINATIONS) {
      current = { variables: [], multipliers: [], combinations: 1 };
      partitions.push(current as Partition);
    }
    current.variables.push(v);
    current.multipliers.push(current.combinations);
    current.combinations *= size;
  });
  if (partitions.length === 0) partitions.push({ variables: [], multipliers: [], combinations: 1 } as never);
  const n = columns.length;
  for (const partition of partitions) {
    const code = new Int32Array(n);
    const { combinations, variables, multipliers } = partition;
    for (let r = 0; r < n; r++) code[r] = (columns.wave[r] as number) * combinations;
    variables.forEach((v, i) => {
      const levels = columns.groups[v] as Int32Array;
      const multiplier = multipliers[i] as number;
      for (let r = 0; r < n; r++) code[r] = (code[r] as number) + ((levels[r] as number) + 1) * multiplier;
    });
    partition.code = code;
  }
  return { stride, levelOffsets, partitions };
}

/**
 * The largest value when every value of the population is a whole number from 0 to GRID_MAX
 * (single items, 0/1 successes), else -1: such indicators are counted in a histogram per level
 * combination, one increment per row.
 */
function wholeNumberRange(values: Float64Array, population: Uint8Array | undefined): number {
  let max = 0;
  for (let r = 0; r < values.length; r++) {
    const x = values[r] as number;
    if (Number.isNaN(x) || (population && population[r] === 0)) continue;
    const whole = x | 0;
    if (whole !== x || whole < 0 || whole > GRID_MAX) return -1;
    if (whole > max) max = whole;
  }
  return max;
}

/** Per level combination: count, missing, sum, shift, sum and squares of deviations from the shift. */
interface ComboSums {
  count: Float64Array;
  missing: Float64Array;
  sum: Float64Array;
  shift: Float64Array;
  deviation: Float64Array;
  square: Float64Array;
}

/**
 * Combination sums from a histogram of whole numbers 0..max (one increment per row): the sums
 * and squares follow exactly from the counts; each wave's distribution too (first partition).
 */
function histogramSums(
  values: Float64Array,
  population: Uint8Array | undefined,
  code: Int32Array,
  combos: number,
  max: number,
  distribution: { small: Float64Array; combinationsPerWave: number } | undefined,
): ComboSums {
  const width = max + 1;
  const histogram = new Float64Array(combos * width);
  const missing = new Float64Array(combos);
  for (let r = 0; r < values.length; r++) {
    if (population && population[r] === 0) continue;
    const x = values[r] as number;
    const c = code[r] as number;
    if (Number.isNaN(x)) missing[c] = (missing[c] as number) + 1;
    else {
      const at = c * width + x;
      histogram[at] = (histogram[at] as number) + 1;
    }
  }
  const sums: ComboSums = {
    count: new Float64Array(combos),
    missing,
    sum: new Float64Array(combos),
    shift: new Float64Array(combos),
    deviation: new Float64Array(combos),
    square: new Float64Array(combos),
  };
  for (let c = 0; c < combos; c++) {
    let count = 0;
    let sum = 0;
    for (let x = 0; x < width; x++) {
      const h = histogram[c * width + x] as number;
      count += h;
      sum += h * x;
    }
    if (count === 0) continue;
    // Deviations from the (exact) mean, so `deviation` is 0 and `square` is the cell's M2.
    const mean = sum / count;
    let square = 0;
    for (let x = 0; x < width; x++) square += (histogram[c * width + x] as number) * (x - mean) ** 2;
    sums.count[c] = count;
    sums.sum[c] = sum;
    sums.shift[c] = mean;
    sums.square[c] = square;
    if (distribution) {
      const w = Math.floor(c / distribution.combinationsPerWave);
      for (let x = 0; x < width; x++) {
        const at = w * GRID_SLOTS + x * GRID;
        distribution.small[at] = (distribution.small[at] as number) + (histogram[c * width + x] as number);
      }
    }
  }
  return sums;
}

/**
 * One pass per partition over the rows of one indicator: counts, missing, sums and (when
 * `spread`) sums of squares per wave × level combination, then folded into the cells. Squares
 * are summed around the combination's first value (the "shifted data" algorithm, exact to
 * rounding when the shift is a value of the data) and merged across combinations with the
 * parallel formula of Chan, Golub and LeVeque: `M2 = M2a + M2b + δ²·na·nb / n`.
 */
export function cellSums(
  values: Float64Array,
  population: Uint8Array | undefined,
  columns: RecordColumns,
  layout: CellLayout,
  spread: boolean,
): CellSums {
  const waves = columns.waves.length;
  const { stride, levelOffsets, partitions } = layout;
  const size = waves * stride;
  const result: CellSums = {
    n: new Float64Array(size),
    missing: new Float64Array(size),
    sum: new Float64Array(size),
    squares: new Float64Array(size),
    distributions: Array.from({ length: waves }, () => new Map()),
  };
  // Per cell, the mean merged so far (for the squared deviations, see `add`).
  const means = new Float64Array(size);
  const wholeMax = wholeNumberRange(values, population);
  partitions.forEach((partition, index) => {
    const combos = waves * partition.combinations;
    const code = partition.code;
    // Distributions are counted in the first pass: per wave, values on the grid in a typed array.
    const small = index === 0 ? new Float64Array(waves * GRID_SLOTS) : undefined;
    const sums =
      wholeMax >= 0
        ? histogramSums(
            values,
            population,
            code,
            combos,
            wholeMax,
            small ? { small, combinationsPerWave: partition.combinations } : undefined,
          )
        : rowSums(values, population, code, combos, spread, small, columns.wave, result.distributions);
    const { count, missing, sum, shift, deviation, square } = sums;
    if (small) mergeSmallCounts(result.distributions, small);
    // Fold the level combinations into the cells they belong to: counts and sums add up; squared
    // deviations merge with the parallel formula of Chan, Golub and LeVeque.
    const add = (cell: number, combo: number) => {
      const m = count[combo] as number;
      result.missing[cell] = (result.missing[cell] as number) + (missing[combo] as number);
      if (m === 0) return;
      const before = result.n[cell] as number;
      result.n[cell] = before + m;
      result.sum[cell] = (result.sum[cell] as number) + (sum[combo] as number);
      if (!spread) return;
      const d = deviation[combo] as number;
      const mean = (shift[combo] as number) + d / m;
      const squares = Math.max((square[combo] as number) - (d * d) / m, 0);
      const delta = mean - (means[cell] as number);
      const total = before + m;
      means[cell] = (means[cell] as number) + (delta * m) / total;
      result.squares[cell] =
        (result.squares[cell] as number) + squares + (delta * delta * before * m) / total;
    };
    for (let combo = 0; combo < combos; combo++) {
      if ((count[combo] as number) === 0 && (missing[combo] as number) === 0) continue;
      const w = Math.floor(combo / partition.combinations);
      const within = combo - w * partition.combinations;
      if (index === 0) add(w * stride, combo);
      partition.variables.forEach((v, i) => {
        const size = (columns.levels[v] as string[]).length + 1;
        const level = (Math.floor(within / (partition.multipliers[i] as number)) % size) - 1;
        if (level >= 0) add(w * stride + (levelOffsets[v] as number) + level, combo);
      });
    }
  });
  return result;
}

/** Combination sums from one pass over the rows (any values), counting distributions into `small`. */
function rowSums(
  values: Float64Array,
  population: Uint8Array | undefined,
  code: Int32Array,
  combos: number,
  spread: boolean,
  small: Float64Array | undefined,
  wave: Int32Array,
  distributions: (Map<number, number> | undefined)[],
): ComboSums {
  const count = new Float64Array(combos);
  const missing = new Float64Array(combos);
  const sum = new Float64Array(combos);
  // Squares are summed around each combination's first value: a value of the data, so the
  // one-pass sum of squares loses nothing to cancellation.
  const shift = new Float64Array(combos);
  const deviation = new Float64Array(combos);
  const square = new Float64Array(combos);
  for (let r = 0; r < values.length; r++) {
    if (population && population[r] === 0) continue;
    const x = values[r] as number;
    const c = code[r] as number;
    if (Number.isNaN(x)) {
      missing[c] = (missing[c] as number) + 1;
      continue;
    }
    const seen = count[c] as number;
    count[c] = seen + 1;
    sum[c] = (sum[c] as number) + x;
    if (spread) {
      if (seen === 0) shift[c] = x;
      const d = x - (shift[c] as number);
      deviation[c] = (deviation[c] as number) + d;
      square[c] = (square[c] as number) + d * d;
    }
    if (small) {
      // Whole numbers first (the common case), then other twelfths, then the map.
      const whole = x | 0;
      let slot = whole === x && whole >= 0 && whole <= GRID_MAX ? whole * GRID : -1;
      if (slot < 0) {
        const scaled = x * GRID;
        slot = Math.round(scaled);
        if (slot >= GRID_SLOTS || Math.abs(scaled - slot) >= 1e-7) slot = -1;
      }
      if (slot >= 0) {
        const at = (wave[r] as number) * GRID_SLOTS + slot;
        small[at] = (small[at] as number) + 1;
      } else countOther(distributions, wave[r] as number, x);
    }
  }
  return { count, missing, sum, shift, deviation, square };
}

/** Counts a value that is not a small integer in its wave's distribution (dropped beyond a few dozen values). */
function countOther(distributions: (Map<number, number> | undefined)[], w: number, x: number): void {
  const distribution = distributions[w];
  if (!distribution) return;
  // Keys in millionths: small integers (Smis) for |x| < 2000, so the map does not box numbers.
  const key = Math.round(x * 1e6);
  distribution.set(key, (distribution.get(key) ?? 0) + 1);
  if (distribution.size > MAX_DISTRIBUTION_VALUES) distributions[w] = undefined;
}

/** Adds the grid counts (`small[w * GRID_SLOTS + slot]`) to the waves' distributions. */
function mergeSmallCounts(distributions: (Map<number, number> | undefined)[], small: Float64Array): void {
  distributions.forEach((distribution, w) => {
    if (!distribution) return;
    for (let slot = 0; slot < GRID_SLOTS; slot++) {
      const count = small[w * GRID_SLOTS + slot] as number;
      // The same key as countOther gives the value slot / GRID: millionths, rounded.
      if (count > 0) distribution.set(Math.round((slot * 1e6) / GRID), count);
    }
    if (distribution.size > MAX_DISTRIBUTION_VALUES) distributions[w] = undefined;
  });
}
