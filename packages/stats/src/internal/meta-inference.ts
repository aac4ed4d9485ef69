import { chiSquareCdf, normalCdf, normalQuantile, tCdf, tQuantile } from '../distributions.js';

/** I² from Q and its degrees of freedom, truncated at 0. */
export function higginsI2(q: number, df: number): number {
  return q > 0 ? Math.max(0, (q - df) / q) : 0;
}

/** The critical value of a two-sided interval: normal without `df`, Student's t with it. */
export function criticalValue(confidence: number, df: number | undefined): number {
  const upper = 1 - (1 - confidence) / 2;
  return df === undefined ? normalQuantile(upper) : tQuantile(upper, df);
}

/** Two-sided p of a z (without `df`) or t statistic. */
export function twoSidedP(statistic: number, df: number | undefined): number {
  const tail = df === undefined ? normalCdf(-Math.abs(statistic)) : tCdf(-Math.abs(statistic), df);
  return Math.min(1, 2 * tail);
}

/** Upper-tail chi-square p-value. */
export function chiSquareP(q: number, df: number): number {
  return Math.max(0, 1 - chiSquareCdf(q, df));
}

/**
 * estimate / se, where a zero SE (Hartung–Knapp on identical estimates) gives ±Infinity, or 0 for a zero
 * estimate, instead of NaN.
 */
export function zeroSafeRatio(estimate: number, se: number): number {
  if (se > 0) return estimate / se;
  return estimate === 0 ? 0 : Math.sign(estimate) * Number.POSITIVE_INFINITY;
}
