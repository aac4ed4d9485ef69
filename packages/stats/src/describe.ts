import { quantiles } from './internal/quantiles.js';
import { isMissing, requireCount, type Sample } from './internal/sample.js';
import { meanConfidenceInterval } from './mean-confidence-interval.js';
import { StatsError } from './stats-error.js';

/** Descriptive statistics of one sample; see {@link describe}. */
export interface Description {
  /** Non-missing values. */
  n: number;
  /** Missing values (`null`, `undefined`, `NaN`) that were dropped. */
  missing: number;
  mean: number;
  /** Sample standard deviation (n - 1 denominator). */
  sd: number;
  /** Sample variance (n - 1 denominator). */
  variance: number;
  /** Standard error of the mean, sd / √n. */
  se: number;
  min: number;
  max: number;
  median: number;
  /** First quartile (R type 7 / numpy `linear`). */
  q1: number;
  /** Third quartile (R type 7 / numpy `linear`). */
  q3: number;
  /** 95% t-based confidence interval of the mean. */
  ci95: [number, number];
}

/** Values summed plainly before the running total is updated with compensation. */
const BLOCK = 1024;

/**
 * Descriptive statistics of a sample, dropping missing values (`null`, `undefined`, `NaN`).
 * Sample sd and variance use n - 1 (numpy `ddof=1`); quartiles and median interpolate linearly between
 * order statistics (R type 7, numpy's default); `ci95` is the t interval of the mean.
 *
 * Accepts plain arrays and typed arrays. Linear time, no sort: one pass sums, one computes the variance, min
 * and max, and the quartiles are found by selection — for large inputs through a sorted sample and one more
 * pass that keeps only the values near each quartile, so the input is never copied.
 *
 * @throws {StatsError} `too-few-observations` with fewer than 2 non-missing values (no sd, no CI);
 * `invalid-argument` when a value is infinite.
 * @example
 * describe([3, 4, null, 5, 4]);
 * // { n: 4, missing: 1, mean: 4, sd: 0.816, median: 4, q1: 3.75, q3: 4.25, ci95: [2.701, 5.299], ... } (rounded)
 */
export function describe(values: Sample): Description {
  const { n, mean } = countAndMean(values);
  requireCount(n, 2, 'describe');
  const { ss, min, max } = spread(values, mean, n);
  if (min === Number.NEGATIVE_INFINITY || max === Number.POSITIVE_INFINITY) {
    throw new StatsError('invalid-argument', 'the sample contains an infinite value');
  }
  const variance = ss > 0 ? ss / (n - 1) : 0;
  const sd = Math.sqrt(variance);
  const [q1, median, q3] = quantiles(values, n, [0.25, 0.5, 0.75]) as [number, number, number];
  return {
    n,
    missing: values.length - n,
    mean,
    sd,
    variance,
    se: sd / Math.sqrt(n),
    min,
    max,
    median,
    q1,
    q3,
    ci95: meanConfidenceInterval({ mean, sd, n }),
  };
}

// Each pass lives in its own small function, so V8 optimises it once and keeps it (a long function with
// several hot loops is re-entered through on-stack replacement and deoptimised on every call).

/** Pass 1: count and mean of the non-missing values, summed in compensated blocks. */
function countAndMean(values: Sample): { n: number; mean: number } {
  const length = values.length;
  // a plain sum inside a block, Neumaier-compensated across blocks: pairwise-like accuracy, plain-loop speed
  let n = 0;
  let sum = 0;
  let compensation = 0;
  let block = 0;
  let inBlock = 0;
  for (let i = 0; i < length; i++) {
    const x = values[i];
    if (isMissing(x)) continue;
    n++;
    block += x;
    if (++inBlock === BLOCK) {
      const t = sum + block;
      compensation += Math.abs(sum) >= Math.abs(block) ? sum - t + block : block - t + sum;
      sum = t;
      block = 0;
      inBlock = 0;
    }
  }
  const total = sum + block;
  compensation += Math.abs(sum) >= Math.abs(block) ? sum - total + block : block - total + sum;
  return { n, mean: (total + compensation) / n };
}

/** Pass 2: corrected two-pass sum of squared deviations (Chan, Golub & LeVeque), min and max. */
function spread(values: Sample, mean: number, n: number): { ss: number; min: number; max: number } {
  const length = values.length;
  let ss = 0;
  let deviations = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < length; i++) {
    const x = values[i];
    if (isMissing(x)) continue;
    const d = x - mean;
    ss += d * d;
    deviations += d;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return { ss: ss - (deviations * deviations) / n, min, max };
}
