import { RespondentGroupSchema } from '@neighbourly/core';
import { JsonObjectSchema } from '@neighbourly/store';
import { listSurveyTemplates, SurveyRoundSchema, surveyTemplate } from '@neighbourly/surveys';
import { z } from 'zod';
import { HttpProblem } from '../../http-problem.js';
import { defineRoute } from '../route.js';

const TemplateView = z.object({
  /** `<round>-<group>`, e.g. `outcomes-resident`. */
  id: z.string(),
  round: SurveyRoundSchema,
  group: RespondentGroupSchema,
  /** The questionnaire's title, per language (`default` is English). */
  title: JsonObjectSchema,
  /** How many questions the template asks (panels and pages not counted). */
  questions: z.int(),
});

const TemplateParams = z.strictObject({
  templateId: z.string().regex(/^[a-z]+-[a-z]+$/, 'must be <round>-<group>, e.g. outcomes-resident'),
});

function countQuestions(elements: unknown): number {
  if (!Array.isArray(elements)) return 0;
  let count = 0;
  for (const element of elements as { type?: unknown; elements?: unknown }[]) {
    if (element.type === 'panel') count += countQuestions(element.elements);
    else if (element.type !== 'html' && element.type !== 'image') count += 1;
  }
  return count;
}

function templateView(template: ReturnType<typeof listSurveyTemplates>[number]) {
  const definition = surveyTemplate(template.round, template.group) ?? {};
  const pages = Array.isArray(definition.pages) ? (definition.pages as { elements?: unknown }[]) : [];
  const title = definition.title;
  return {
    ...template,
    title: typeof title === 'object' && title !== null ? title : { default: String(title ?? template.id) },
    questions: pages.reduce((sum, page) => sum + countQuestions(page.elements), 0),
    definition,
  };
}

/** The CAIMeR questionnaire templates (round × respondent group) to start a survey from. */
export const templateRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/survey-templates',
    tag: 'Surveys',
    summary:
      'List the questionnaire templates: one per round (governance, process, outcomes) and respondent group',
    access: ['admin', 'coordinator', 'researcher'],
    responses: { 200: { description: 'The templates', schema: z.array(TemplateView) } },
    async handler({ res }) {
      res.json(
        listSurveyTemplates().map(({ ...template }) => {
          const { definition: _definition, ...view } = templateView(template);
          return view;
        }),
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/survey-templates/:templateId',
    tag: 'Surveys',
    summary:
      'Read a questionnaire template: its SurveyJS definition in nl, fr and en, ready to adapt and POST',
    access: ['admin', 'coordinator', 'researcher'],
    params: TemplateParams,
    responses: {
      200: {
        description: 'The template with its definition',
        schema: TemplateView.extend({ definition: JsonObjectSchema }),
      },
    },
    async handler({ res, params }) {
      const template = listSurveyTemplates().find((candidate) => candidate.id === params.templateId);
      if (template === undefined)
        throw new HttpProblem(404, 'not-found', 'No questionnaire template with this id.');
      res.json(templateView(template));
    },
  }),
];
