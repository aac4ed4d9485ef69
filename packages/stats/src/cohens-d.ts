import type { Sample } from './internal/sample.js';
import { standardizedDifference } from './internal/standardized-difference.js';

/**
 * Cohen's d for two independent samples: (mean(a) − mean(b)) / pooled sd, with the pooled sd
 * √(((n₁ − 1)s₁² + (n₂ − 1)s₂²) / (n₁ + n₂ − 2)). Missing values are dropped from each sample.
 *
 * @throws {StatsError} `too-few-observations` when a sample is empty or both hold fewer than 3 values
 * together; `zero-variance` when both samples are constant.
 * @example
 * cohensD([5, 6, 7, 6], [4, 5, 5, 4]); // 2.121 (rounded)
 */
export function cohensD(a: Sample, b: Sample): number {
  return standardizedDifference(a, b, "Cohen's d").d;
}
