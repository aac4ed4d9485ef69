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
}

/** What {@link seedDemoProject} wrote. */
export interface SeedSummary {
  projectId: string;
  waves: number;
  respondents: number;
  responses: number;
  /** Synthetic answers the server-side validation refused (they are left out). */
  rejected: number;
}

const IndicatorListSchema = z.array(IndicatorDefinitionSchema);

/**
 * The indicators one survey can feed: those whose questions are all among its answer fields, and the
 * composites of those. The demo also models a staff and volunteer round, which a wave of the store (one
 * survey each) cannot hold beside the residents' questionnaire; its indicators are left out, so the
 * report lists those objectives as not measured rather than empty.
 */
function indicatorsFedBy(
  definition: object,
  indicators: readonly IndicatorDefinition[],
): IndicatorDefinition[] {
  const fields = new Set(listAnswerFields(definition).map((field) => field.name));
  const kept = new Set<string>();
  for (const indicator of indicators) {
    const components = indicator.components ?? [];
    const fed =
      indicator.kind === 'composite'
        ? components.every((component) => kept.has(component.indicatorId))
        : indicator.items.length > 0 && indicator.items.every((item) => fields.has(item));
    if (fed) kept.add(indicator.id);
  }
  return indicators.filter((indicator) => kept.has(indicator.id));
}

function toJsonObject(value: object): JsonObject {
  return JSON.parse(JSON.stringify(value)) as JsonObject;
}

/**
 * Writes a demo project into a store the way the API would: the project with its theory of change and
 * indicator set, its survey, its waves, a panel of respondents invited to every wave, and their answers,
 * each validated with `@neighbourly/surveys` first. Waves whose `closesAt` has passed are closed.
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
  const list = IndicatorListSchema.safeParse(demo.indicators);
  const indicatorSet = list.success
    ? {
        id: `${demo.project.slug}-indicators`,
        frameworkId: demo.framework.id,
        indicators: indicatorsFedBy(demo.survey.definition, list.data),
      }
    : demo.indicators;
  const surveyMetadata = (demo.survey.definition as { neighbourly?: object }).neighbourly ?? {};
  const definition = toJsonObject({
    title: demo.survey.title,
    ...demo.survey.definition,
    neighbourly: { ...surveyMetadata, round: demo.survey.round },
  });
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
  const survey = await store.surveys.create({ projectId: project.id, name: demo.survey.title, definition });
  const waves = new Map<string, string>();
  for (const wave of demo.waves) {
    const created = await store.waves.create({
      projectId: project.id,
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
  for (const respondent of demo.respondents) {
    const created = await store.respondents.create({
      projectId: project.id,
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
  let saved = 0;
  let rejected = 0;
  for (const response of demo.responses) {
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
    saved += 1;
  }
  for (const wave of demo.waves) {
    const waveId = waves.get(wave.key);
    if (waveId !== undefined && wave.closesAt !== undefined && new Date(wave.closesAt) <= now) {
      await store.waves.update(waveId, { status: 'closed' });
    }
  }
  await store.audit.append({
    actor: 'system',
    action: 'project.seed-demo',
    projectId: project.id,
    target: project.id,
    details: { responses: saved, rejected },
  });
  return {
    projectId: project.id,
    waves: waves.size,
    respondents: respondents.size,
    responses: saved,
    rejected,
  };
}
