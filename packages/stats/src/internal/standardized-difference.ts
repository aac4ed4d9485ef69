import { StatsError } from '../stats-error.js';
import { moments } from './moments.js';
import { compact, requireCount, type Sample } from './sample.js';

/** The pieces Cohen's d and Hedges' g share. */
export interface StandardizedDifference {
  d: number;
  /** Degrees of freedom of the pooled sd, n₁ + n₂ − 2. */
  df: number;
}

/** d and its degrees of freedom; shared by cohensD and hedgesG. */
export function standardizedDifference(a: Sample, b: Sample, name: string): StandardizedDifference {
  const x = compact(a, 'the first sample');
  const y = compact(b, 'the second sample');
  requireCount(x.length, 1, `${name} (first sample)`);
  requireCount(y.length, 1, `${name} (second sample)`);
  const df = x.length + y.length - 2;
  requireCount(x.length + y.length, 3, `${name} (both samples together)`);
  const mx = moments(x);
  const my = moments(y);
  const pooledVariance = (mx.ss + my.ss) / df;
  if (!(pooledVariance > 0)) throw new StatsError('zero-variance', `${name}: both samples are constant`);
  return { d: (mx.mean - my.mean) / Math.sqrt(pooledVariance), df };
}
