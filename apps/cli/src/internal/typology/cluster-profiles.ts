/** One type of a typology: how many rows it has and the mean of each variable. */
export interface ClusterProfile {
  /** 1-based type number (cutTree's label + 1). */
  cluster: number;
  n: number;
  /** Share of all rows (0-1). */
  share: number;
  /** Mean of each variable in its own units. */
  means: Record<string, number>;
  /** Mean of each standardised variable: above 0 is above the overall mean, in standard deviations. */
  zMeans: Record<string, number>;
}

/** Profiles of the k types: means of raw and standardised values per type, types in label order. */
export function clusterProfiles(options: {
  vars: readonly string[];
  rows: readonly ArrayLike<number>[];
  zRows: readonly ArrayLike<number>[];
  labels: readonly number[];
  k: number;
}): ClusterProfile[] {
  const { vars, rows, zRows, labels, k } = options;
  const sums = Array.from({ length: k }, () => new Float64Array(vars.length));
  const zSums = Array.from({ length: k }, () => new Float64Array(vars.length));
  const counts = new Array<number>(k).fill(0);
  labels.forEach((label, row) => {
    counts[label] = (counts[label] ?? 0) + 1;
    const sum = sums[label];
    const zSum = zSums[label];
    if (!sum || !zSum) return;
    for (let v = 0; v < vars.length; v++) {
      sum[v] = (sum[v] ?? 0) + (rows[row]?.[v] ?? 0);
      zSum[v] = (zSum[v] ?? 0) + (zRows[row]?.[v] ?? 0);
    }
  });
  return counts.map((n, label) => ({
    cluster: label + 1,
    n,
    share: n / labels.length,
    means: Object.fromEntries(vars.map((name, v) => [name, (sums[label]?.[v] ?? 0) / n])),
    zMeans: Object.fromEntries(vars.map((name, v) => [name, (zSums[label]?.[v] ?? 0) / n])),
  }));
}
