import { completeRows } from './internal/complete-rows.js';
import type { MatrixInput } from './matrix.js';
import { StatsError } from './stats-error.js';

/**
 * Mean silhouette width of a clustering, with Euclidean distances, as scikit-learn's
 * `silhouette_score(rows, labels)`: for each row, a = mean distance to the other rows of its cluster,
 * b = the smallest mean distance to the rows of another cluster, s = (b − a) / max(a, b); rows alone in their
 * cluster (and rows with a = b = 0) count as s = 0. Ranges from −1 to 1; higher means tighter, better
 * separated clusters. Useful to compare the number of types k of a typology.
 *
 * Time O(n²·d), memory O(n·k).
 *
 * @param labels One cluster label per row (any numbers or strings; e.g. from {@link cutTree}).
 * @throws {StatsError} `mismatched-lengths` when labels and rows differ in number; `invalid-argument` unless
 * there are between 2 and n − 1 distinct labels; `missing-values` when a value is missing; `non-rectangular`
 * for rows of different lengths.
 * @example
 * silhouetteScore([[0], [1], [10], [11]], [0, 0, 1, 1]); // 0.8997 (rounded)
 */
export function silhouetteScore(rows: MatrixInput, labels: ArrayLike<number | string>): number {
  const { data, rows: n, columns } = completeRows(rows, 'silhouetteScore');
  if (labels.length !== n) {
    throw new StatsError('mismatched-lengths', `silhouetteScore: ${n} rows but ${labels.length} labels`);
  }
  const index = new Map<number | string, number>();
  const cluster = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const label = labels[i]!;
    let c = index.get(label);
    if (c === undefined) {
      c = index.size;
      index.set(label, c);
    }
    cluster[i] = c;
  }
  const k = index.size;
  if (k < 2 || k > n - 1) {
    throw new StatsError(
      'invalid-argument',
      `silhouetteScore needs between 2 and n - 1 = ${n - 1} clusters, got ${k}`,
    );
  }
  const sizes = new Float64Array(k);
  for (let i = 0; i < n; i++) sizes[cluster[i]!]!++;
  // sums[i * k + c]: total distance from row i to the rows of cluster c
  const sums = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const oi = i * columns;
    const ci = cluster[i]!;
    for (let j = i + 1; j < n; j++) {
      const oj = j * columns;
      let s = 0;
      for (let c = 0; c < columns; c++) {
        const d = data[oi + c]! - data[oj + c]!;
        s += d * d;
      }
      const distance = Math.sqrt(s);
      sums[i * k + cluster[j]!]! += distance;
      sums[j * k + ci]! += distance;
    }
  }
  let total = 0;
  for (let i = 0; i < n; i++) {
    const ci = cluster[i]!;
    const own = sizes[ci]!;
    if (own === 1) continue;
    const a = sums[i * k + ci]! / (own - 1);
    let b = Number.POSITIVE_INFINITY;
    for (let c = 0; c < k; c++) {
      if (c === ci) continue;
      const mean = sums[i * k + c]! / sizes[c]!;
      if (mean < b) b = mean;
    }
    const scale = Math.max(a, b);
    if (scale > 0) total += (b - a) / scale;
  }
  return total / n;
}
