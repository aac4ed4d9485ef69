import {
  compareWaves,
  computeIndicators,
  type IndicatorResults,
  type IndicatorSet,
  type ResponseRecord,
  type WaveComparison,
} from '@neighbourly/core';
import type { JsonObject, Project, Respondent, Store, Wave } from '@neighbourly/store';
import { instrumentScorers, type ResponseInput, toRecords } from '@neighbourly/surveys';
import { HttpProblem } from '../http-problem.js';
import { projectIndicatorSet } from './project-parts.js';

const batchSize = 500;

/**
 * Streams a project's complete responses as the tidy records the indicator engine reads, flattened by
 * `toRecords` of @neighbourly/surveys (in batches, per survey version). Groups for breakdowns come from the
 * respondent (`respondentGroup` and panel attributes) and from the answers to the `groupBy` questions (by
 * default, the questions marked `neighbourly.background`).
 */
export async function* projectRecords(
  store: Store,
  projectId: string,
  waves: readonly Wave[],
  groupBy: readonly string[] = [],
): AsyncIterable<ResponseRecord> {
  const definitions = new Map<string, JsonObject>();
  for (const wave of waves) {
    const key = `${wave.surveyId}@${wave.surveyVersion}`;
    if (definitions.has(key)) continue;
    const version = await store.surveys.getVersion(wave.surveyId, wave.surveyVersion);
    if (version !== undefined) definitions.set(key, version.definition);
  }
  const surveyOf = new Map(waves.map((wave) => [wave.id, `${wave.surveyId}@${wave.surveyVersion}`]));
  const respondents = new Map<string, Respondent | undefined>();
  let batch: ResponseInput[] = [];
  let batchKey: string | undefined;
  const flush = function* () {
    const definition = batchKey === undefined ? undefined : definitions.get(batchKey);
    if (definition !== undefined && batch.length > 0) {
      yield* toRecords(definition, batch, groupBy.length > 0 ? { groupBy } : {});
    }
    batch = [];
  };
  for await (const response of store.streamResponses({ projectId, waveIds: waves.map((wave) => wave.id) })) {
    const key = surveyOf.get(response.waveId);
    if (key !== batchKey || batch.length >= batchSize) {
      yield* flush();
      batchKey = key;
    }
    const group: Record<string, string> = {};
    if (response.respondentId !== undefined) {
      if (!respondents.has(response.respondentId)) {
        respondents.set(response.respondentId, await store.respondents.get(response.respondentId));
      }
      const respondent = respondents.get(response.respondentId);
      for (const [name, value] of Object.entries(respondent?.attributes ?? {})) group[name] = String(value);
      if (respondent?.group !== undefined) group.respondentGroup = respondent.group;
    }
    batch.push({
      ...(response.respondentId === undefined ? {} : { respondentId: response.respondentId }),
      waveId: response.waveId,
      group,
      data: response.answers,
    });
  }
  yield* flush();
}

/** A project's indicator set, or 409 when it has none. */
export function requireIndicatorSet(project: Project): IndicatorSet {
  const set = projectIndicatorSet(project);
  if (set === undefined) {
    throw new HttpProblem(409, 'conflict', 'This project has no indicator set yet: add one with PATCH.');
  }
  return set;
}

/** Computes the project's indicators for some of its waves (default all, in creation order). */
export async function computeProjectIndicators(
  store: Store,
  project: Project,
  options: { waveIds?: readonly string[]; groupBy?: readonly string[] } = {},
): Promise<{ results: IndicatorResults; waves: Wave[]; indicatorSet: IndicatorSet }> {
  const indicatorSet = requireIndicatorSet(project);
  const all = await store.waves.list(project.id, { limit: 1000 });
  const waves =
    options.waveIds === undefined ? all : all.filter((wave) => options.waveIds?.includes(wave.id) ?? false);
  if (options.waveIds !== undefined && waves.length !== options.waveIds.length) {
    throw new HttpProblem(404, 'not-found', 'No wave with this id in the project.');
  }
  const results = await computeIndicators({
    definitions: indicatorSet.indicators,
    records: projectRecords(store, project.id, waves, options.groupBy ?? []),
    waves: waves.map((wave) => wave.id),
    groupBy: options.groupBy ?? [],
    scorers: instrumentScorers,
  });
  return { results, waves, indicatorSet };
}

/** Compares two waves of the project's indicators. */
export async function compareProjectWaves(
  store: Store,
  project: Project,
  from: string,
  to: string,
  groupBy: readonly string[] = [],
): Promise<{
  comparison: WaveComparison;
  results: IndicatorResults;
  waves: Wave[];
  indicatorSet: IndicatorSet;
}> {
  const computed = await computeProjectIndicators(store, project, { waveIds: [from, to], groupBy });
  const comparison = compareWaves(computed.results, {
    from,
    to,
    definitions: computed.indicatorSet.indicators,
    groups: groupBy.length > 0 ? 'all' : 'overall',
  });
  return { ...computed, comparison };
}
