import { chiSquareCdf } from './distributions.js';
import { StatsError } from './stats-error.js';

/** The result of {@link chiSquareTest}. */
export interface ChiSquareResult {
  /** Pearson's chi-square statistic, Σ (observed − expected)² / expected. */
  chi2: number;
  /** Degrees of freedom, (rows − 1)(columns − 1). */
  df: number;
  /** Upper-tail p-value. */
  p: number;
  /** Cramér's V, √(chi2 / (N · (min(rows, columns) − 1))), without bias correction. */
  cramersV: number;
}

/**
 * Pearson's chi-square test of independence on a contingency table of counts (rows × columns), without
 * Yates' continuity correction even for 2 × 2 tables; matches scipy's `chi2_contingency(table,
 * correction=False)` and `contingency.association(table, method='cramer')`.
 *
 * @throws {StatsError} `non-rectangular` when rows differ in length; `invalid-argument` for fewer than 2 rows
 * or columns, a negative or non-finite count, or a row or column whose total is zero (an expected frequency of
 * zero).
 * @example
 * chiSquareTest([[12, 5], [7, 15]]); // { chi2: 5.770, df: 1, p: 0.0163, cramersV: 0.385 } (rounded)
 */
export function chiSquareTest(table: ReadonlyArray<ArrayLike<number>>): ChiSquareResult {
  const rows = table.length;
  const columns = table[0]?.length ?? 0;
  for (const [i, row] of table.entries()) {
    if (row.length !== columns) {
      throw new StatsError('non-rectangular', `row ${i} has ${row.length} cells, row 0 has ${columns}`);
    }
  }
  if (rows < 2 || columns < 2) {
    throw new StatsError(
      'invalid-argument',
      `a contingency table needs at least 2 × 2 cells, got ${rows} × ${columns}`,
    );
  }
  const rowTotals = new Float64Array(rows);
  const columnTotals = new Float64Array(columns);
  let total = 0;
  for (let i = 0; i < rows; i++) {
    const row = table[i]!;
    for (let j = 0; j < columns; j++) {
      const count = row[j]!;
      if (!(count >= 0) || !Number.isFinite(count)) {
        throw new StatsError(
          'invalid-argument',
          `cell [${i}][${j}] must be a finite count >= 0, got ${count}`,
        );
      }
      rowTotals[i]! += count;
      columnTotals[j]! += count;
      total += count;
    }
  }
  rowTotals.forEach((t, i) => {
    if (t === 0)
      throw new StatsError('invalid-argument', `row ${i} sums to zero: an expected frequency is zero`);
  });
  columnTotals.forEach((t, j) => {
    if (t === 0)
      throw new StatsError('invalid-argument', `column ${j} sums to zero: an expected frequency is zero`);
  });
  let chi2 = 0;
  for (let i = 0; i < rows; i++) {
    const row = table[i]!;
    for (let j = 0; j < columns; j++) {
      const expected = (rowTotals[i]! * columnTotals[j]!) / total;
      const diff = row[j]! - expected;
      chi2 += (diff * diff) / expected;
    }
  }
  const df = (rows - 1) * (columns - 1);
  return {
    chi2,
    df,
    p: Math.max(0, 1 - chiSquareCdf(chi2, df)),
    cramersV: Math.sqrt(chi2 / (total * (Math.min(rows, columns) - 1))),
  };
}
