import {
  compareWaves,
  computeIndicators,
  type IndicatorResults,
  type IndicatorSet,
  type ResponseRecord,
  type WaveComparison,
} from '@neighbourly/core';
import type { JsonObject, Project, Respondent, Store, Wave } from '@neighbourly/store';
import { checkGroupBy, instrumentScorers, type ResponseInput, toRecords } from '@neighbourly/surveys';
import { HttpProblem } from '../http-problem.js';
import { projectIndicatorSet } from './project-parts.js';

const batchSize = 500;

/**
 * Streams a project's complete responses as the tidy records the indicator engine reads, flattened by
 * `toRecords` of @neighbourly/surveys (in batches, per survey version). Groups for breakdowns come from the
 * respondent (`respondentGroup` and panel attributes) and from the answers to the `groupBy` questions (by
 * default, the questions marked `neighbourly.background`), and `mode` (online, paper, interview). With
 * `roundOf`, each record's wave is its measurement round (see {@link measurementRounds}).
 */
export async function* projectRecords(
  store: Store,
  projectId: string,
  waves: readonly Wave[],
  groupBy: readonly string[] = [],
  roundOf: ReadonlyMap<string, string> = new Map(),
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
    // How the answers were collected is a group like any other: `groupBy=mode` compares online and paper.
    const group: Record<string, string> = { mode: response.mode };
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
      waveId: roundOf.get(response.waveId) ?? response.waveId,
      group,
      data: response.answers,
    });
  }
  yield* flush();
}

/**
 * Refuses (422) a `groupBy` name that is not `mode`, a respondent attribute (`respondentGroup`, a panel attribute) or a
 * question marked as background in the waves' questionnaires: breaking down by any other question would
 * publish its answers (see `checkGroupBy` of @neighbourly/surveys).
 */
async function checkProjectGroupBy(
  store: Store,
  projectId: string,
  waves: readonly Wave[],
  groupBy: readonly string[],
): Promise<void> {
  if (groupBy.length === 0) return;
  // `mode` (online, paper, interview) is a group of every response: comparing modes publishes no answer.
  const attributes = new Set(['respondentGroup', 'mode']);
  for (let after: string | undefined; ; ) {
    const page = await store.respondents.list(projectId, {
      limit: 1000,
      ...(after === undefined ? {} : { after }),
    });
    for (const respondent of page)
      for (const name of Object.keys(respondent.attributes ?? {})) attributes.add(name);
    after = page.at(-1)?.id;
    if (page.length < 1000) break;
  }
  const definitions: JsonObject[] = [];
  for (const key of new Set(waves.map((wave) => `${wave.surveyId}@${wave.surveyVersion}`))) {
    const [surveyId = '', version] = key.split('@');
    const stored = await store.surveys.getVersion(surveyId, Number(version));
    if (stored !== undefined) definitions.push(stored.definition);
  }
  const issues = checkGroupBy(groupBy, { definitions, attributes });
  if (issues.length > 0) {
    throw new HttpProblem(
      422,
      'validation',
      'Results can only be broken down by respondent attributes and background questions.',
      {
        errors: issues.map((issue) => ({ path: 'query.groupBy', message: issue.message })),
        reason: 'group-by-not-allowed',
      },
    );
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

/**
 * A measurement round: the waves of different questionnaires that share a label, such as the residents'
 * and the staff's "Baseline 2024" of a CAIMeR round. Analyses and reports see rounds, as the CLI does (it
 * names waves by label); a round is known by the id of its first wave.
 */
export interface MeasurementRound {
  id: string;
  label: string;
  waves: Wave[];
}

/**
 * Groups waves into measurement rounds, in the order of each round's first wave: a wave joins the first
 * round with its label that has no wave of the same questionnaire yet (two waves of one survey are two
 * rounds, whatever their labels).
 */
export function measurementRounds(waves: readonly Wave[]): MeasurementRound[] {
  const rounds: MeasurementRound[] = [];
  for (const wave of waves) {
    const round = rounds.find(
      (candidate) =>
        candidate.label === wave.label && candidate.waves.every((other) => other.surveyId !== wave.surveyId),
    );
    if (round === undefined) rounds.push({ id: wave.id, label: wave.label, waves: [wave] });
    else round.waves.push(wave);
  }
  return rounds;
}

/**
 * Computes the project's indicators for some of its measurement rounds (default all, in creation order):
 * `waveIds` picks the rounds those waves belong to. The results' wave ids are the rounds' ids.
 */
export async function computeProjectIndicators(
  store: Store,
  project: Project,
  options: { waveIds?: readonly string[]; groupBy?: readonly string[] } = {},
): Promise<{
  results: IndicatorResults;
  rounds: MeasurementRound[];
  /** The id of the round each wave of the project belongs to. */
  roundOf: Map<string, string>;
  indicatorSet: IndicatorSet;
}> {
  const indicatorSet = requireIndicatorSet(project);
  const all = await store.waves.list(project.id, { limit: 1000 });
  const allRounds = measurementRounds(all);
  const roundOf = new Map(allRounds.flatMap((round) => round.waves.map((wave) => [wave.id, round.id])));
  const wanted = options.waveIds;
  if (wanted?.some((id) => !roundOf.has(id))) {
    throw new HttpProblem(404, 'not-found', 'No wave with this id in the project.');
  }
  const rounds =
    wanted === undefined
      ? allRounds
      : allRounds.filter((round) => wanted.some((id) => roundOf.get(id) === round.id));
  const waves = rounds.flatMap((round) => round.waves);
  await checkProjectGroupBy(store, project.id, waves, options.groupBy ?? []);
  const results = await computeIndicators({
    definitions: indicatorSet.indicators,
    records: projectRecords(store, project.id, waves, options.groupBy ?? [], roundOf),
    waves: rounds.map((round) => round.id),
    groupBy: options.groupBy ?? [],
    scorers: instrumentScorers,
  });
  return { results, rounds, roundOf, indicatorSet };
}

/** Compares two waves (their measurement rounds) of the project's indicators. */
export async function compareProjectWaves(
  store: Store,
  project: Project,
  from: string,
  to: string,
  groupBy: readonly string[] = [],
): Promise<{
  comparison: WaveComparison;
  results: IndicatorResults;
  rounds: MeasurementRound[];
  indicatorSet: IndicatorSet;
}> {
  const computed = await computeProjectIndicators(store, project, { waveIds: [from, to], groupBy });
  const comparison = compareWaves(computed.results, {
    from: computed.roundOf.get(from) ?? from,
    to: computed.roundOf.get(to) ?? to,
    definitions: computed.indicatorSet.indicators,
    groups: groupBy.length > 0 ? 'all' : 'overall',
  });
  return { ...computed, comparison };
}
