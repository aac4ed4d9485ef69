import { completeRows, type DenseMatrix } from './internal/complete-rows.js';
import type { MatrixInput } from './matrix.js';
import { StatsError } from './stats-error.js';

/** Linkage criteria of {@link hierarchicalClustering}. */
export type LinkageMethod = 'ward' | 'complete' | 'average' | 'single';

/** Options of {@link hierarchicalClustering}. */
export interface HierarchicalClusteringOptions {
  /** Linkage criterion; default `'ward'`. */
  method?: LinkageMethod;
}

/**
 * One merge in scipy's `linkage` format: `[i, j, distance, size]` joins clusters i < j (ids below n are the
 * input rows, id n + r is the cluster made by merge r) at `distance`, giving a cluster of `size` rows.
 */
export type Merge = [number, number, number, number];

/** The result of {@link hierarchicalClustering}. */
export interface HierarchicalClusteringResult {
  /** n − 1 merges, ordered by distance (scipy's linkage matrix as rows). */
  merges: Merge[];
}

const METHODS: readonly LinkageMethod[] = ['ward', 'complete', 'average', 'single'];

/**
 * Agglomerative hierarchical clustering on Euclidean distances, returning scipy's linkage matrix: the
 * result matches `scipy.cluster.hierarchy.linkage(rows, method)` — same algorithms, same distance updates,
 * same tie-breaking and the same final ordering (stable sort by distance) and cluster numbering.
 *
 * - `'ward'`, `'complete'`, `'average'`: the nearest-neighbour chain algorithm with Lance–Williams updates
 *   (exact, not an approximation). Ward distances are scipy's: √(2 · increase in within-cluster sum of
 *   squares), so they are on the scale of the data.
 * - `'single'`: Prim's minimum spanning tree.
 *
 * Time O(n²·d + n²), memory one condensed distance matrix of n(n − 1)/2 doubles (5,000 rows ≈ 100 MB).
 * Standardise variables on different scales first ({@link standardize}).
 *
 * @throws {StatsError} `too-few-observations` with fewer than 2 rows; `missing-values` when a value is
 * missing (rows cannot be dropped, merges refer to row indices); `non-rectangular` for rows of different
 * lengths; `invalid-argument` for an unknown method or infinite values.
 * @example
 * const { merges } = hierarchicalClustering(standardize(projects), { method: 'ward' });
 * const types = cutTree(merges, 4); // a type 0..3 per project
 */
export function hierarchicalClustering(
  rows: MatrixInput,
  { method = 'ward' }: HierarchicalClusteringOptions = {},
): HierarchicalClusteringResult {
  if (!METHODS.includes(method)) {
    throw new StatsError(
      'invalid-argument',
      `unknown linkage method '${String(method)}', use ${METHODS.join(', ')}`,
    );
  }
  const matrix = completeRows(rows, 'hierarchicalClustering');
  const n = matrix.rows;
  if (n < 2) {
    throw new StatsError('too-few-observations', `hierarchical clustering needs at least 2 rows, got ${n}`);
  }
  const distances = condensedDistances(matrix);
  const raw =
    method === 'single' ? minimumSpanningTree(distances, n) : nearestNeighbourChain(distances, n, method);
  return { merges: sortAndLabel(raw, n) };
}

/** Euclidean distances of all pairs i < j, in scipy's condensed order. */
function condensedDistances({ data, rows: n, columns }: DenseMatrix): Float64Array {
  const out = new Float64Array((n * (n - 1)) / 2);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const oi = i * columns;
    for (let j = i + 1; j < n; j++) {
      const oj = j * columns;
      let s = 0;
      for (let c = 0; c < columns; c++) {
        const d = data[oi + c]! - data[oj + c]!;
        s += d * d;
      }
      out[k++] = Math.sqrt(s);
    }
  }
  return out;
}

/** Index of pair (i, j), i ≠ j, in the condensed matrix. */
function condensedIndex(n: number, i: number, j: number): number {
  return i < j ? n * i - (i * (i + 1)) / 2 + (j - i - 1) : n * j - (j * (j + 1)) / 2 + (i - j - 1);
}

/** Index of pair (i, i + 1) in the condensed matrix: row i's entries for j > i start here. */
function rowStart(n: number, i: number): number {
  return n * i - (i * (i + 1)) / 2;
}

/** Merges as [x, y, distance] with x, y original-point representatives, in the order found (unsorted). */
type RawMerges = Float64Array;

