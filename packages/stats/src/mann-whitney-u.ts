import { normalCdf } from './distributions.js';
import { averageRanks } from './internal/rank.js';
import { compact, requireCount, type Sample } from './internal/sample.js';
import { StatsError } from './stats-error.js';

/** The result of {@link mannWhitneyU}. */
export interface MannWhitneyUResult {
  /** U of the first sample: R₁ − n₁(n₁ + 1)/2 (scipy's `statistic`). */
  U: number;
  /**
   * Standardised statistic with tie and continuity corrections, signed like U₁ − n₁n₂/2 (positive when
   * the first sample tends to be larger): `sign · max(|U₁ − n₁n₂/2| − 0.5, 0) / σ`. `p = 2·Φ(−|z|)`.
   */
  z: number;
  /** Two-sided asymptotic p-value. */
  p: number;
}

/**
 * Mann–Whitney U test of two independent samples, two-sided, normal approximation with tie correction
 * and continuity correction; matches scipy's
 * `mannwhitneyu(a, b, use_continuity=True, alternative='two-sided', method='asymptotic')`, whose U is the
 * first sample's. Missing values are dropped from each sample separately.
 *
 * @throws {StatsError} `too-few-observations` when a sample is empty; `zero-variance` when all values
 * (of both samples together) are equal.
 * @example
 * mannWhitneyU([1, 2, 4], [3, 5, 6, 8]); // { U: 1, z: -1.591, p: 0.1116 } (rounded)
 */
export function mannWhitneyU(a: Sample, b: Sample): MannWhitneyUResult {
  const x = compact(a, 'the first sample');
  const y = compact(b, 'the second sample');
  const n1 = x.length;
  const n2 = y.length;
  requireCount(n1, 1, 'the Mann-Whitney U test (first sample)');
  requireCount(n2, 1, 'the Mann-Whitney U test (second sample)');
  const both = new Float64Array(n1 + n2);
  both.set(x);
  both.set(y, n1);
  const { ranks, tieTerm } = averageRanks(both);
  let r1 = 0;
  for (let i = 0; i < n1; i++) r1 += ranks[i]!;
  const U = r1 - (n1 * (n1 + 1)) / 2;
  const n = n1 + n2;
  const mu = (n1 * n2) / 2;
  const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
  if (!(sigma > 0)) throw new StatsError('zero-variance', 'the Mann-Whitney U test: all values are equal');
  const distance = Math.abs(U - mu);
  // scipy: z = (max(U1, U2) - mu - 0.5) / sigma, p = clip(2 * ndtr(-z), 0, 1)
  const p = Math.min(1, 2 * normalCdf(-(distance - 0.5) / sigma));
  const z = (Math.sign(U - mu) * Math.max(distance - 0.5, 0)) / sigma;
  return { U, z: z === 0 ? 0 : z, p };
}
