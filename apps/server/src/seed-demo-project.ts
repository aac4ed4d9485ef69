import { type IndicatorDefinition, IndicatorDefinitionSchema, type Language } from '@neighbourly/core';
import { createSecret, type JsonObject, type RespondentAttributes, type Store } from '@neighbourly/store';
import { listAnswerFields, validateResponse } from '@neighbourly/surveys';
import { z } from 'zod';

/**
 * The part of `createDemoProject()` (from the private `@neighbourly/demo` workspace) that seeding reads. It is
 * written structurally so the server does not depend on that package at build time.
 */
export interface DemoProjectData {
  project: { name: string; slug: string; neighbourhood?: string; languages: readonly Language[] };
  framework: { id: string };
  theoryOfChange: object;
  /** An indicator set, or its list of indicator definitions. */
  indicators: object;
  survey: { title: string; round: string; definition: object };
  waves: readonly { key: string; label: string; opensAt?: string; closesAt?: string }[];
  respondents: readonly { key: string; group?: string; attributes?: RespondentAttributes }[];
  responses: readonly { waveKey: string; respondentKey: string; answers: Record<string, unknown> }[];
  /**
   * Staff and volunteers answering their own questionnaires (one per respondent group) in waves with the
   * same labels as the residents' waves: the same measurement rounds in analyses and reports.
   */
  processRound?: {
    surveys: readonly { group: string; title: string; round: string; definition: object }[];
    respondents: readonly { key: string; group: string }[];
    responses: readonly { waveKey: string; respondentKey: string; answers: Record<string, unknown> }[];
  };
}

/** What {@link seedDemoProject} wrote. */
export interface SeedSummary {
  projectId: string;
  /** Measurement rounds: each questionnaire has a wave in every one. */
  waves: number;
  /** Surveys: the residents' and, with a process round, one per staff or volunteer group. */
  questionnaires: number;
  respondents: number;
  responses: number;
  /** Synthetic answers the server-side validation refused (they are left out). */
  rejected: number;
}

const IndicatorListSchema = z.array(IndicatorDefinitionSchema);

/**
 * The indicators some surveys can feed: those whose questions are all among the answer fields of one of
 * them, and the composites of those. An indicator nothing feeds would only say "no results".
 */
function indicatorsFedBy(
  definitions: readonly object[],
  indicators: readonly IndicatorDefinition[],
): IndicatorDefinition[] {
  const fieldSets = definitions.map(
    (definition) => new Set(listAnswerFields(definition).map((field) => field.name)),
  );
  const kept = new Set<string>();
  for (const indicator of indicators) {
    const components = indicator.components ?? [];
    const fed =
      indicator.kind === 'composite'
        ? components.every((component) => kept.has(component.indicatorId))
        : indicator.items.length > 0 &&
          fieldSets.some((fields) => indicator.items.every((item) => fields.has(item)));
    if (fed) kept.add(indicator.id);
  }
  return indicators.filter((indicator) => kept.has(indicator.id));
}

function toJsonObject(value: object): JsonObject {
  return JSON.parse(JSON.stringify(value)) as JsonObject;
}

/** One questionnaire of the demo with its panel and answers, as {@link seedQuestionnaire} writes it. */
interface Questionnaire {
  title: string;
  round: string;
  definition: object;
  respondents: readonly { key: string; group?: string; attributes?: RespondentAttributes }[];
  responses: readonly { waveKey: string; respondentKey: string; answers: Record<string, unknown> }[];
}

/**
 * Writes one questionnaire of the demo the way the API would: the survey, a wave per demo wave (same
 * labels and dates, so questionnaires share measurement rounds), its panel invited to every wave, and the
 * answers, each validated with `@neighbourly/surveys` first. Waves whose `closesAt` has passed are closed.
 */
