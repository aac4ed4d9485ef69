import { viewMatrix } from './internal/matrix.js';
import { isMissing } from './internal/sample.js';
import type { MatrixInput } from './matrix.js';
import { StatsError } from './stats-error.js';

/**
 * Column z-scores: each value minus its column mean, divided by the column's sample standard deviation
 * (n − 1), as scipy's `zscore(rows, axis=0, ddof=1, nan_policy='omit')`. Each column's mean and sd use the
 * values present in that column; missing values stay in place (`null`/`undefined` become `null`, `NaN` stays
 * `NaN`), so the output rows still line up with the input rows.
 *
 * Typical use: put the context variables of a typology (population, share of older residents, deprivation,
 * ...) on one scale before {@link hierarchicalClustering}.
 *
 * @throws {StatsError} `non-rectangular` when rows differ in length; `too-few-observations` when a column has
 * fewer than 2 values; `zero-variance` when a column is constant; `invalid-argument` for infinite values.
 * @example
 * standardize([
 *   [1, 10],
 *   [2, 20],
 *   [3, 60],
 * ]); // [[-1, -0.755...], [0, -0.377...], [1, 1.133...]]
 */
export function standardize(rows: ReadonlyArray<ArrayLike<number>>): number[][];
export function standardize(rows: MatrixInput): Array<Array<number | null>>;
export function standardize(rows: MatrixInput): Array<Array<number | null>> {
  const matrix = viewMatrix(rows, 'standardize');
  const { columns } = matrix;
  const counts = new Float64Array(columns);
  const means = new Float64Array(columns);
  const m2 = new Float64Array(columns);
  matrix.forEachRow((_, values, offset) => {
    for (let j = 0; j < columns; j++) {
      const x = values[offset + j];
      if (isMissing(x)) continue;
      if (!Number.isFinite(x))
        throw new StatsError('invalid-argument', `standardize: column ${j} has an infinite value`);
      counts[j]!++;
      const d = x - means[j]!;
      means[j]! += d / counts[j]!;
      m2[j]! += d * (x - means[j]!);
    }
  });
  const sds = new Float64Array(columns);
  for (let j = 0; j < columns; j++) {
    if (counts[j]! < 2) {
      throw new StatsError(
        'too-few-observations',
        `standardize: column ${j} has ${counts[j]} values, needs 2`,
      );
    }
    sds[j] = Math.sqrt(m2[j]! / (counts[j]! - 1));
    if (!(sds[j]! > 0)) throw new StatsError('zero-variance', `standardize: column ${j} is constant`);
  }
  const out: Array<Array<number | null>> = [];
  matrix.forEachRow((_, values, offset) => {
    const row = new Array<number | null>(columns);
    for (let j = 0; j < columns; j++) {
      const x = values[offset + j];
      row[j] = x === null || x === undefined ? null : Number.isNaN(x) ? x : (x - means[j]!) / sds[j]!;
    }
    out.push(row);
  });
  return out;
}
