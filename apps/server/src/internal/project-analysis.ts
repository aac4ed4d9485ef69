import {
  compareWaves,
  computeIndicators,
  type IndicatorResults,
  type IndicatorSet,
  type ResponseRecord,
  type WaveComparison,
} from '@neighbourly/core';
import type { JsonObject, JsonValue, Project, Respondent, Store, Wave } from '@neighbourly/store';
import { instrumentScorers } from '@neighbourly/surveys';
import { HttpProblem } from '../http-problem.js';
import { projectIndicatorSet } from './project-parts.js';

/** Names of the questions marked `neighbourly.background` (equity variables) in a SurveyJS definition. */
export function backgroundQuestions(definition: JsonObject): string[] {
  const names: string[] = [];
  const visit = (elements: JsonValue | undefined) => {
    if (!Array.isArray(elements)) return;
    for (const element of elements) {
      if (typeof element !== 'object' || element === null || Array.isArray(element)) continue;
      const metadata = element.neighbourly;
      if (
        typeof element.name === 'string' &&
        typeof metadata === 'object' &&
        metadata !== null &&
        !Array.isArray(metadata) &&
        metadata.background === true
      ) {
        names.push(element.name);
      }
      visit(element.elements);
    }
  };
  const pages = definition.pages;
  if (Array.isArray(pages)) {
    for (const page of pages) {
      if (typeof page === 'object' && page !== null && !Array.isArray(page)) visit(page.elements);
    }
  }
  visit(definition.elements);
  return names;
}

/**
 * Streams a project's complete responses as the tidy records the indicator engine reads. Groups for
 * breakdowns come from the respondent (`respondentGroup` and attributes) and from background questions.
 */
export async function* projectRecords(
  store: Store,
  projectId: string,
  waves: readonly Wave[],
): AsyncIterable<ResponseRecord> {
  const background = new Map<string, string[]>();
  for (const wave of waves) {
    const key = `${wave.surveyId}@${wave.surveyVersion}`;
    if (background.has(key)) continue;
    const version = await store.surveys.getVersion(wave.surveyId, wave.surveyVersion);
    background.set(key, version === undefined ? [] : backgroundQuestions(version.definition));
  }
  const surveyOf = new Map(waves.map((wave) => [wave.id, `${wave.surveyId}@${wave.surveyVersion}`]));
  const respondents = new Map<string, Respondent | undefined>();
  for await (const response of store.streamResponses({ projectId, waveIds: waves.map((wave) => wave.id) })) {
    const group: Record<string, string> = {};
    if (response.respondentId !== undefined) {
      if (!respondents.has(response.respondentId)) {
        respondents.set(response.respondentId, await store.respondents.get(response.respondentId));
      }
      const respondent = respondents.get(response.respondentId);
      for (const [name, value] of Object.entries(respondent?.attributes ?? {})) group[name] = String(value);
      if (respondent?.group !== undefined) group.respondentGroup = respondent.group;
    }
    for (const name of background.get(surveyOf.get(response.waveId) ?? '') ?? []) {
      const value = response.answers[name];
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        group[name] = String(value);
    }
    yield {
      ...(response.respondentId === undefined ? {} : { respondentId: response.respondentId }),
      waveId: response.waveId,
      group,
      answers: response.answers,
    };
  }
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
    records: projectRecords(store, project.id, waves),
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