async function seedQuestionnaire(
  store: Store,
  projectId: string,
  demo: DemoProjectData,
  questionnaire: Questionnaire,
  now: Date,
): Promise<{ respondents: number; responses: number; rejected: number }> {
  const surveyMetadata = (questionnaire.definition as { neighbourly?: object }).neighbourly ?? {};
  const definition = toJsonObject({
    title: questionnaire.title,
    ...questionnaire.definition,
    neighbourly: { ...surveyMetadata, round: questionnaire.round },
  });
  const survey = await store.surveys.create({ projectId, name: questionnaire.title, definition });
  const waves = new Map<string, string>();
  for (const wave of demo.waves) {
    const created = await store.waves.create({
      projectId,
      surveyId: survey.id,
      label: wave.label,
      access: 'invitation',
      status: 'open',
      ...(wave.opensAt === undefined ? {} : { opensAt: wave.opensAt }),
      ...(wave.closesAt === undefined ? {} : { closesAt: wave.closesAt }),
    });
    waves.set(wave.key, created.id);
  }
  const respondents = new Map<string, string>();
  for (const respondent of questionnaire.respondents) {
    const created = await store.respondents.create({
      projectId,
      ...(respondent.group === undefined ? {} : { group: respondent.group }),
      ...(respondent.attributes === undefined ? {} : { attributes: respondent.attributes }),
    });
    respondents.set(respondent.key, created.id);
  }
  // Every panel member is invited to every wave; who answered completes their invitation.
  const invitations = new Map<string, string>();
  for (const [waveKey, waveId] of waves) {
    for (const [respondentKey, respondentId] of respondents) {
      const invitation = await store.invitations.create({
        waveId,
        respondentId,
        tokenHash: createSecret().hash,
      });
      invitations.set(`${waveKey}\u0000${respondentKey}`, invitation.id);
    }
  }
  let responses = 0;
  let rejected = 0;
  for (const response of questionnaire.responses) {
    const waveId = waves.get(response.waveKey);
    const invitationId = invitations.get(`${response.waveKey}\u0000${response.respondentKey}`);
    const checked = validateResponse(definition, response.answers, { cacheKey: `${survey.id}@1` });
    if (waveId === undefined || invitationId === undefined || !checked.ok) {
      rejected += 1;
      continue;
    }
    await store.responses.save({
      waveId,
      invitationId,
      status: 'complete',
      answers: toJsonObject(checked.value),
      language: demo.project.languages[0] ?? 'en',
    });
    responses += 1;
  }
  for (const wave of demo.waves) {
    const waveId = waves.get(wave.key);
    if (waveId !== undefined && wave.closesAt !== undefined && new Date(wave.closesAt) <= now) {
      await store.waves.update(waveId, { status: 'closed' });
    }
  }
  return { respondents: respondents.size, responses, rejected };
}

/**
 * Writes a demo project into a store the way the API would: the project with its theory of change and
 * indicator set, the residents' survey and, when the demo has one, the staff and volunteers' questionnaires
 * of its process round, each with its waves (the same labels: one measurement round), panel, invitations
 * and validated answers. The indicator set keeps the indicators these questionnaires feed.
 *
 * @example
 * import { createDemoProject } from '@neighbourly/demo';
 * await seedDemoProject(store, createDemoProject({ seed: 1 }));
 */
export async function seedDemoProject(
  store: Store,
  demo: DemoProjectData,
  now = new Date(),
): Promise<SeedSummary> {
  const questionnaires: Questionnaire[] = [
    { ...demo.survey, respondents: demo.respondents, responses: demo.responses },
  ];
  for (const survey of demo.processRound?.surveys ?? []) {
    const respondents = (demo.processRound?.respondents ?? []).filter(
      (respondent) => respondent.group === survey.group,
    );
    const keys = new Set(respondents.map((respondent) => respondent.key));
    const responses = (demo.processRound?.responses ?? []).filter((response) =>
      keys.has(response.respondentKey),
    );
    questionnaires.push({ ...survey, respondents, responses });
  }
  const list = IndicatorListSchema.safeParse(demo.indicators);
  const indicatorSet = list.success
    ? {
        id: `${demo.project.slug}-indicators`,
        frameworkId: demo.framework.id,
        indicators: indicatorsFedBy(
          questionnaires.map((questionnaire) => questionnaire.definition),
          list.data,
        ),
      }
    : demo.indicators;
  const project = await store.projects.create({
    name: demo.project.name,
    slug: demo.project.slug,
    languages: [...demo.project.languages],
    frameworkId: demo.framework.id,
    theoryOfChange: toJsonObject(demo.theoryOfChange),
    indicatorSet: toJsonObject(indicatorSet),
    ...(demo.project.neighbourhood === undefined
      ? {}
      : { context: { neighbourhood: demo.project.neighbourhood } }),
  });
  const summary = { respondents: 0, responses: 0, rejected: 0 };
  for (const questionnaire of questionnaires) {
    const seeded = await seedQuestionnaire(store, project.id, demo, questionnaire, now);
    summary.respondents += seeded.respondents;
    summary.responses += seeded.responses;
    summary.rejected += seeded.rejected;
  }
  await store.audit.append({
    actor: 'system',
    action: 'project.seed-demo',
    projectId: project.id,
    target: project.id,
    details: { responses: summary.responses, rejected: summary.rejected },
  });
  return {
    projectId: project.id,
    waves: demo.waves.length,
    questionnaires: questionnaires.length,
    ...summary,
  };
}
