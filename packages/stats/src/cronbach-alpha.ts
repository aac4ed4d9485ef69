import { viewMatrix } from './internal/matrix.js';
import { isMissing } from './internal/sample.js';
import type { MatrixInput } from './matrix.js';
import { StatsError } from './stats-error.js';

/** The result of {@link cronbachAlpha}. */
export interface CronbachAlphaResult {
  /** Cronbach's alpha, k/(k − 1) · (1 − Σ item variances / variance of the total). */
  alpha: number;
  /** Respondents used (complete rows after listwise deletion). */
  n: number;
  /** Number of items. */
  k: number;
  /** Alpha of the scale without item i, for each item; empty when k = 2 (one item has no alpha). */
  alphaIfItemDeleted: number[];
}

/**
 * Cronbach's alpha of a multi-item scale, with alpha-if-item-deleted; rows are respondents, columns are
 * items. Rows with any missing value are dropped (listwise deletion), as SPSS RELIABILITY and
 * pingouin's `cronbach_alpha(nan_policy='listwise')` do.
 *
 * One pass over the data: it keeps running means, sums of squares of each item and of the total score,
 * and the co-moment of each item with the total (Welford-style updates, numerically stable), from which
 * alpha-if-item-deleted follows without a second pass: var(T − Xᵢ) = var(T) + var(Xᵢ) − 2cov(T, Xᵢ). For
 * large inputs pass a {@link RowMajorMatrix} over a `Float64Array` (NaN = missing).
 *
 * Reverse-keyed items must be recoded before the call (alpha does not know an item's direction).
 *
 * @throws {StatsError} `non-rectangular` when rows differ in length; `invalid-argument` for fewer than 2 items
 * or infinite values; `too-few-observations` with fewer than 2 complete rows; `zero-variance` when the total
 * score (or the total without one item, for alpha-if-item-deleted) does not vary.
 * @example
 * cronbachAlpha([
 *   [4, 5, 4],
 *   [2, 2, 3],
 *   [3, 4, 3],
 *   [5, 5, 4],
 * ]); // { alpha: 0.9, n: 4, k: 3, alphaIfItemDeleted: [0.727, 0.8, 0.952] } (rounded)
 */
export function cronbachAlpha(rows: MatrixInput): CronbachAlphaResult {
  const matrix = viewMatrix(rows, "Cronbach's alpha");
  const k = matrix.columns;
  if (k < 2) throw new StatsError('invalid-argument', `Cronbach's alpha needs at least 2 items, got ${k}`);
  const means = new Float64Array(k);
  const m2 = new Float64Array(k);
  const coTotal = new Float64Array(k);
  const deltas = new Float64Array(k);
  let meanTotal = 0;
  let m2Total = 0;
  let n = 0;
  matrix.forEachRow((_, values, offset) => {
    let total = 0;
    for (let j = 0; j < k; j++) {
      const x = values[offset + j];
      if (isMissing(x)) return;
      total += x;
    }
    if (!Number.isFinite(total)) throw new StatsError('invalid-argument', "Cronbach's alpha: infinite value");
    n++;
    const w = 1 / n;
    const dTotal = total - meanTotal;
    meanTotal += dTotal * w;
    const dTotalNew = total - meanTotal;
    m2Total += dTotal * dTotalNew;
    for (let j = 0; j < k; j++) {
      const x = values[offset + j] as number;
      const d = x - means[j]!;
      deltas[j] = d;
      means[j]! += d * w;
      m2[j]! += d * (x - means[j]!);
      coTotal[j]! += d * dTotalNew;
    }
  });
  if (n < 2) {
    throw new StatsError('too-few-observations', `Cronbach's alpha needs at least 2 complete rows, got ${n}`);
  }
  if (!(m2Total > 0))
    throw new StatsError('zero-variance', "Cronbach's alpha: the total score does not vary");
  let sumItems = 0;
  for (let j = 0; j < k; j++) sumItems += m2[j]!;
  const alpha = (k / (k - 1)) * (1 - sumItems / m2Total);
  const alphaIfItemDeleted: number[] = [];
  if (k > 2) {
    for (let j = 0; j < k; j++) {
      const restTotal = m2Total + m2[j]! - 2 * coTotal[j]!;
      if (!(restTotal > 1e-12 * (m2Total + m2[j]!))) {
        throw new StatsError('zero-variance', `Cronbach's alpha: the total without item ${j} does not vary`);
      }
      alphaIfItemDeleted.push(((k - 1) / (k - 2)) * (1 - (sumItems - m2[j]!) / restTotal));
    }
  }
  return { alpha, n, k, alphaIfItemDeleted };
}
