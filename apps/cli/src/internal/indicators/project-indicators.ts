import {
  CoreError,
  compareWaves,
  computeIndicators,
  type IndicatorResults,
  type ResponseRecord,
  type WaveComparison,
} from '@neighbourly/core';
import { CliError, type CliProblem } from '../../cli-error.js';
import { scorers } from '../project/builtins.js';
import type { LoadedProject } from '../project/load-project.js';

/** Indicators of one project, with the wave comparisons its `project.json` asks for. */
export interface ProjectIndicators {
  results: IndicatorResults;
  comparisons: WaveComparison[];
  /** Engine issues (definitions it could not use, unknown questions …) and skipped comparisons. */
  warnings: CliProblem[];
}

/** The wave pairs to compare: `compare` of project.json, else the first wave with each later one. */
export function wavePairs(loaded: LoadedProject, waves: readonly string[]): { from: string; to: string }[] {
  if (loaded.project.compare) return loaded.project.compare;
  const [first, ...later] = waves;
  return first === undefined ? [] : later.map((to) => ({ from: first, to }));
}

/** Passes records on, noting how many there are and which group variables they carry. */
async function* watchGroups(
  records: AsyncIterable<ResponseRecord>,
  seen: { records: number; groups: Set<string> },
): AsyncGenerator<ResponseRecord> {
  for await (const record of records) {
    seen.records += 1;
    for (const key in record.group) seen.groups.add(key);
    yield record;
  }
}

/**
 * A group variable no record carries would silently drop its breakdown: it is an error instead, naming the
 * variables the responses do have. `projectFile` is set when the variables come from project.json (exit 1),
 * unset when they come from `--group-by` (a usage error, exit 2).
 */
function checkGroupBy(
  groupBy: readonly string[],
  seen: { records: number; groups: Set<string> },
  projectFile: string | undefined,
): void {
  const unknown = seen.records === 0 ? [] : groupBy.filter((name) => !seen.groups.has(name));
  if (unknown.length === 0) return;
  const where = projectFile === undefined ? '--group-by' : `${projectFile} groupBy`;
  const names = unknown.map((name) => `"${name}"`).join(', ');
  const known = [...seen.groups].sort();
  throw new CliError(
    projectFile === undefined ? 'usage' : 'validation',
    `${where}: ${names} ${unknown.length === 1 ? 'is not a group variable' : 'are not group variables'} of the responses (${known.length === 0 ? 'they carry none' : `they carry: ${known.join(', ')}`})`,
  );
}

/**
 * Computes a project's indicators from streamed records and compares its waves (unless `compare: false`). Waves come from
 * `project.json` (`waves`), else in the order the records show them.
 */
export async function computeProjectIndicators(
  loaded: LoadedProject,
  records: AsyncIterable<ResponseRecord>,
  options: { groupBy?: readonly string[]; compare?: boolean } = {},
): Promise<ProjectIndicators> {
  const indicatorSet = loaded.indicatorSet;
  if (!indicatorSet) {
    throw new CliError('validation', `${loaded.file} has no indicatorSet: add one to compute indicators`, {
      problems: [
        { file: loaded.file, field: 'indicatorSet', message: 'missing: an indicator set id, file or object' },
      ],
    });
  }
  const groupBy = options.groupBy ?? loaded.project.groupBy;
  const seen = { records: 0, groups: new Set<string>() };
  const results = await computeIndicators({
    definitions: indicatorSet.indicators,
    records: watchGroups(records, seen),
    groupBy,
    scorers,
    ...(loaded.waves.length > 0 ? { waves: loaded.waves } : {}),
  });
  checkGroupBy(groupBy, seen, options.groupBy === undefined ? loaded.file : undefined);
  const warnings: CliProblem[] = results.issues.map((issue) => ({
    file: loaded.file,
    field: `indicatorSet.${issue.path
      .map((part) => (typeof part === 'number' ? `[${part}]` : part))
      .join('.')
      .replaceAll('.[', '[')}`,
    message: `${issue.message} (${issue.code})`,
    severity: 'warning',
  }));
  const comparisons: WaveComparison[] = [];
  for (const pair of options.compare === false ? [] : wavePairs(loaded, results.waves)) {
    try {
      comparisons.push(
        compareWaves(results, {
          ...pair,
          definitions: indicatorSet.indicators,
          groups: groupBy.length > 0 ? 'all' : 'overall',
        }),
      );
    } catch (error) {
      if (!(error instanceof CoreError)) throw error;
      warnings.push({
        file: loaded.file,
        field: 'compare',
        message: `${pair.from} → ${pair.to} not compared: ${error.message}`,
        severity: 'warning',
      });
    }
  }
  return { results, comparisons, warnings };
}
