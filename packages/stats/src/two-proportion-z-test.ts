import { normalCdf, normalQuantile } from './distributions.js';
import { checkCounts, wilsonInterval } from './internal/wilson.js';
import { StatsError } from './stats-error.js';

/** The result of {@link twoProportionZTest}. */
export interface TwoProportionResult {
  /** z statistic with the pooled standard error, positive when the first proportion is larger. */
  z: number;
  /** Two-sided p-value. */
  p: number;
  /** x1/n1 − x2/n2. */
  diff: number;
  /** 95% Newcombe hybrid score interval of `diff` (Newcombe 1998, method 10, from Wilson intervals). */
  ci95: [number, number];
}

/**
 * Two-proportion z-test for independent samples (e.g. the share agreeing in two waves with different
 * respondents), two-sided, with the pooled standard error √(p̂(1 − p̂)(1/n1 + 1/n2)) — statsmodels'
 * `proportions_ztest` default. The confidence interval of the difference is Newcombe's hybrid score interval
 * (his method 10, built from the two Wilson intervals), which keeps its coverage near 0 and 1 where the Wald
 * interval fails; it is not centred on `diff`.
 *
 * @param x1 Successes in the first sample. @param n1 Size of the first sample.
 * @param x2 Successes in the second sample. @param n2 Size of the second sample.
 * @throws {StatsError} `too-few-observations` when n1 or n2 is < 1; `invalid-argument` for counts that are not
 * integers in [0, n]; `zero-variance` when the pooled proportion is 0 or 1 (all answers the same).
 * @example
 * twoProportionZTest(45, 120, 60, 118); // { z: -2.073, p: 0.0381, diff: -0.133, ci95: [-0.254, -0.0074] } (rounded)
 */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): TwoProportionResult {
  checkCounts(x1, n1);
  checkCounts(x2, n2);
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const pooled = (x1 + x2) / (n1 + n2);
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  if (!(variance > 0)) {
    throw new StatsError(
      'zero-variance',
      'the two-proportion z-test: every answer in both samples is the same',
    );
  }
  const diff = p1 - p2;
  const z = diff / Math.sqrt(variance);
  const critical = normalQuantile(0.975);
  const [l1, u1] = wilsonInterval(x1, n1, critical);
  const [l2, u2] = wilsonInterval(x2, n2, critical);
  const ci95: [number, number] = [
    diff - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2),
    diff + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2),
  ];
  return { z, p: 2 * normalCdf(-Math.abs(z)), diff, ci95 };
}
