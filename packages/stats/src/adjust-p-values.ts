import { StatsError } from './stats-error.js';

/** Multiple-comparison adjustments of {@link adjustPValues}. */
export type PAdjustMethod = 'holm' | 'bh';

/**
 * Adjusts p-values for multiple comparisons, returned in input order:
 * - `'holm'`: Holm's step-down method (controls the family-wise error rate), as R's `p.adjust(p, 'holm')`.
 * - `'bh'`: Benjamini–Hochberg (controls the false discovery rate), as scipy's
 *   `false_discovery_control(p, method='bh')` and R's `p.adjust(p, 'BH')`.
 * Adjusted values are capped at 1. An empty list gives an empty list.
 *
 * @throws {StatsError} `invalid-argument` for an unknown method or a p-value that is missing or outside [0, 1]
 * (they cannot be dropped without misaligning the output).
 * @example
 * adjustPValues([0.01, 0.04, 0.03], 'holm'); // [0.03, 0.06, 0.06]
 */
export function adjustPValues(ps: readonly number[], method: PAdjustMethod): number[] {
  if (method !== 'holm' && method !== 'bh') {
    throw new StatsError(
      'invalid-argument',
      `unknown p-value adjustment '${String(method)}', use 'holm' or 'bh'`,
    );
  }
  const m = ps.length;
  ps.forEach((p, i) => {
    if (!(typeof p === 'number' && p >= 0 && p <= 1)) {
      throw new StatsError('invalid-argument', `p-value ${i} must be a number in [0, 1], got ${String(p)}`);
    }
  });
  const order = Array.from({ length: m }, (_, i) => i).sort((i, j) => ps[i]! - ps[j]! || i - j);
  const adjusted = new Array<number>(m);
  if (method === 'holm') {
    let running = 0;
    for (let rank = 0; rank < m; rank++) {
      const i = order[rank]!;
      running = Math.max(running, Math.min(1, (m - rank) * ps[i]!));
      adjusted[i] = running;
    }
  } else {
    let running = 1;
    for (let rank = m - 1; rank >= 0; rank--) {
      const i = order[rank]!;
      running = Math.min(running, ps[i]! * (m / (rank + 1))); // p · (m / rank), as scipy
      adjusted[i] = running;
    }
  }
  return adjusted;
}
