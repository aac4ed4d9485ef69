import type { Invitation, Store } from '@neighbourly/store';
import { z } from 'zod';
import { HttpProblem } from '../../http-problem.js';
import { InvitationParams, InvitationStateView, WaveParams } from '../http-schemas.js';
import { loadWave } from '../load-records.js';
import { requireProject } from '../principal.js';
import { defineRoute } from '../route.js';
import { mailOfWave } from './mail-routes.js';

/** Every invitation of a wave, page by page (a wave can have thousands). */
async function allInvitations(store: Store, waveId: string): Promise<Invitation[]> {
  const all: Invitation[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.invitations.list(waveId, {
      limit: 1000,
      ...(after === undefined ? {} : { after }),
    });
    all.push(...page);
    if (page.length < 1000) return all;
    after = page[page.length - 1]?.id;
  }
}

/**
 * What a coordinator sees of an invitation: `not-opened` (no answer saved yet), `started`, `completed`,
 * `expired` (past `expiresAt` before it was completed) or `revoked`.
 */
function stateOf(invitation: Invitation, now: Date): z.infer<typeof InvitationStateView>['state'] {
  if (invitation.status === 'revoked' || invitation.status === 'completed') return invitation.status;
  if (invitation.expiresAt !== undefined && new Date(invitation.expiresAt) <= now) return 'expired';
  return invitation.status === 'started' ? 'started' : 'not-opened';
}

/** Invitations of a wave: list them with their state, revoke one. */
export const invitationRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/waves/:waveId/invitations',
    tag: 'Waves',
    summary:
      'List the invitations of a wave with their state (not-opened, started, completed, expired, revoked); never their tokens',
    access: ['admin', 'coordinator'],
    params: WaveParams,
    responses: {
      200: { description: 'The invitations, oldest first', schema: z.array(InvitationStateView) },
    },
    async handler({ res, params, principal, services }) {
      const wave = await loadWave(services, principal, params.waveId);
      const invitations = await allInvitations(services.store, wave.id);
      const respondents = new Map(
        (await services.store.respondents.list(wave.projectId, { limit: 1000 })).map((r) => [r.id, r]),
      );
      // The latest e-mail of each invitation (ids sort in creation order), cancelled ones left out.
      const delivery = new Map<string, z.infer<typeof InvitationStateView>['delivery']>();
      for (const message of await mailOfWave(services.store, wave.id)) {
        if (message.invitationId === undefined || message.status === 'cancelled') continue;
        delivery.set(
          message.invitationId,
          message.status === 'queued' || message.status === 'sending'
            ? 'queued'
            : message.status === 'sent'
              ? 'sent'
              : message.lastError?.startsWith('smtp-5')
                ? 'bounced'
                : 'failed',
        );
      }
      const now = new Date();
      res.json(
        invitations.map((invitation) => {
          const group = respondents.get(invitation.respondentId)?.group;
          return {
            invitationId: invitation.id,
            respondentId: invitation.respondentId,
            ...(group === undefined ? {} : { group }),
            state: stateOf(invitation, now),
            createdAt: invitation.createdAt,
            updatedAt: invitation.updatedAt,
            ...(invitation.expiresAt === undefined ? {} : { expiresAt: invitation.expiresAt }),
            ...(delivery.has(invitation.id) ? { delivery: delivery.get(invitation.id) } : {}),
          };
        }),
      );
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/invitations/:invitationId',
    tag: 'Waves',
    summary: 'Revoke an invitation: its link stops working (a completed one keeps its response: 409)',
    access: ['admin', 'coordinator'],
    params: InvitationParams,
    responses: {
      204: { description: 'Revoked (or already revoked)' },
      409: { description: 'The invitation was completed: its response is kept' },
    },
    async handler({ res, params, principal, services }) {
      const { store } = services;
      const invitation = await store.invitations.get(params.invitationId);
      if (invitation === undefined) throw new HttpProblem(404, 'not-found', 'No invitation with this id.');
      if (principal !== undefined) requireProject(principal, invitation.projectId);
      if (invitation.status === 'completed') {
        throw new HttpProblem(
          409,
          'conflict',
          'This invitation was already completed; its response is kept.',
        );
      }
      if (invitation.status !== 'revoked') await store.invitations.revoke(invitation.id);
      await store.audit.append({
        actor: principal?.actor ?? 'system',
        action: 'invitation.revoke',
        projectId: invitation.projectId,
        target: invitation.id,
      });
      res.status(204).end();
    },
  }),
];
