import type { Language } from '@neighbourly/core';
import type { Invitation, MailMessage, Project, Store, Wave } from '@neighbourly/store';
import { z } from 'zod';
import { mailEnabled } from '../../config.js';
import { HttpProblem } from '../../http-problem.js';
import { WaveParams } from '../http-schemas.js';
import { loadWave } from '../load-records.js';
import type { Services } from '../route.js';
import { defineRoute } from '../route.js';

export const SendRemindersBody = z.strictObject({
  /** When to send (ISO 8601 date-time with an offset); now when left out or past. */
  at: z.iso.datetime({ offset: true }).optional(),
});

export const QueuedMailView = z.object({
  queued: z.int().describe('E-mails queued now'),
  withoutAddress: z.int().describe('Invitations skipped: no e-mail address in the contact details'),
  skipped: z
    .int()
    .describe('Invitations skipped for another reason: e-mailed already, completed, revoked or expired'),
  sendAt: z.string().describe('When the e-mails are due'),
});

export const ReminderBatchView = z.object({
  scheduledAt: z.string(),
  queued: z.int().describe('Waiting for their time (or a new attempt), or being sent'),
  sent: z.int(),
  failed: z.int(),
  cancelled: z.int().describe('Not sent: completed, revoked or expired before it was time'),
});

const mailOff = () =>
  new HttpProblem(
    409,
    'conflict',
    'E-mail is off on this server (NEIGHBOURLY_SMTP_URL is not set): hand out the links or print letters instead.',
    { reason: 'mail-off' },
  );

/** Every row of a paged store list. */
async function collectAll<T extends { id: string }>(
  page: (after: string | undefined) => Promise<T[]>,
): Promise<T[]> {
  const all: T[] = [];
  let after: string | undefined;
  for (;;) {
    const rows = await page(after);
    all.push(...rows);
    if (rows.length < 1000) return all;
    after = rows[rows.length - 1]?.id;
  }
}

/** The e-mails of a wave, all of them. */
export function mailOfWave(store: Store, waveId: string): Promise<MailMessage[]> {
  return collectAll((after) =>
    store.mail.list({ waveId }, { limit: 1000, ...(after === undefined ? {} : { after }) }),
  );
}

/** Whether an invitation can still be answered (not completed, revoked or expired). */
function answerable(invitation: Invitation, now: Date): boolean {
  if (invitation.status === 'completed' || invitation.status === 'revoked') return false;
  return invitation.expiresAt === undefined || new Date(invitation.expiresAt) > now;
}

/** The wave, open to invitations and not closed, with its project; 409 when e-mail is off. */
async function loadMailableWave(
  services: Services,
  principal: Parameters<typeof loadWave>[1],
  waveId: string,
): Promise<{ wave: Wave; project: Project }> {
  const wave = await loadWave(services, principal, waveId);
  if (!mailEnabled(services.config)) throw mailOff();
  if (wave.access !== 'invitation') {
    throw new HttpProblem(
      409,
      'conflict',
      'This wave is open to anyone with its link: it has no invitations.',
    );
  }
  if (wave.status === 'closed') throw new HttpProblem(410, 'gone', 'This wave is closed.');
  const project = await services.store.projects.get(wave.projectId);
  if (project === undefined) throw new HttpProblem(404, 'not-found', 'No project with this id.');
  return { wave, project };
}

/**
 * Queues one e-mail of `kind` for each invitation that `wanted` picks and whose respondent has an address,
 * in their contact language (else the project's first). Addresses are read from the contact details here and
 * copied into the queue; they are never part of an answer.
 */
async function queueForInvitations(
  services: Services,
  wave: Wave,
  project: Project,
  kind: 'resident-invitation' | 'reminder',
  wanted: (invitation: Invitation) => boolean,
  sendAt: string | undefined,
) {
  const { store } = services;
  const invitations = await collectAll((after) =>
    store.invitations.list(wave.id, { limit: 1000, ...(after === undefined ? {} : { after }) }),
  );
  let queued = 0;
  let withoutAddress = 0;
  let skipped = 0;
  for (const invitation of invitations) {
    if (!wanted(invitation)) {
      skipped += 1;
      continue;
    }
    const contact = await store.respondents.getContact(invitation.respondentId);
    if (contact?.email === undefined) {
      withoutAddress += 1;
      continue;
    }
    const language: Language =
      contact.language !== undefined && project.languages.includes(contact.language)
        ? contact.language
        : (project.languages[0] ?? 'nl');
    await store.mail.enqueue({
      kind,
      to: contact.email,
      language,
      projectId: project.id,
      waveId: wave.id,
      invitationId: invitation.id,
      respondentId: invitation.respondentId,
      ...(sendAt === undefined ? {} : { sendAt }),
    });
    queued += 1;
  }
  return { queued, withoutAddress, skipped };
}

