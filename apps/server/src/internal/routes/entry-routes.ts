import { isStoreError } from '@neighbourly/store';
import { HttpProblem } from '../../http-problem.js';
import { checkAnswers } from '../check-answers.js';
import { WaveParams } from '../http-schemas.js';
import { loadWave } from '../load-records.js';
import { StaffResponseBody, StaffResponseView, StaffSurveyView } from '../paper-schemas.js';
import { findInvitation } from '../respondent-access.js';
import { defineRoute } from '../route.js';

const idempotencyKey = /^[A-Za-z0-9_.:-]{8,200}$/;

/** Staff enter paper questionnaires and interviews: the wave's survey, and a response with its mode. */
export const entryRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/waves/:waveId/survey',
    tag: 'Responses',
    summary: 'The survey definition a wave answers, for entering paper questionnaires and interviews',
    access: ['admin', 'coordinator'],
    params: WaveParams,
    responses: { 200: { description: 'The wave and its locked survey definition', schema: StaffSurveyView } },
    async handler({ res, params, principal, services }) {
      const wave = await loadWave(services, principal, params.waveId);
      const project = await services.store.projects.get(wave.projectId);
      const version = await services.versions.get(wave.surveyId, wave.surveyVersion);
      if (project === undefined || version === undefined) {
        throw new HttpProblem(404, 'not-found', 'No survey for this wave.');
      }
      res.json({
        wave,
        projectName: project.name,
        languages: project.languages,
        definition: version.definition,
      });
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/waves/:waveId/responses',
    tag: 'Responses',
    summary:
      'Enter a paper questionnaire or an interview (mode paper or interview), validated like an online ' +
      'response (a required question left blank is accepted); the printed code links it to its invitation. ' +
      'Also for closed waves (paper arrives late)',
    access: ['admin', 'coordinator'],
    params: WaveParams,
    body: StaffResponseBody,
    headers: [
      {
        name: 'Idempotency-Key',
        required: false,
        description:
          'A key per questionnaire typed in: sending it again returns the first result (safe retries)',
      },
    ],
    responses: {
      201: { description: 'Saved', schema: StaffResponseView },
      200: { description: 'A replay of an earlier entry with the same key', schema: StaffResponseView },
      409: { description: 'The code’s invitation was already completed' },
      422: {
        description:
          'Answers not valid per question (blank required questions are accepted: paper allows them), ' +
          'or a code that is not one of this wave',
      },
    },
    async handler({ req, res, params, body, principal, services }) {
      const wave = await loadWave(services, principal, params.waveId);
      if (wave.status === 'draft') throw new HttpProblem(409, 'conflict', 'This wave is not open yet.');
      const key = req.get('idempotency-key');
      if (key !== undefined && !idempotencyKey.test(key)) {
        throw new HttpProblem(422, 'validation', 'The Idempotency-Key header is not valid.', {
          errors: [
            { path: 'headers.idempotency-key', message: 'must be 8-200 characters of A-Z a-z 0-9 _ . : -' },
          ],
        });
      }
      let invitationId: string | undefined;
      if (body.code !== undefined) {
        const invitation = await findInvitation(services, body.code);
        if (invitation === undefined || invitation.waveId !== wave.id) {
          throw new HttpProblem(422, 'validation', 'This code is not one of this wave’s invitations.', {
            errors: [
              { path: 'body.code', message: 'no invitation of this wave has this code; check the letter' },
            ],
          });
        }
        if (invitation.status === 'revoked') {
          throw new HttpProblem(422, 'validation', 'This invitation was withdrawn.', {
            errors: [{ path: 'body.code', message: 'this invitation was revoked' }],
          });
        }
        invitationId = invitation.id;
      }
      const version = await services.versions.get(wave.surveyId, wave.surveyVersion);
      if (version === undefined) throw new HttpProblem(404, 'not-found', 'No survey for this wave.');
      // A question left blank on paper, or declined in an interview, is recorded as unanswered.
      const answers = checkAnswers(version, body.answers, { missingAnswers: 'allow' });
      // The store replays a known Idempotency-Key before it checks the invitation, so a retry answers 200.
      const { response, replayed } = await services.store.responses
        .save({
          waveId: wave.id,
          status: 'complete',
          answers,
          mode: body.mode,
          ...(invitationId === undefined ? {} : { invitationId }),
          ...(body.language === undefined ? {} : { language: body.language }),
          ...(key === undefined ? {} : { idempotencyKey: `staff:${key}` }),
        })
        .catch((error: unknown) => {
          if (isStoreError(error) && error.code === 'already-complete') {
            throw new HttpProblem(
              409,
              'already-complete',
              'A response was already received with this code.',
              {
                errors: [{ path: 'body.code', message: 'already answered (online or entered before)' }],
              },
            );
          }
          throw error;
        });
      if (!replayed) {
        await services.store.audit.append({
          actor: principal?.actor ?? 'system',
          action: 'response.enter',
          projectId: wave.projectId,
          target: wave.id,
          details: { mode: body.mode },
        });
      }
      res.status(replayed ? 200 : 201).json({
        responseId: response.id,
        status: response.status,
        mode: response.mode,
        ...(response.respondentId === undefined ? {} : { respondentId: response.respondentId }),
        ...(replayed ? { replayed } : {}),
      });
    },
  }),
];
