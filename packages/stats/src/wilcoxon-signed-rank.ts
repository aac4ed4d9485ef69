import { normalCdf } from './distributions.js';
import { averageRanks } from './internal/rank.js';
import { compactPairs, type Sample } from './internal/sample.js';
import { StatsError } from './stats-error.js';

/** The result of {@link wilcoxonSignedRank}. */
export interface WilcoxonResult {
  /** min(W⁺, W⁻), scipy's two-sided `statistic`. */
  W: number;
  /**
   * scipy's `zstatistic` for the two-sided test: −|W⁺ − n(n+1)/4| / σ (no continuity correction), so always
   * ≤ 0 and `p = 2·Φ(z)`. The direction is in `wPlus` versus `wMinus`.
   */
  z: number;
  /** Two-sided asymptotic p-value. */
  p: number;
  /** Sum of the ranks of the positive differences (a > b). */
  wPlus: number;
  /** Sum of the ranks of the negative differences (a < b). */
  wMinus: number;
  /** Number of non-zero differences the test used. */
  n: number;
}

/**
 * Wilcoxon signed-rank test on the paired differences a − b, two-sided, normal approximation; matches
 * scipy's `wilcoxon(a, b, zero_method='wilcox', correction=False, alternative='two-sided',
 * method='asymptotic')`: zero differences are dropped before ranking, absolute differences get average
 * ranks, and the variance is tie-corrected. Pairs with a missing value on either side are dropped.
 *
 * @throws {StatsError} `mismatched-lengths` when `a` and `b` differ in length; `too-few-observations` when no
 * pair has a non-zero difference.
 * @example
 * wilcoxonSignedRank([5, 6, 7, 6, 8], [4, 6, 5, 5, 5]); // { W: 0, z: -1.841, p: 0.0656, wPlus: 10, wMinus: 0, n: 4 } (rounded)
 */
export function wilcoxonSignedRank(a: Sample, b: Sample): WilcoxonResult {
  const pairs = compactPairs(a, b);
  const differences: number[] = [];
  for (let i = 0; i < pairs.a.length; i++) {
    const d = pairs.a[i]! - pairs.b[i]!;
    if (d !== 0) differences.push(d);
  }
  const n = differences.length;
  if (n === 0) {
    throw new StatsError(
      'too-few-observations',
      'the Wilcoxon signed-rank test needs at least 1 pair with a non-zero difference, got 0',
    );
  }
  const { ranks, tieTerm } = averageRanks(Float64Array.from(differences, Math.abs));
  let wPlus = 0;
  let wMinus = 0;
  for (let i = 0; i < n; i++) {
    if (differences[i]! > 0) wPlus += ranks[i]!;
    else wMinus += ranks[i]!;
  }
  const mean = n * (n + 1) * 0.25;
  const se = Math.sqrt((n * (n + 1) * (2 * n + 1) - tieTerm / 2) / 24);
  const z = -Math.abs((wPlus - mean) / se);
  return { W: Math.min(wPlus, wMinus), z: z === 0 ? 0 : z, p: 2 * normalCdf(z), wPlus, wMinus, n };
}
