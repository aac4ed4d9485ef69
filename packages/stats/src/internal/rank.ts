/** Average ranks (1-based, ties get the mean of their positions) and the tie term Σ(t³ − t). */
export interface Ranking {
  ranks: Float64Array;
  /** Σ over tie groups of (t³ − t), t the size of the group; 0 without ties. */
  tieTerm: number;
}

/** The first index of `sorted` whose value is not below `value` (binary search). */
function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Ranks `values` like scipy's `rankdata(values, 'average')`, also returning the tie term.
 *
 * The values are sorted as numbers (a typed-array sort, no comparator calls), each run of equal
 * values gets the mean of its positions, and every value finds its run by binary search: fast for
 * the hundreds of thousands of tied survey answers a wave comparison ranks.
 */
export function averageRanks(values: Float64Array): Ranking {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  const ranks = new Float64Array(n);
  let tieTerm = 0;
  // Runs of equal values in sorted order: [start, end) gets the rank (start + 1 + end) / 2, kept
  // at the run's start, where the binary search of each of its values lands.
  const rankAtStart = new Float64Array(n);
  for (let start = 0; start < n; ) {
    const value = sorted[start] as number;
    let end = start + 1;
    while (end < n && sorted[end] === value) end++;
    rankAtStart[start] = (start + 1 + end) / 2;
    const t = end - start;
    tieTerm += t * t * t - t;
    start = end;
  }
  for (let i = 0; i < n; i++) ranks[i] = rankAtStart[lowerBound(sorted, values[i] as number)] as number;
  return { ranks, tieTerm };
}
