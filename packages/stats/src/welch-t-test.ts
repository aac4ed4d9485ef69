import { tCdf, tQuantile } from './distributions.js';
import { moments, sampleVariance } from './internal/moments.js';
import { compact, requireCount, type Sample } from './internal/sample.js';
import { StatsError } from './stats-error.js';
import type { TTestResult } from './t-test-result.js';

/**
 * Welch's two-sample t-test (unequal variances), two-sided; matches scipy's
 * `ttest_ind(a, b, equal_var=False)` and its `confidence_interval(0.95)`. Missing values are dropped from
 * each sample separately.
 *
 * @throws {StatsError} `too-few-observations` when a sample has fewer than 2 values; `zero-variance` when
 * both samples are constant.
 * @example
 * welchTTest([3, 4, 5, 4], [2, 3, 3, 2, 4]); // { t: 2.167, df: 6.64, p: 0.0690, meanDiff: 1.2, ci95: [-0.124, 2.524] } (rounded)
 */
export function welchTTest(a: Sample, b: Sample): TTestResult {
  const x = compact(a, 'the first sample');
  const y = compact(b, 'the second sample');
  requireCount(x.length, 2, "Welch's t-test (first sample)");
  requireCount(y.length, 2, "Welch's t-test (second sample)");
  const mx = moments(x);
  const my = moments(y);
  const vx = sampleVariance(mx) / x.length;
  const vy = sampleVariance(my) / y.length;
  const se2 = vx + vy;
  if (!(se2 > 0)) throw new StatsError('zero-variance', "Welch's t-test: both samples are constant");
  const se = Math.sqrt(se2);
  const df = (se2 * se2) / ((vx * vx) / (x.length - 1) + (vy * vy) / (y.length - 1));
  const meanDiff = mx.mean - my.mean;
  const t = meanDiff / se;
  const halfWidth = tQuantile(0.975, df) * se;
  return {
    t,
    df,
    p: 2 * tCdf(-Math.abs(t), df),
    meanDiff,
    ci95: [meanDiff - halfWidth, meanDiff + halfWidth],
  };
}
