import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import chisquareQuantile from '@stdlib/stats-base-dists-chisquare-quantile';
import normalCdfImpl from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantileImpl from '@stdlib/stats-base-dists-normal-quantile';
import tCdfImpl from '@stdlib/stats-base-dists-t-cdf';
import tQuantileImpl from '@stdlib/stats-base-dists-t-quantile';
import { StatsError } from './stats-error.js';

function checkX(x: number): void {
  if (Number.isNaN(x)) throw new StatsError('invalid-argument', 'x must be a number, got NaN');
}

function checkProbability(p: number): void {
  if (!(p >= 0 && p <= 1)) throw new StatsError('invalid-argument', `p must be in [0, 1], got ${p}`);
}

function checkDegreesOfFreedom(df: number): void {
  if (!(df > 0) || !Number.isFinite(df)) {
    throw new StatsError('invalid-argument', `degrees of freedom must be finite and > 0, got ${df}`);
  }
}

function checkNormal(mean: number, sd: number): void {
  if (!Number.isFinite(mean)) throw new StatsError('invalid-argument', `mean must be finite, got ${mean}`);
  if (!(sd > 0) || !Number.isFinite(sd)) {
    throw new StatsError('invalid-argument', `sd must be finite and > 0, got ${sd}`);
  }
}

/**
 * Student's t cumulative distribution function P(T <= x) with `df` degrees of freedom
 * (fractional df allowed, as for Welch's test). Wraps `@stdlib/stats-base-dists-t-cdf`.
 *
 * @throws {StatsError} `invalid-argument` when `x` is NaN or `df` is not finite and positive.
 * @example
 * tCdf(2.262, 9); // ≈ 0.975
 */
export function tCdf(x: number, df: number): number {
  checkX(x);
  checkDegreesOfFreedom(df);
  return tCdfImpl(x, df);
}

/**
 * Student's t quantile function (inverse CDF): the x with P(T <= x) = p.
 * Wraps `@stdlib/stats-base-dists-t-quantile`.
 *
 * @throws {StatsError} `invalid-argument` when `p` is outside [0, 1] or `df` is not finite and positive.
 * @example
 * tQuantile(0.975, 9); // ≈ 2.262
 */
export function tQuantile(p: number, df: number): number {
  checkProbability(p);
  checkDegreesOfFreedom(df);
  return tQuantileImpl(p, df);
}

/**
 * Normal cumulative distribution function P(X <= x), standard normal by default.
 * Wraps `@stdlib/stats-base-dists-normal-cdf`.
 *
 * @throws {StatsError} `invalid-argument` when `x` is NaN, `mean` is not finite or `sd` is not > 0.
 * @example
 * normalCdf(1.959964); // ≈ 0.975
 */
export function normalCdf(x: number, mean = 0, sd = 1): number {
  checkX(x);
  checkNormal(mean, sd);
  return normalCdfImpl(x, mean, sd);
}

/**
 * Normal quantile function (inverse CDF), standard normal by default.
 * Wraps `@stdlib/stats-base-dists-normal-quantile`.
 *
 * @throws {StatsError} `invalid-argument` when `p` is outside [0, 1], `mean` is not finite or `sd` is not > 0.
 * @example
 * normalQuantile(0.975); // ≈ 1.959964
 */
export function normalQuantile(p: number, mean = 0, sd = 1): number {
  checkProbability(p);
  checkNormal(mean, sd);
  return normalQuantileImpl(p, mean, sd);
}

/**
 * Chi-square cumulative distribution function P(X <= x) with `df` degrees of freedom.
 * Wraps `@stdlib/stats-base-dists-chisquare-cdf`.
 *
 * @throws {StatsError} `invalid-argument` when `x` is NaN or `df` is not finite and positive.
 * @example
 * 1 - chiSquareCdf(3.841, 1); // ≈ 0.05
 */
export function chiSquareCdf(x: number, df: number): number {
  checkX(x);
  checkDegreesOfFreedom(df);
  return chisquareCdf(x, df);
}

/**
 * Chi-square quantile function (inverse CDF).
 * Wraps `@stdlib/stats-base-dists-chisquare-quantile`.
 *
 * @throws {StatsError} `invalid-argument` when `p` is outside [0, 1] or `df` is not finite and positive.
 * @example
 * chiSquareQuantile(0.95, 1); // ≈ 3.841
 */
export function chiSquareQuantile(p: number, df: number): number {
  checkProbability(p);
  checkDegreesOfFreedom(df);
  return chisquareQuantile(p, df);
}
