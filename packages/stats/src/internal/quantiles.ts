import { orderStatistics } from './select.js';

/** numpy's linear interpolation between two neighbours (its `_lerp`, which is exact at t = 1). */
function lerp(a: number, b: number, t: number): number {
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/**
 * Quantiles by linear interpolation between order statistics (R type 7, numpy's default `linear`), for
 * probabilities in ascending order. Mutates (partially orders) `a[0..n-1]`; n must be >= 1.
 */
export function quantilesInPlace(a: Float64Array, n: number, probabilities: readonly number[]): number[] {
  const positions = probabilities.map((p) => (n - 1) * p);
  const ks: number[] = [];
  for (const h of positions) {
    const lo = Math.floor(h);
    ks.push(lo);
    if (lo + 1 < n) ks.push(lo + 1);
  }
  const values = orderStatistics(a, n, ks);
  const byIndex = new Map<number, number>();
  for (let i = 0; i < ks.length; i++) byIndex.set(ks[i]!, values[i]!);
  return positions.map((h) => {
    const lo = Math.floor(h);
    const t = h - lo;
    const a0 = byIndex.get(lo)!;
    if (lo + 1 >= n) return a0;
    return lerp(a0, byIndex.get(lo + 1)!, t);
  });
}
