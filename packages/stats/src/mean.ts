/**
 * The arithmetic mean of the finite values; `null`, `undefined` and `NaN` count as missing.
 * Returns `NaN` for no values.
 *
 * @example
 * mean([1, 2, null, 3]) // 2
 */
export function mean(values: ReadonlyArray<number | null | undefined>): number {
  let sum = 0;
  let n = 0;
  for (const value of values) {
    if (value === null || value === undefined || Number.isNaN(value)) continue;
    sum += value;
    n += 1;
  }
  return n === 0 ? Number.NaN : sum / n;
}
