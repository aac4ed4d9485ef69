import type { ResponseRecord } from '@neighbourly/core';
import type { JsonObject, Store } from '@neighbourly/store';
import type { LoadedProject } from '../project/load-project.js';
import { sourceIdAttribute } from './store-records.js';

/** What an import of records wrote. */
export interface RecordImportSummary {
  projectId: string;
  slug: string;
  createdProject: boolean;
  waves: number;
  respondents: number;
  responses: number;
  /** Responses already in the store from an earlier import of the same rows (nothing written). */
  replayed: number;
}

/**
 * Writes response records into a store under the project of `project.json`: the project (created from
 * project.json when its slug is new), one survey holding the definition, a wave per wave id (by label), a
 * respondent per respondent id (kept as the `sourceId` attribute, so a later import links to the same person),
 * and a complete response per record. Saving uses an idempotency key per respondent and wave, so importing the
 * same rows again writes nothing twice.
 */
export async function importRecords(
  store: Store,
  loaded: LoadedProject,
  records: AsyncIterable<ResponseRecord>,
  survey: { name: string; definition: JsonObject },
): Promise<RecordImportSummary> {
  const slug = loaded.project.slug ?? 'imported-project';
  let project = await store.projects.getBySlug(slug);
  const createdProject = project === undefined;
  if (!project) {
    project = await store.projects.create({
      slug,
      name: loaded.project.name,
      languages: loaded.project.languages,
      frameworkId: loaded.framework.id,
      ...(loaded.indicatorSet
        ? { indicatorSet: JSON.parse(JSON.stringify(loaded.indicatorSet)) as JsonObject }
        : {}),
      ...(loaded.theoryOfChange
        ? { theoryOfChange: JSON.parse(JSON.stringify(loaded.theoryOfChange)) as JsonObject }
        : {}),
    });
  }
  const projectId = project.id;
  const surveys = await store.surveys.list(projectId, { limit: 1000 });
  const storedSurvey =
    surveys.find((candidate) => candidate.name === survey.name) ??
    (await store.surveys.create({ projectId, name: survey.name, definition: survey.definition }));
  const waves = new Map(
    (await store.waves.list(projectId, { limit: 1000 })).map((wave) => [wave.label, wave.id]),
  );
  const respondents = new Map<string, string>();
  for (
    let after: string | undefined, page = await store.respondents.list(projectId, { limit: 1000 });
    page.length > 0;
  ) {
    for (const respondent of page) {
      const sourceId = respondent.attributes?.[sourceIdAttribute];
      if (sourceId !== undefined) respondents.set(String(sourceId), respondent.id);
      after = respondent.id;
    }
    page = after === undefined ? [] : await store.respondents.list(projectId, { limit: 1000, after });
    if (page.length < 1) break;
  }
  const summary: RecordImportSummary = {
    projectId,
    slug,
    createdProject,
    waves: 0,
    respondents: 0,
    responses: 0,
    replayed: 0,
  };
  for await (const record of records) {
    let waveId = waves.get(record.waveId);
    if (waveId === undefined) {
      const wave = await store.waves.create({
        projectId,
        surveyId: storedSurvey.id,
        label: record.waveId,
        access: 'invitation',
        status: 'closed',
      });
      waveId = wave.id;
      waves.set(record.waveId, waveId);
      summary.waves += 1;
    }
    let respondentId: string | undefined;
    if (record.respondentId !== undefined) {
      respondentId = respondents.get(record.respondentId);
      if (respondentId === undefined) {
        const { respondentGroup, ...attributes } = record.group ?? {};
        const respondent = await store.respondents.create({
          projectId,
          ...(respondentGroup === undefined ? {} : { group: respondentGroup }),
          attributes: { ...attributes, [sourceIdAttribute]: record.respondentId },
        });
        respondentId = respondent.id;
        respondents.set(record.respondentId, respondentId);
        summary.respondents += 1;
      }
    }
    const saved = await store.responses.save({
      waveId,
      ...(respondentId === undefined ? {} : { respondentId }),
      status: 'complete',
      answers: record.answers as JsonObject,
      ...(record.respondentId === undefined
        ? {}
        : { idempotencyKey: `import:${record.waveId}:${record.respondentId}`.slice(0, 200) }),
    });
    if (saved.replayed) summary.replayed += 1;
    else summary.responses += 1;
  }
  return summary;
}
