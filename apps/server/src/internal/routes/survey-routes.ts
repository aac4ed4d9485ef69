import type { JsonObject, Survey, SurveyVersion } from '@neighbourly/store';
import { z } from 'zod';
import { HttpProblem } from '../../http-problem.js';
import { CreateSurveyBody, ProjectParams, SurveyParams, SurveyView } from '../http-schemas.js';
import { loadProject } from '../load-records.js';
import { defineRoute } from '../route.js';
import { lintDefinition } from '../survey-lint.js';

function roundOf(version: SurveyVersion | undefined): string | undefined {
  const metadata = version?.definition.neighbourly;
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) return undefined;
  const round = metadata.round;
  return typeof round === 'string' ? round : undefined;
}

function surveyView(survey: Survey, version: SurveyVersion | undefined, withDefinition: boolean) {
  const round = roundOf(version);
  return {
    ...survey,
    ...(round === undefined ? {} : { round }),
    ...(withDefinition && version !== undefined ? { definition: version.definition } : {}),
  };
}

/** Surveys of a project: create (linted), list, read. */
export const surveyRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/projects/:projectId/surveys',
    tag: 'Surveys',
    summary: 'Create a survey from a SurveyJS definition; 422 with the lint issues when it has errors',
    access: ['admin', 'coordinator'],
    params: ProjectParams,
    body: CreateSurveyBody,
    responses: { 201: { description: 'The survey, with lint warnings', schema: SurveyView } },
    async handler({ res, params, body, principal, services }) {
      const project = await loadProject(services, principal, params.projectId);
      const given = body.definition.neighbourly;
      const metadata: JsonObject =
        typeof given === 'object' && given !== null && !Array.isArray(given) ? { ...given } : {};
      if (metadata.round !== undefined && metadata.round !== body.round) {
        throw new HttpProblem(422, 'validation', 'The definition names another round.', {
          errors: [
            { path: 'body.definition.neighbourly.round', message: `must be "${body.round}" like body.round` },
          ],
        });
      }
      const definition: JsonObject = {
        title: body.title,
        ...body.definition,
        neighbourly: { ...metadata, round: body.round },
      };
      const warnings = lintDefinition(definition, project);
      const survey = await services.store.surveys.create({
        projectId: project.id,
        name: body.title,
        definition,
      });
      const version = await services.store.surveys.getVersion(survey.id);
      res.status(201).json({ ...surveyView(survey, version, true), warnings });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/projects/:projectId/surveys',
    tag: 'Surveys',
    summary: 'List the surveys of a project',
    access: ['admin', 'coordinator', 'researcher'],
    params: ProjectParams,
    responses: { 200: { description: 'The surveys', schema: z.array(SurveyView) } },
    async handler({ res, params, principal, services }) {
      const project = await loadProject(services, principal, params.projectId);
      const surveys = await services.store.surveys.list(project.id, { limit: 1000 });
      const views = [];
      for (const survey of surveys) {
        views.push(surveyView(survey, await services.store.surveys.getVersion(survey.id), false));
      }
      res.json(views);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/projects/:projectId/surveys/:surveyId',
    tag: 'Surveys',
    summary: 'Read a survey with the definition of its latest version',
    access: ['admin', 'coordinator', 'researcher'],
    params: SurveyParams,
    responses: { 200: { description: 'The survey', schema: SurveyView } },
    async handler({ res, params, principal, services }) {
      const project = await loadProject(services, principal, params.projectId);
      const survey = await services.store.surveys.get(params.surveyId);
      if (survey === undefined || survey.projectId !== project.id) {
        throw new HttpProblem(404, 'not-found', 'No survey with this id in the project.');
      }
      res.json(surveyView(survey, await services.store.surveys.getVersion(survey.id), true));
    },
  }),
];
