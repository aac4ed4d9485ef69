import { normalQuantile } from './distributions.js';
import { checkConfidence } from './internal/confidence.js';
import { checkCounts, wilsonInterval } from './internal/wilson.js';
import type { ConfidenceOptions } from './mean-confidence-interval.js';

/** A proportion with its confidence interval; see {@link proportion}. */
export interface ProportionResult {
  /** successes / n. */
  p: number;
  /** Wilson score interval (without continuity correction). */
  ci: [number, number];
}

/**
 * Wilson score interval of a proportion, without continuity correction; matches scipy's
 * `binomtest(successes, n).proportion_ci(confidence, method='wilson')`, including its convention that the
 * lower bound is exactly 0 when successes = 0 and the upper bound exactly 1 when successes = n.
 *
 * @param successes Number of "yes" answers (an integer in [0, n]).
 * @param n Number of answers (an integer >= 1).
 * @throws {StatsError} `too-few-observations` when `n < 1`; `invalid-argument` for non-integer or
 * out-of-range counts or a confidence outside (0, 1).
 * @example
 * proportion(42, 120); // { p: 0.35, ci: [0.2705, 0.4388] } (rounded)
 */
export function proportion(
  successes: number,
  n: number,
  { confidence = 0.95 }: ConfidenceOptions = {},
): ProportionResult {
  checkCounts(successes, n);
  checkConfidence(confidence);
  return { p: successes / n, ci: wilsonInterval(successes, n, normalQuantile(0.5 + 0.5 * confidence)) };
}
