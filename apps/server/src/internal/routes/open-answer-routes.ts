import { IndicatorSetSchema } from '@neighbourly/core';
import type { JsonObject, Response as StoredResponse } from '@neighbourly/store';
import { z } from 'zod';
import { HttpProblem } from '../../http-problem.js';
import { ProjectParams } from '../http-schemas.js';
import { loadProject, loadWave } from '../load-records.js';
import { defineRoute, type Services } from '../route.js';

const OpenAnswersQuery = z.strictObject({ waveId: z.uuid() });

const OpenAnswersView = z.object({
  waveId: z.string(),
  /** Fewer people than this answered a question: its answers are not shown. */
  minCellSize: z.int(),
  questions: z.array(
    z.object({
      name: z.string(),
      /** The question's title as the definition has it (a string, or text per language). */
      title: z.union([z.string(), z.record(z.string(), z.string())]),
      /** How many people answered it. */
      n: z.int(),
      suppressed: z.boolean(),
      /** The answers in alphabetical order (not the order they came in); absent when suppressed. */
      answers: z.array(z.string()).optional(),
    }),
  ),
});

type Element = {
  type?: unknown;
  name?: unknown;
  title?: unknown;
  inputType?: unknown;
  elements?: unknown;
  neighbourly?: unknown;
};

/** The free-text questions of a definition: comments and plain text inputs, not background questions. */
function openTextQuestions(definition: JsonObject): { name: string; title: unknown }[] {
  const found: { name: string; title: unknown }[] = [];
  const visit = (elements: unknown) => {
    if (!Array.isArray(elements)) return;
    for (const element of elements as Element[]) {
      if (element.type === 'panel') visit(element.elements);
      const background = (element.neighbourly as { background?: unknown } | undefined)?.background === true;
      const plainText =
        element.type === 'text' && (element.inputType === undefined || element.inputType === 'text');
      if ((element.type === 'comment' || plainText) && typeof element.name === 'string' && !background) {
        found.push({ name: element.name, title: element.title ?? element.name });
      }
    }
  };
  for (const page of (definition.pages as { elements?: unknown }[] | undefined) ?? []) visit(page.elements);
  return found;
}

async function completeResponses(services: Services, projectId: string, waveId: string) {
  const all: StoredResponse[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await services.store.responses.list(
      { projectId, waveId, status: 'complete' },
      { limit: 1000, ...(after === undefined ? {} : { after }) },
    );
    all.push(...page);
    if (page.length < 1000) return all;
    after = page[page.length - 1]?.id;
  }
}

/** Open-text answers per question, only where enough people answered (the cell-size rule). */
export const openAnswerRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/projects/:projectId/open-answers',
    tag: 'Indicators',
    summary:
      'The open-text answers of a wave per question, in alphabetical order; a question fewer people answered than the smallest group shown (minCellSize) has no answers',
    access: ['admin', 'coordinator', 'researcher'],
    params: ProjectParams,
    query: OpenAnswersQuery,
    responses: { 200: { description: 'The answers per question', schema: OpenAnswersView } },
    async handler({ res, params, query, principal, services }) {
      const project = await loadProject(services, principal, params.projectId);
      const wave = await loadWave(services, principal, query.waveId);
      if (wave.projectId !== project.id)
        throw new HttpProblem(404, 'not-found', 'No wave with this id in the project.');
      const version = await services.versions.get(wave.surveyId, wave.surveyVersion);
      const set = IndicatorSetSchema.safeParse(project.indicatorSet);
      // The strictest rule of the project's indicators, and never below 5.
      const minCellSize = Math.max(5, ...(set.success ? set.data.indicators.map((i) => i.minCellSize) : []));
      const questions = version === undefined ? [] : openTextQuestions(version.definition);
      const responses = questions.length === 0 ? [] : await completeResponses(services, project.id, wave.id);
      res.json({
        waveId: wave.id,
        minCellSize,
        questions: questions.map((question) => {
          const answers = responses
            .map((response) => response.answers[question.name])
            .filter((answer): answer is string => typeof answer === 'string' && answer.trim() !== '')
            .map((answer) => answer.trim());
          const suppressed = answers.length < minCellSize;
          return {
            name: question.name,
            title: question.title,
            n: answers.length,
            suppressed,
            ...(suppressed ? {} : { answers: answers.sort((a, b) => a.localeCompare(b)) }),
          };
        }),
      });
    },
  }),
];
