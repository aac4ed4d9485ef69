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
  const results = await computeIndicators({
    definitions: indicatorSet.indicators,
    records,
    groupBy,
    scorers,
    ...(loaded.waves.length > 0 ? { waves: loaded.waves } : {}),
  });
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
