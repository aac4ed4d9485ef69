import { z } from 'zod';
import { HttpProblem } from '../../http-problem.js';
import { checkAnswers } from '../check-answers.js';
import {
  LangQuery,
  PublicSurveyView,
  ResponseBody,
  SavedResponseView,
  TokenParams,
  WaveParams,
} from '../http-schemas.js';
import {
  chooseLanguage,
  resolveInvitation,
  resolveOpenWave,
  resolveOpenWaveVersion,
} from '../respondent-access.js';
import { defineRoute } from '../route.js';
import { savedProgress, surveyView } from '../survey-view.js';

const IdempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_.:-]{8,200}$/, 'must be 8-200 characters of A-Z a-z 0-9 _ . : -');

/** The problems of an invitation link (see `resolveInvitation`), with their `reason`. */
const linkProblems = {
  404: { description: 'The link is not valid (reason `invalid`)' },
  409: {
    description: 'Already completed with this link (`used`), or the wave is not open yet (`not-yet-open`)',
  },
  410: {
    description:
      'The link was withdrawn (`revoked`) or expired (`expired`), or the wave is closed (`closed`)',
  },
};

/** The problems of a wave open to anyone (see `resolveOpenWave`), with their `reason`. */
const openWaveProblems = {
  404: { description: 'No wave open to anyone with this id (reason `invalid`)' },
  409: { description: 'The wave is not open yet (`not-yet-open`)' },
  410: { description: 'The wave is closed (`closed`)' },
};

/** What respondents call, without an API key: rate limited. */
export const publicRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/public/:token/survey',
    tag: 'Respondents',
    summary: 'The survey behind an invitation link, in the chosen language, with any saved progress',
    access: 'public',
    rateLimited: true,
    params: TokenParams,
    query: LangQuery,
    responses: {
      200: { description: 'The survey', schema: PublicSurveyView },
      ...linkProblems,
    },
    async handler({ req, res, params, query, services }) {
      const target = await resolveInvitation(services, params.token);
      const language = chooseLanguage(req, target.project, query.lang);
      res.json(surveyView(target, language, await savedProgress(services, target)));
    },
  }),
  defineRoute({
    method: 'put',
    path: '/api/public/:token/progress',
    tag: 'Respondents',
    summary: 'Save a partial response, to resume later with the same link',
    access: 'public',
    rateLimited: true,
    params: TokenParams,
    body: ResponseBody,
    responses: {
      200: { description: 'Saved', schema: SavedResponseView },
      ...linkProblems,
    },
    async handler({ res, params, body, services }) {
      const target = await resolveInvitation(services, params.token);
      const { response } = await services.store.responses.save({
        waveId: target.wave.id,
        invitationId: target.invitation.id,
        status: 'partial',
        answers: body.answers,
        ...(body.language === undefined ? {} : { language: body.language }),
      });
      res.json({ responseId: response.id, status: response.status });
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/public/:token/responses',
    tag: 'Respondents',
    summary: 'Complete the survey: answers are validated on the server against the wave’s survey version',
    access: 'public',
    rateLimited: true,
    params: TokenParams,
    body: ResponseBody,
    responses: {
      201: { description: 'Completed', schema: SavedResponseView },
      ...linkProblems,
      422: { description: 'Answers missing or not valid, one error per question (`body.answers.<name>`)' },
    },
    async handler({ res, params, body, services }) {
      const target = await resolveInvitation(services, params.token);
      const answers = checkAnswers(target.version, body.answers);
      const { response } = await services.store.responses.save({
        waveId: target.wave.id,
        invitationId: target.invitation.id,
        status: 'complete',
        answers,
        ...(body.language === undefined ? {} : { language: body.language }),
      });
      res.status(201).json({ responseId: response.id, status: response.status });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/public/waves/:waveId/survey',
    tag: 'Respondents',
    summary: 'The survey of a wave open to anyone with its link',
    access: 'public',
    rateLimited: true,
    params: WaveParams,
    query: LangQuery,
    responses: {
      200: { description: 'The survey', schema: PublicSurveyView },
      ...openWaveProblems,
    },
    async handler({ req, res, params, query, services }) {
      const target = await resolveOpenWave(services, params.waveId);
      res.json(surveyView(target, chooseLanguage(req, target.project, query.lang)));
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/public/waves/:waveId/responses',
    tag: 'Respondents',
    summary: 'Answer a wave open to anyone; the Idempotency-Key header makes retries safe',
    access: 'public',
    rateLimited: true,
    params: WaveParams,
    body: ResponseBody,
    headers: [
      {
        name: 'Idempotency-Key',
        required: true,
        description: 'A client-chosen key per submission: sending it again returns the first result',
      },
    ],
    responses: {
      201: { description: 'Saved', schema: SavedResponseView },
      200: { description: 'A replay of an earlier submission with the same key', schema: SavedResponseView },
      ...openWaveProblems,
      422: {
        description:
          'No valid Idempotency-Key, or answers missing or not valid, one error per question (`body.answers.<name>`)',
      },
    },
    async handler({ req, res, params, body, services }) {
      const key = IdempotencyKeySchema.safeParse(req.get('idempotency-key'));
      if (!key.success) {
        throw new HttpProblem(422, 'validation', 'Send an Idempotency-Key header with each submission.', {
          errors: [
            { path: 'headers.idempotency-key', message: key.error.issues[0]?.message ?? 'is required' },
          ],
        });
      }
      const target = await resolveOpenWaveVersion(services, params.waveId);
      const answers = checkAnswers(target.version, body.answers);
      const { response, replayed } = await services.store.responses.save({
        waveId: target.wave.id,
        status: 'complete',
        answers,
        idempotencyKey: key.data,
        ...(body.language === undefined ? {} : { language: body.language }),
      });
      res.status(replayed ? 200 : 201).json({ responseId: response.id, status: response.status, replayed });
    },
  }),
];
