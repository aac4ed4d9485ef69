import type { Merge } from './hierarchical-clustering.js';
import { StatsError } from './stats-error.js';

function checkMerges(merges: readonly Merge[]): number {
  const n = merges.length + 1;
  const used = new Uint8Array(2 * n - 1);
  merges.forEach((merge, r) => {
    if (!Array.isArray(merge) || merge.length !== 4) {
      throw new StatsError('non-rectangular', `merge ${r} must be [i, j, distance, size]`);
    }
    const [i, j, distance] = merge;
    for (const id of [i, j]) {
      if (!Number.isInteger(id) || id < 0 || id >= n + r || used[id]) {
        throw new StatsError(
          'invalid-argument',
          `merge ${r} joins cluster ${id}, which is not an unmerged cluster at that point (scipy linkage format)`,
        );
      }
      used[id] = 1;
    }
    if (!(distance >= 0)) throw new StatsError('invalid-argument', `merge ${r} has distance ${distance}`);
  });
  return n;
}

/**
 * Cuts a hierarchy (scipy linkage format, as {@link hierarchicalClustering} returns) into `k` clusters and
 * returns one label per input row, numbered 0..k − 1 in order of first appearance (row 0 is in cluster 0,
 * the next row not in cluster 0 starts cluster 1, ...).
 *
 * Matches scipy's `cut_tree(merges, n_clusters=k)`, including its order of applying merges at equal
 * distances (by distance, ties broken as its `_order_cluster_tree` does). It is meant for monotone
 * hierarchies — every method of {@link hierarchicalClustering} produces one. scipy's
 * `fcluster(merges, k, 'maxclust')` can differ: it numbers clusters 1..k in dendrogram order, and with tied
 * distances it may return fewer than k clusters; `cutTree` always returns exactly k.
 *
 * @throws {StatsError} `invalid-argument` when `k` is not an integer in [1, n] or the merges are not a valid
 * linkage; `non-rectangular` when a merge is not `[i, j, distance, size]`.
 * @example
 * const { merges } = hierarchicalClustering([[0], [1], [10], [11]]);
 * cutTree(merges, 2); // [0, 0, 1, 1]
 */
export function cutTree(merges: readonly Merge[], k: number): number[] {
  const n = checkMerges(merges);
  if (!Number.isInteger(k) || k < 1 || k > n) {
    throw new StatsError('invalid-argument', `k must be an integer in [1, ${n}], got ${k}`);
  }
  const nodes = 2 * n - 1;
  // Visit order of scipy's breadth-first walk from the root (right child before left).
  const visit = new Int32Array(nodes).fill(-1);
  const queue = new Int32Array(nodes);
  queue[0] = nodes - 1;
  let head = 0;
  let tail = 1;
  let visited = 0;
  while (head < tail) {
    const id = queue[head++]!;
    if (id < n) continue;
    visit[id] = visited++;
    const merge = merges[id - n]!;
    queue[tail++] = merge[1];
    queue[tail++] = merge[0];
  }
  // scipy inserts each visited node with bisect.insort_left on distance: ascending distance, and among equal
  // distances the node visited later comes first.
  const order = Array.from({ length: n - 1 }, (_, r) => r + n);
  order.sort((a, b) => merges[a - n]![2] - merges[b - n]![2] || visit[b]! - visit[a]!);
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[x] !== root) {
      const next = parent[x]!;
      parent[x] = root;
      x = next;
    }
    return root;
  };
  // a leaf of every node, to union subtrees by representative
  const leaf = new Int32Array(nodes);
  for (let i = 0; i < n; i++) leaf[i] = i;
  for (let r = 0; r < n - 1; r++) leaf[n + r] = leaf[merges[r]![0]]!;
  for (let a = 0; a < n - k; a++) {
    const merge = merges[order[a]! - n]!;
    const left = find(leaf[merge[0]]!);
    const right = find(leaf[merge[1]]!);
    if (left !== right) parent[Math.max(left, right)] = Math.min(left, right);
  }
  const labelOfRoot = new Map<number, number>();
  const labels = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const root = find(i);
    let label = labelOfRoot.get(root);
    if (label === undefined) {
      label = labelOfRoot.size;
      labelOfRoot.set(root, label);
    }
    labels[i] = label;
  }
  return labels;
}
