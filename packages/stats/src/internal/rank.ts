/** Average ranks (1-based, ties get the mean of their positions) and the tie term Σ(t³ − t). */
export interface Ranking {
  ranks: Float64Array;
  /** Σ over tie groups of (t³ − t), t the size of the group; 0 without ties. */
  tieTerm: number;
}

/** Ranks `values` like scipy's `rankdata(values, 'average')`, also returning the tie term. */
export function averageRanks(values: Float64Array): Ranking {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((i, j) => values[i]! - values[j]!);
  const ranks = new Float64Array(n);
  let tieTerm = 0;
  let start = 0;
  while (start < n) {
    let end = start + 1;
    const value = values[order[start]!]!;
    while (end < n && values[order[end]!]! === value) end++;
    const rank = (start + 1 + end) / 2;
    for (let i = start; i < end; i++) ranks[order[i]!] = rank;
    const t = end - start;
    tieTerm += t * t * t - t;
    start = end;
  }
  return { ranks, tieTerm };
}
