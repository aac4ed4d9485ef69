import { type ClusterProfile, clusterProfiles } from '@neighbourly/core';
import {
  cutTree,
  hierarchicalClustering,
  type LinkageMethod,
  type Merge,
  StatsError,
  silhouetteScore,
  standardize,
} from '@neighbourly/stats';
import { stringify } from 'csv-stringify/sync';
import { CliError } from '../../cli-error.js';
import type { CliContext } from '../context.js';
import { formatJson, writeOutputFile } from '../files/write-file.js';
import type { OutputFormat } from '../options.js';
import { type Column, renderCsv, renderTable, type Tabular } from '../output/tabular.js';
import { renderDendrogramSvg } from './dendrogram-svg.js';
import { readTypologyTable } from './read-typology-table.js';

/** Options of `neighbourly typology`. */
export interface TypologyOptions {
  input: string;
  vars: string[];
  k: number;
  method: LinkageMethod;
  id?: string;
  delimiter: string;
  dropIncomplete?: boolean;
  output?: string;
  plot?: string;
  title?: string;
  format: OutputFormat;
}

/** What `typology --format json` prints. */
export interface TypologyResult {
  input: string;
  method: LinkageMethod;
  k: number;
  n: number;
  vars: string[];
  idColumn: string;
  /** Mean silhouette width on the standardised variables; `null` when k is 1 or n. */
  silhouette: number | null;
  clusters: ClusterProfile[];
  assignments: { id: string; cluster: number }[];
  /** The hierarchy in scipy linkage format (`[i, j, distance, size]`). */
  merges: Merge[];
}

function cluster(
  rows: Float64Array[],
  method: LinkageMethod,
  k: number,
): { zRows: number[][]; merges: Merge[]; labels: number[]; silhouette: number | null } {
  const zRows = standardize(rows);
  const { merges } = hierarchicalClustering(zRows, { method });
  const labels = cutTree(merges, k);
  const silhouette = k >= 2 && k <= rows.length - 1 ? silhouetteScore(zRows, labels) : null;
  return { zRows, merges, labels, silhouette };
}

function profileTable(result: TypologyResult, which: 'means' | 'zMeans', digits: number): Tabular {
  const columns: Column[] = [
    { key: 'type', header: 'type' },
    { key: 'n', header: 'n' },
    { key: 'share', header: 'share', digits: 2 },
    ...result.vars.map((name) => ({ key: `v:${name}`, header: name, digits })),
  ];
  const rows = result.clusters.map((profile) => ({
    type: profile.cluster,
    n: profile.n,
    share: profile.share,
    ...Object.fromEntries(result.vars.map((name) => [`v:${name}`, profile[which][name]])),
  }));
  return { columns, rows };
}

function csvProfiles(result: TypologyResult): Tabular {
  const columns: Column[] = [
    { key: 'type', header: 'type' },
    { key: 'n', header: 'n' },
    { key: 'share', header: 'share' },
    ...result.vars.map((name) => ({ key: `m:${name}`, header: `mean_${name}` })),
    ...result.vars.map((name) => ({ key: `z:${name}`, header: `z_${name}` })),
  ];
  const rows = result.clusters.map((profile) => ({
    type: profile.cluster,
    n: profile.n,
    share: profile.share,
    ...Object.fromEntries(result.vars.map((name) => [`m:${name}`, profile.means[name]])),
    ...Object.fromEntries(result.vars.map((name) => [`z:${name}`, profile.zMeans[name]])),
  }));
  return { columns, rows };
}

/** Runs `neighbourly typology`: standardise, cluster, cut into k types, profile, and write the outputs. */
export async function runTypology(context: CliContext, options: TypologyOptions): Promise<void> {
  const table = await readTypologyTable(options.input, {
    vars: options.vars,
    delimiter: options.delimiter,
    ...(options.id === undefined ? {} : { id: options.id }),
    ...(options.dropIncomplete ? { dropIncomplete: true } : {}),
  });
  context.reportProblems(table.dropped);
  const n = table.rows.length;
  if (n < 2) {
    throw new CliError('validation', `${options.input}: a typology needs at least 2 rows, found ${n}`);
  }
  if (options.k > n) {
    throw new CliError('usage', `--k ${options.k} is more types than there are rows (${n})`);
  }
  // A constant variable cannot be standardised: say which one, by name, before clustering.
  const constant = table.vars.filter((_, v) => table.rows.every((row) => row[v] === table.rows[0]?.[v]));
  if (constant.length > 0) {
    const values = constant
      .map((name) => `${name} = ${table.rows[0]?.[table.vars.indexOf(name)]}`)
      .join(', ');
    throw new CliError(
      'validation',
      `${options.input}: ${constant.join(', ')} ${constant.length === 1 ? 'has' : 'have'} the same value in every row (${values}); a constant variable cannot be standardised: leave it out of --vars`,
    );
  }
  let clustering: ReturnType<typeof cluster>;
  try {
    clustering = cluster(table.rows, options.method, options.k);
  } catch (error) {
    if (error instanceof StatsError) {
      const hint =
        error.code === 'zero-variance'
          ? ' (a variable with the same value in every row cannot be standardised)'
          : '';
      throw new CliError('validation', `cannot cluster ${options.input}: ${error.message}${hint}`, {
        cause: error,
      });
    }
    throw error;
  }
  const { zRows, merges, labels, silhouette } = clustering;
  const result: TypologyResult = {
    input: options.input,
    method: options.method,
    k: options.k,
    n,
    vars: table.vars,
    idColumn: table.idColumn,
    silhouette,
    clusters: clusterProfiles({ vars: table.vars, rows: table.rows, zRows, labels, k: options.k }),
    assignments: table.ids.map((id, row) => ({ id, cluster: (labels[row] ?? 0) + 1 })),
    merges,
  };

  if (options.output) {
    const records = table.ids.map((id, row) => [id, (labels[row] ?? 0) + 1, ...(table.rows[row] ?? [])]);
    await writeOutputFile(
      options.output,
      stringify(records, { header: true, columns: [table.idColumn, 'type', ...table.vars] }),
    );
  }
  if (options.plot) {
    const svg = renderDendrogramSvg({
      merges,
      labels: table.ids,
      clusters: labels,
      title: options.title ?? `Typology of ${n} projects: ${options.k} types (${options.method} linkage)`,
      distanceLabel: `${options.method} distance (standardised variables)`,
    });
    await writeOutputFile(options.plot, svg);
  }

  if (options.format === 'json') {
    context.stdout.write(formatJson(result));
  } else if (options.format === 'csv') {
    context.stdout.write(renderCsv(csvProfiles(result)));
  } else {
    const { bold } = context.colours;
    context.stdout.write(
      `${bold(`Typology of ${n} rows in ${options.k} types`)} (${options.method} linkage on standardised ${table.vars.join(', ')})\n\n`,
    );
    context.stdout.write('Type profiles: mean of each variable\n');
    context.stdout.write(renderTable(profileTable(result, 'means', 2), context.colours));
    context.stdout.write('\nStandardised profiles: mean z-score of each variable (0 = overall mean)\n');
    context.stdout.write(renderTable(profileTable(result, 'zMeans', 2), context.colours));
    context.stdout.write(
      silhouette === null
        ? '\nSilhouette: not defined for k = 1 or k = n\n'
        : `\nSilhouette: ${silhouette.toFixed(3)} (mean over rows, from -1 to 1; higher means better separated types)\n`,
    );
  }
  if (options.output) context.info(`Wrote the type of each row to ${options.output}`);
  if (options.plot) context.info(`Wrote the dendrogram to ${options.plot}`);
}
