import { selectInPlace } from './select.js';

/** numpy's linear interpolation between two neighbours (its `_lerp`, which is exact at t = 1). */
function lerp(a: number, b: number, t: number): number {
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/**
 * Quantiles by linear interpolation between order statistics (R type 7, numpy's default `linear`), for
 * probabilities in ascending order. Mutates (partially orders) `a[0..n-1]`; n must be >= 1.
 *
 * For each quantile it selects the upper neighbour (position ⌊h⌋ + 1) in the part of the array not yet
 * fixed, then takes the lower neighbour as the maximum of the values left of it: about 1.25 passes per
 * quantile instead of a sort.
 */
export function quantilesInPlace(a: Float64Array, n: number, probabilities: readonly number[]): number[] {
  const known = new Map<number, number>();
  let start = 0;
  return probabilities.map((p) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, n - 1);
    if (!known.has(hi)) {
      selectInPlace(a, hi, start, n - 1);
      known.set(hi, a[hi]!);
      if (hi > lo && !known.has(lo)) {
        // every value in [start, hi) is <= a[hi]; the largest of them is the order statistic at hi - 1
        let max = a[start]!;
        for (let i = start + 1; i < hi; i++) {
          const v = a[i]!;
          if (v > max) max = v;
        }
        known.set(lo, max);
      }
      start = hi + 1;
    }
    const lower = known.get(lo)!;
    return hi > lo ? lerp(lower, known.get(hi)!, h - lo) : lower;
  });
}
