import {
  cutTree,
  hierarchicalClustering,
  type LinkageMethod,
  type Merge,
  silhouetteScore,
  standardize,
} from '@neighbourly/stats';
import { CoreError } from './core-error.js';

/** One type of a typology: how many projects it has and the mean of each variable. */
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

/** A typology of projects: hierarchical clustering on standardised context variables, cut into k types. */
export interface Typology {
  vars: string[];
  k: number;
  method: LinkageMethod;
  /** Project ids in row order (the merges refer to these rows). */
  ids: string[];
  /** The 1-based type of each project, in `ids` order. */
  clusters: number[];
  profiles: ClusterProfile[];
  /** The hierarchy in scipy linkage format, for a dendrogram. */
  merges: Merge[];
  /** Mean silhouette width on the standardised variables; `null` when k is 1 or n. */
  silhouette: number | null;
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

/**
 * Groups projects into k types by Ward clustering (or another linkage) on standardised context variables, as
 * the research behind Neighbourly did. Projects must all have a finite number for every variable.
 *
 * @throws {CoreError} `invalid-input` when a project lacks a variable, k is out of range or fewer than 3
 * projects are given.
 * @example
 * buildTypology([{ id: 'a', context: { density: 6000, older_share: 14 } }, …], { vars: ['density', 'older_share'], k: 4 });
 */
export function buildTypology(
  projects: readonly { id: string; context: Readonly<Record<string, unknown>> }[],
  options: { vars: readonly string[]; k: number; method?: LinkageMethod },
): Typology {
  const { vars, k, method = 'ward' } = options;
  if (projects.length < 3) {
    throw new CoreError('invalid-input', `a typology needs at least 3 projects, got ${projects.length}`);
  }
  if (!Number.isInteger(k) || k < 1 || k > projects.length) {
    throw new CoreError('invalid-input', `k must be a whole number from 1 to ${projects.length}, got ${k}`);
  }
  if (vars.length === 0) throw new CoreError('invalid-input', 'a typology needs at least one variable');
  const rows = projects.map((project) =>
    Float64Array.from(vars, (name) => {
      const value = project.context[name];
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new CoreError('invalid-input', `project "${project.id}" has no number for "${name}"`);
      }
      return value;
    }),
  );
  const zRows = standardize(rows);
  const { merges } = hierarchicalClustering(zRows, { method });
  const labels = cutTree(merges, k);
  return {
    vars: [...vars],
    k,
    method,
    ids: projects.map((p) => p.id),
    clusters: labels.map((label) => label + 1),
    profiles: clusterProfiles({ vars, rows, zRows, labels, k }),
    merges,
    silhouette: k >= 2 && k <= rows.length - 1 ? silhouetteScore(zRows, labels) : null,
  };
}
