import { tQuantile } from './distributions.js';
import { checkConfidence } from './internal/confidence.js';
import { StatsError } from './stats-error.js';

/** Summary statistics of one sample, as an indicator engine accumulates them. */
export interface MeanSummary {
  /** The sample mean. */
  mean: number;
  /** The sample standard deviation (n - 1 denominator). */
  sd: number;
  /** The number of observations. */
  n: number;
}

/** Options of {@link meanConfidenceInterval}. */
export interface ConfidenceOptions {
  /** Confidence level in (0, 1); default 0.95. */
  confidence?: number;
}

/**
 * The t-based confidence interval of a mean from its summary statistics:
 * `mean ± t(1 - (1 - confidence) / 2, n - 1) · sd / √n` (scipy's `t.interval(confidence, n - 1, mean, sd / √n)`).
 * For callers that accumulate sums themselves (e.g. over typed arrays) instead of passing raw values.
 * A zero `sd` gives the degenerate interval `[mean, mean]`.
 *
 * @throws {StatsError} `too-few-observations` when `n < 2`; `invalid-argument` for a non-finite mean, a
 * negative or non-finite sd, or a confidence outside (0, 1).
 * @example
 * meanConfidenceInterval({ mean: 3.2, sd: 1.1, n: 40 }); // [2.848, 3.552] (rounded)
 */
export function meanConfidenceInterval(
  summary: MeanSummary,
  { confidence = 0.95 }: ConfidenceOptions = {},
): [number, number] {
  const { mean, sd, n } = summary;
  checkConfidence(confidence);
  if (!Number.isInteger(n) || n < 2) {
    throw new StatsError('too-few-observations', `a confidence interval needs n >= 2, got ${n}`);
  }
  if (!Number.isFinite(mean)) throw new StatsError('invalid-argument', `mean must be finite, got ${mean}`);
  if (!(sd >= 0) || !Number.isFinite(sd)) {
    throw new StatsError('invalid-argument', `sd must be finite and >= 0, got ${sd}`);
  }
  const halfWidth = (tQuantile(0.5 + 0.5 * confidence, n - 1) * sd) / Math.sqrt(n);
  return [mean - halfWidth, mean + halfWidth];
}
