/**
 * What went wrong, as a stable string a caller can branch on:
 * - `too-few-observations`: not enough (non-missing) values for the statistic to exist.
 * - `zero-variance`: the statistic divides by a variance (or a spread) that is zero.
 * - `mismatched-lengths`: paired inputs (or rows and labels) differ in length.
 * - `non-rectangular`: rows of a matrix or table have different lengths.
 * - `missing-values`: a function that cannot drop missing values was given some.
 * - `invalid-argument`: any other argument out of its domain (negative counts, a probability outside
 *   [0, 1], an unknown method, infinite values, ...).
 */
export type StatsErrorCode =
  | 'too-few-observations'
  | 'zero-variance'
  | 'mismatched-lengths'
  | 'non-rectangular'
  | 'missing-values'
  | 'invalid-argument';

/**
 * The one error class of `@neighbourly/stats`, thrown for input a statistic cannot be computed from.
 * Functions never return a silent `NaN`: they either return finite numbers or throw this.
 *
 * @example
 * try {
 *   welchTTest([1], [2, 3]);
 * } catch (error) {
 *   if (error instanceof StatsError && error.code === 'too-few-observations') {
 *     // report "not enough data" instead of a number
 *   }
 * }
 */
export class StatsError extends Error {
  override readonly name = 'StatsError';
  /** A stable, machine-readable reason; see {@link StatsErrorCode}. */
  readonly code: StatsErrorCode;

  constructor(code: StatsErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }
}
