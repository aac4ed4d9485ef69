import { createSecret, type Invitation } from '@neighbourly/store';
import { z } from 'zod';
import { HttpProblem } from '../../http-problem.js';
import {
  CreateInvitationsBody,
  CreateWaveBody,
  InvitationView,
  ProjectParams,
  WaveParams,
  WaveView,
} from '../http-schemas.js';
import { loadProject, loadWave } from '../load-records.js';
import { publicBase } from '../public-base.js';
import { defineRoute } from '../route.js';
import { countWave } from '../wave-counts.js';

/** Waves of a project: create, list with counts, close; and invitations to a wave. */
export const waveRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/projects/:projectId/waves',
    tag: 'Waves',
    summary: 'Create a wave that answers the latest version of a survey (that version is then locked)',
    access: ['admin', 'coordinator'],
    params: ProjectParams,
    body: CreateWaveBody,
    responses: { 201: { description: 'The wave', schema: WaveView } },
    async handler({ res, params, body, principal, services }) {
      const project = await loadProject(services, principal, params.projectId);
      const survey = await services.store.surveys.get(body.surveyId);
      if (survey === undefined || survey.projectId !== project.id) {
        throw new HttpProblem(422, 'validation', 'The survey is not one of this project.', {
          errors: [{ path: 'body.surveyId', message: 'no survey with this id in the project' }],
        });
      }
      if (body.opensAt !== undefined && body.closesAt !== undefined && body.opensAt >= body.closesAt) {
        throw new HttpProblem(422, 'validation', 'The wave closes before it opens.', {
          errors: [{ path: 'body.closesAt', message: 'must be after opensAt' }],
        });
      }
      const wave = await services.store.waves.create({
        projectId: project.id,
        surveyId: survey.id,
        label: body.label,
        access: body.access,
        status: 'open',
        ...(body.opensAt === undefined ? {} : { opensAt: body.opensAt }),
        ...(body.closesAt === undefined ? {} : { closesAt: body.closesAt }),
      });
      res.status(201).json(wave);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/projects/:projectId/waves',
    tag: 'Waves',
    summary: 'List the waves of a project with invitation and response counts and response rates',
    access: ['admin', 'coordinator', 'researcher'],
    params: ProjectParams,
    responses: { 200: { description: 'The waves', schema: z.array(WaveView) } },
    async handler({ res, params, principal, services }) {
      const project = await loadProject(services, principal, params.projectId);
      const waves = await services.store.waves.list(project.id, { limit: 1000 });
      const withCounts = [];
      for (const wave of waves) withCounts.push({ ...wave, counts: await countWave(services.store, wave) });
      res.json(withCounts);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/waves/:waveId/close',
    tag: 'Waves',
    summary: 'Close a wave: no more responses are accepted',
    access: ['admin', 'coordinator'],
    params: WaveParams,
    responses: { 200: { description: 'The closed wave', schema: WaveView } },
    async handler({ res, params, principal, services }) {
      const wave = await loadWave(services, principal, params.waveId);
      const closed =
        wave.status === 'closed' ? wave : await services.store.waves.update(wave.id, { status: 'closed' });
      await services.store.audit.append({
        actor: principal?.actor ?? 'system',
        action: 'wave.close',
        projectId: wave.projectId,
        target: wave.id,
      });
      res.json(closed);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/waves/:waveId/invitations',
    tag: 'Waves',
    summary:
      'Create single-use invitations: for new panel members (count) and/or existing ones (respondentIds). ' +
      'Tokens and links are shown once.',
    access: ['admin', 'coordinator'],
    params: WaveParams,
    body: CreateInvitationsBody,
    responses: {
      201: { description: 'The invitations with their tokens', schema: z.array(InvitationView) },
      404: { description: 'No wave with this id' },
      409: { description: 'The wave is open to anyone with its link: it takes no invitations' },
      410: { description: 'The wave is closed' },
    },
    async handler({ req, res, params, body, principal, services }) {
      const { store, config } = services;
      const wave = await loadWave(services, principal, params.waveId);
      if (wave.access !== 'invitation') {
        throw new HttpProblem(409, 'conflict', 'This wave is open to anyone with its link: no invitations.');
      }
      if (wave.status === 'closed') throw new HttpProblem(410, 'gone', 'This wave is closed.');
      if (body.expiresAt !== undefined && new Date(body.expiresAt) <= new Date()) {
        throw new HttpProblem(422, 'validation', 'The links would expire before anyone can use them.', {
          errors: [{ path: 'body.expiresAt', message: 'must be in the future' }],
        });
      }
      const respondentIds: string[] = [];
      for (const [index, respondentId] of (body.respondentIds ?? []).entries()) {
        const respondent = await store.respondents.get(respondentId);
        if (respondent === undefined || respondent.projectId !== wave.projectId) {
          throw new HttpProblem(422, 'validation', 'A respondent is not in this project.', {
            errors: [
              { path: `body.respondentIds[${index}]`, message: 'no respondent with this id in the project' },
            ],
          });
        }
        respondentIds.push(respondent.id);
      }
      for (let i = 0; i < (body.count ?? 0); i += 1) {
        const respondent = await store.respondents.create({
          projectId: wave.projectId,
          ...(body.group === undefined ? {} : { group: body.group }),
        });
        respondentIds.push(respondent.id);
      }
      const base = publicBase(req, config.NEIGHBOURLY_PUBLIC_URL);
      const created: { invitation: Invitation; token: string }[] = [];
      for (const respondentId of respondentIds) {
        const { secret, hash } = createSecret();
        const invitation = await store.invitations.create({
          waveId: wave.id,
          respondentId,
          tokenHash: hash,
          ...(body.expiresAt === undefined ? {} : { expiresAt: body.expiresAt }),
        });
        created.push({ invitation, token: secret });
      }
      await store.audit.append({
        actor: principal?.actor ?? 'system',
        action: 'invitations.create',
        projectId: wave.projectId,
        target: wave.id,
        details: { count: created.length },
      });
      res.status(201).json(
        created.map(({ invitation, token }) => ({
          invitationId: invitation.id,
          respondentId: invitation.respondentId,
          token,
          url: `${base}/s/${token}`,
          ...(invitation.expiresAt === undefined ? {} : { expiresAt: invitation.expiresAt }),
        })),
      );
    },
  }),
];
