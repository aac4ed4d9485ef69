import { tCdf, tQuantile } from './distributions.js';
import { moments, sampleVariance } from './internal/moments.js';
import { compactPairs, requireCount, type Sample } from './internal/sample.js';
import { StatsError } from './stats-error.js';
import type { TTestResult } from './t-test-result.js';

/**
 * Paired t-test on the differences a − b, two-sided; matches scipy's `ttest_rel(a, b)` and its
 * `confidence_interval(0.95)`. `a[i]` and `b[i]` belong to the same respondent; pairs with a missing value on
 * either side are dropped (scipy's `nan_policy='omit'`).
 *
 * @throws {StatsError} `mismatched-lengths` when `a` and `b` differ in length; `too-few-observations` with
 * fewer than 2 complete pairs; `zero-variance` when all differences are equal.
 * @example
 * pairedTTest([5, 6, 7, 6], [4, 6, 5, 5]); // { t: 2.449, df: 3, p: 0.0917, meanDiff: 1, ci95: [-0.299, 2.299] } (rounded)
 */
export function pairedTTest(a: Sample, b: Sample): TTestResult {
  const pairs = compactPairs(a, b);
  const n = pairs.a.length;
  requireCount(n, 2, 'the paired t-test');
  const d = new Float64Array(n);
  for (let i = 0; i < n; i++) d[i] = pairs.a[i]! - pairs.b[i]!;
  const m = moments(d);
  const variance = sampleVariance(m);
  if (!(variance > 0)) throw new StatsError('zero-variance', 'the paired t-test: all differences are equal');
  const se = Math.sqrt(variance / n);
  const t = m.mean / se;
  const df = n - 1;
  const halfWidth = tQuantile(0.975, df) * se;
  return {
    t,
    df,
    p: 2 * tCdf(-Math.abs(t), df),
    meanDiff: m.mean,
    ci95: [m.mean - halfWidth, m.mean + halfWidth],
  };
}