/** The invitations of a wave with an e-mail of `kind` sent or on its way (not failed or cancelled) that `also` picks. */
async function invitationsWithMail(
  store: Store,
  waveId: string,
  kind: MailMessage['kind'],
  also: (message: MailMessage) => boolean = () => true,
): Promise<Set<string | undefined>> {
  return new Set(
    (await mailOfWave(store, waveId))
      .filter(
        (message) =>
          message.kind === kind &&
          message.status !== 'failed' &&
          message.status !== 'cancelled' &&
          also(message),
      )
      .map((message) => message.invitationId),
  );
}

/** Reminders of one invitation this close in time are one reminder sent twice (a double click). */
const reminderWindowMs = 10 * 60_000;

/** E-mailing residents: invitations to a wave, reminders to those who have not completed it. */
export const mailRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/waves/:waveId/invitations/send',
    tag: 'Waves',
    summary:
      'E-mail the invitations of a wave: one e-mail, with a new personal link, to each invitation not answered and not e-mailed yet whose respondent has an address',
    access: ['admin', 'coordinator'],
    params: WaveParams,
    responses: {
      202: { description: 'The e-mails are queued; the sender delivers them', schema: QueuedMailView },
      409: {
        description:
          'E-mail is off on this server (`reason: mail-off`), or the wave is open to anyone with its link',
      },
      410: { description: 'The wave is closed' },
    },
    async handler({ res, params, principal, services }) {
      const { wave, project } = await loadMailableWave(services, principal, params.waveId);
      const emailed = await invitationsWithMail(services.store, wave.id, 'resident-invitation');
      const now = new Date();
      const counts = await queueForInvitations(
        services,
        wave,
        project,
        'resident-invitation',
        (invitation) =>
          invitation.status === 'pending' && answerable(invitation, now) && !emailed.has(invitation.id),
        undefined,
      );
      await services.store.audit.append({
        actor: principal?.actor ?? 'system',
        action: 'mail.invitations-queue',
        projectId: wave.projectId,
        target: wave.id,
        details: { queued: counts.queued, withoutAddress: counts.withoutAddress },
      });
      res.status(202).json({ ...counts, sendAt: now.toISOString() });
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/waves/:waveId/reminders',
    tag: 'Waves',
    summary:
      'Send a reminder now, or schedule one (`at`), to every invitation of the wave not completed yet (with an address); an invitation reminded within 10 minutes of that time is skipped, and at sending time those completed meanwhile are skipped',
    access: ['admin', 'coordinator'],
    params: WaveParams,
    body: SendRemindersBody,
    responses: {
      202: { description: 'The reminders are queued (due at `sendAt`)', schema: QueuedMailView },
      409: {
        description:
          'E-mail is off on this server (`reason: mail-off`), or the wave is open to anyone with its link',
      },
      410: { description: 'The wave is closed' },
    },
    async handler({ res, params, body, principal, services }) {
      const { wave, project } = await loadMailableWave(services, principal, params.waveId);
      const now = new Date();
      const at = body.at === undefined ? now : new Date(body.at);
      const sendAt = (at > now ? at : now).toISOString();
      // A reminder already sent or due within 10 minutes of this one is the same reminder (a second click, a
      // retried request): that invitation is skipped rather than reminded twice.
      const due = Date.parse(sendAt);
      const remindedNear = await invitationsWithMail(
        services.store,
        wave.id,
        'reminder',
        (message) => Math.abs(Date.parse(message.scheduledAt) - due) < reminderWindowMs,
      );
      const counts = await queueForInvitations(
        services,
        wave,
        project,
        'reminder',
        (invitation) => answerable(invitation, now) && !remindedNear.has(invitation.id),
        sendAt,
      );
      await services.store.audit.append({
        actor: principal?.actor ?? 'system',
        action: 'mail.reminders-queue',
        projectId: wave.projectId,
        target: wave.id,
        details: { queued: counts.queued, withoutAddress: counts.withoutAddress, sendAt },
      });
      res.status(202).json({ ...counts, sendAt });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/waves/:waveId/reminders',
    tag: 'Waves',
    summary:
      'The reminders of a wave, per scheduled time: how many wait, were sent, failed or were cancelled',
    access: ['admin', 'coordinator'],
    params: WaveParams,
    responses: {
      200: { description: 'Reminder batches, earliest first', schema: z.array(ReminderBatchView) },
    },
    async handler({ res, params, principal, services }) {
      const wave = await loadWave(services, principal, params.waveId);
      const batches = new Map<string, z.infer<typeof ReminderBatchView>>();
      for (const message of await mailOfWave(services.store, wave.id)) {
        if (message.kind !== 'reminder') continue;
        const batch = batches.get(message.scheduledAt) ?? {
          scheduledAt: message.scheduledAt,
          queued: 0,
          sent: 0,
          failed: 0,
          cancelled: 0,
        };
        if (message.status === 'queued' || message.status === 'sending') batch.queued += 1;
        else batch[message.status] += 1;
        batches.set(message.scheduledAt, batch);
      }
      res.json([...batches.values()].sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt)));
    },
  }),
];
