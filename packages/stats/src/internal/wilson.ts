import { StatsError } from '../stats-error.js';

/** Throws unless `successes` and `n` are counts with 0 <= successes <= n and n >= 1. */
export function checkCounts(successes: number, n: number): void {
  if (!Number.isInteger(n) || n < 1) {
    throw new StatsError('too-few-observations', `a proportion needs n >= 1 (an integer), got ${n}`);
  }
  if (!Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new StatsError('invalid-argument', `successes must be an integer in [0, ${n}], got ${successes}`);
  }
}

/** Wilson interval for a given critical value z (scipy's formula, Newcombe 1998). */
export function wilsonInterval(successes: number, n: number, z: number): [number, number] {
  const p = successes / n;
  const q = 1 - p;
  const denom = 2 * (n + z ** 2);
  const center = (2 * n * p + z ** 2) / denom;
  const delta = (z / denom) * Math.sqrt(4 * n * p * q + z ** 2);
  const lo = successes === 0 ? 0 : center - delta;
  const hi = successes === n ? 1 : center + delta;
  return [lo, hi];
}