function nearestNeighbourChain(
  d: Float64Array,
  n: number,
  method: Exclude<LinkageMethod, 'single'>,
): RawMerges {
  const z = new Float64Array((n - 1) * 3);
  const size = new Int32Array(n).fill(1);
  const chain = new Int32Array(n);
  let chainLength = 0;
  for (let k = 0; k < n - 1; k++) {
    if (chainLength === 0) {
      chainLength = 1;
      for (let i = 0; i < n; i++) {
        if (size[i]! > 0) {
          chain[0] = i;
          break;
        }
      }
    }
    let x = 0;
    let y = 0;
    let currentMin = 0;
    for (;;) {
      x = chain[chainLength - 1]!;
      // prefer the previous element of the chain as the minimum, so the chain cannot cycle
      if (chainLength > 1) {
        y = chain[chainLength - 2]!;
        currentMin = d[condensedIndex(n, x, y)]!;
      } else {
        currentMin = Number.POSITIVE_INFINITY;
      }
      // scan row x of the condensed matrix in index order i = 0..n-1 (as scipy), with incremental indices:
      // for i < x the entries are spaced n - i - 2 apart, for i > x they are contiguous
      let index = x - 1;
      for (let i = 0; i < x; i++) {
        if (size[i] !== 0) {
          const dist = d[index]!;
          if (dist < currentMin) {
            currentMin = dist;
            y = i;
          }
        }
        index += n - i - 2;
      }
      index = rowStart(n, x);
      for (let i = x + 1; i < n; i++, index++) {
        if (size[i] !== 0) {
          const dist = d[index]!;
          if (dist < currentMin) {
            currentMin = dist;
            y = i;
          }
        }
      }
      if (chainLength > 1 && y === chain[chainLength - 2]) break;
      chain[chainLength++] = y;
    }
    chainLength -= 2;
    if (x > y) [x, y] = [y, x];
    const nx = size[x]!;
    const ny = size[y]!;
    z[k * 3] = x;
    z[k * 3 + 1] = y;
    z[k * 3 + 2] = currentMin;
    size[x] = 0;
    size[y] = nx + ny;
    const xRow = rowStart(n, x);
    const yRow = rowStart(n, y);
    // below the diagonal (i < x, i < y) indices advance by n - i - 2 per row; above it they are contiguous
    let belowX = x - 1;
    let belowY = y - 1;
    for (let i = 0; i < n; i++, belowX += n - i - 1, belowY += n - i - 1) {
      const ni = size[i]!;
      if (ni === 0 || i === y) continue;
      const ix = i < x ? belowX : xRow + (i - x - 1);
      const iy = i < y ? belowY : yRow + (i - y - 1);
      const dxi = d[ix]!;
      const dyi = d[iy]!;
      let updated: number;
      if (method === 'ward') {
        const t = 1.0 / (nx + ny + ni);
        updated = Math.sqrt(
          (ni + nx) * t * dxi * dxi + (ni + ny) * t * dyi * dyi - ni * t * currentMin * currentMin,
        );
      } else if (method === 'complete') {
        updated = Math.max(dxi, dyi);
      } else {
        updated = (nx * dxi + ny * dyi) / (nx + ny);
      }
      d[iy] = updated;
    }
  }
  return z;
}

function minimumSpanningTree(d: Float64Array, n: number): RawMerges {
  const z = new Float64Array((n - 1) * 3);
  const merged = new Uint8Array(n);
  const nearest = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  let x = 0;
  let y = 0;
  for (let k = 0; k < n - 1; k++) {
    let currentMin = Number.POSITIVE_INFINITY;
    merged[x] = 1;
    const xRow = rowStart(n, x);
    let belowX = x - 1;
    for (let i = 0; i < n; i++, belowX += n - i - 1) {
      if (merged[i] === 1) continue;
      const dist = d[i < x ? belowX : xRow + (i - x - 1)]!;
      if (nearest[i]! > dist) nearest[i] = dist;
      if (nearest[i]! < currentMin) {
        y = i;
        currentMin = nearest[i]!;
      }
    }
    z[k * 3] = x;
    z[k * 3 + 1] = y;
    z[k * 3 + 2] = currentMin;
    x = y;
  }
  return z;
}

/** Stable sort by distance, then renumber clusters with a union-find, exactly as scipy's `label`. */
function sortAndLabel(raw: RawMerges, n: number): Merge[] {
  const count = n - 1;
  const order = Array.from({ length: count }, (_, k) => k);
  order.sort((a, b) => raw[a * 3 + 2]! - raw[b * 3 + 2]! || a - b);
  const parent = new Int32Array(2 * n - 1);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const clusterSize = new Int32Array(2 * n - 1).fill(1);
  const find = (start: number): number => {
    let root = start;
    while (parent[root] !== root) root = parent[root]!;
    let p = start;
    while (parent[p] !== root) {
      const next = parent[p]!;
      parent[p] = root;
      p = next;
    }
    return root;
  };
  let nextLabel = n;
  return order.map((k) => {
    const xRoot = find(raw[k * 3]!);
    const yRoot = find(raw[k * 3 + 1]!);
    const [i, j] = xRoot < yRoot ? [xRoot, yRoot] : [yRoot, xRoot];
    parent[xRoot] = nextLabel;
    parent[yRoot] = nextLabel;
    const size = clusterSize[xRoot]! + clusterSize[yRoot]!;
    clusterSize[nextLabel] = size;
    nextLabel++;
    return [i, j, raw[k * 3 + 2]!, size];
  });
}
