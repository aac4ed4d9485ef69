import type { Observation, Sample } from '../sample.js';
import { StatsError } from '../stats-error.js';

export type { Observation, Sample };

/** True for `null`, `undefined` and `NaN` (the guard narrows the other branch to `number`). */
export function isMissing(value: Observation): value is null | undefined {
  return value === null || value === undefined || Number.isNaN(value);
}

function assertFinite(value: number, what: string): void {
  if (value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY) {
    throw new StatsError('invalid-argument', `${what} contains an infinite value`);
  }
}

/** The non-missing values of `values`, in order, in a new Float64Array. Throws on infinities. */
export function compact(values: Sample, what = 'the sample'): Float64Array {
  const length = values.length;
  const out = new Float64Array(length);
  let n = 0;
  for (let i = 0; i < length; i++) {
    const value = values[i];
    if (isMissing(value)) continue;
    assertFinite(value, what);
    out[n++] = value;
  }
  return n === length ? out : out.slice(0, n);
}

/**
 * The pairs of `a` and `b` where neither value is missing (pairwise deletion, like scipy's
 * `nan_policy='omit'` for paired tests). Throws `mismatched-lengths` when the lengths differ.
 */
export function compactPairs(a: Sample, b: Sample): { a: Float64Array; b: Float64Array } {
  if (a.length !== b.length) {
    throw new StatsError(
      'mismatched-lengths',
      `paired samples must have the same length, got ${a.length} and ${b.length}`,
    );
  }
  const outA = new Float64Array(a.length);
  const outB = new Float64Array(a.length);
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (isMissing(x) || isMissing(y)) continue;
    assertFinite(x, 'the first sample');
    assertFinite(y, 'the second sample');
    outA[n] = x;
    outB[n] = y;
    n++;
  }
  return { a: outA.subarray(0, n), b: outB.subarray(0, n) };
}

/** Throws `too-few-observations` unless `n >= min`. */
export function requireCount(n: number, min: number, what: string): void {
  if (n < min) {
    throw new StatsError(
      'too-few-observations',
      `${what} needs at least ${min} non-missing observation${min === 1 ? '' : 's'}, got ${n}`,
    );
  }
}
