import { LanguageSchema } from '@neighbourly/core';
import { z } from 'zod';
import { RecordIdSchema, TimestampInputSchema, TimestampSchema } from './record-fields.js';

/**
 * What an e-mail is: an invitation of a staff member to their account, a password-reset link, an invitation of
 * a resident (panel member) to a wave, or a reminder to a resident who has not completed the wave's survey.
 */
export const MailKindSchema = z.enum([
  'staff-invitation',
  'password-reset',
  'resident-invitation',
  'reminder',
]);
/** The kind of an e-mail. */
export type MailKind = z.infer<typeof MailKindSchema>;

/**
 * Where an e-mail is in the queue: `queued` (waiting for `nextAttemptAt`), `sending` (claimed by a worker),
 * `sent`, `failed` (permanently refused, or out of attempts) or `cancelled` (no longer needed: the invitation
 * was completed or revoked, or the account is not waiting for this link any more).
 */
export const MailStatusSchema = z.enum(['queued', 'sending', 'sent', 'failed', 'cancelled']);
/** The status of a queued e-mail. */
export type MailStatus = z.infer<typeof MailStatusSchema>;

/** A machine-readable reason, e.g. `smtp-550` or `connection`: never an address or a server's own words. */
export const MailErrorCodeSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a short kebab-case code');

/**
 * One e-mail in the durable queue. It keeps what is needed to write the message when it is sent (kind,
 * language, the records it is about), never a rendered body or a link: links carry one-time tokens, which are
 * made at sending time so that no token rests in the database. The address is personal data, kept only while
 * the message may still be sent: `markSent`, `markFailed` and `cancel` remove it (the contact details keep the
 * person's address), and erasing the respondent removes their messages altogether.
 */
export const MailMessageSchema = z.strictObject({
  id: RecordIdSchema,
  kind: MailKindSchema,
  /** The recipient's address, while the message is `queued` or `sending`; gone once it is settled. */
  to: z.email().max(320).exactOptional(),
  language: LanguageSchema,
  projectId: RecordIdSchema.exactOptional(),
  waveId: RecordIdSchema.exactOptional(),
  invitationId: RecordIdSchema.exactOptional(),
  respondentId: RecordIdSchema.exactOptional(),
  accountId: RecordIdSchema.exactOptional(),
  status: MailStatusSchema,
  /** How many times a worker claimed it (each claim is one sending attempt). */
  attempts: z.int().min(0),
  /** When it was first due: now, or the time a reminder was scheduled for. */
  scheduledAt: TimestampSchema,
  /** When it is due next (while `queued`). */
  nextAttemptAt: TimestampSchema,
  /** When a worker claimed it last (while `sending`, and after). */
  claimedAt: TimestampSchema.exactOptional(),
  lastError: MailErrorCodeSchema.exactOptional(),
  createdAt: TimestampSchema,
  sentAt: TimestampSchema.exactOptional(),
});
/** A stored e-mail of the queue. */
export type MailMessage = z.infer<typeof MailMessageSchema>;

/** What a caller gives to queue an e-mail; `sendAt` (default now) delays it, e.g. a scheduled reminder. */
export const MailMessageInputSchema = z.strictObject({
  kind: MailKindSchema,
  to: z.email().max(320),
  language: LanguageSchema,
  projectId: RecordIdSchema.exactOptional(),
  waveId: RecordIdSchema.exactOptional(),
  invitationId: RecordIdSchema.exactOptional(),
  respondentId: RecordIdSchema.exactOptional(),
  accountId: RecordIdSchema.exactOptional(),
  sendAt: TimestampInputSchema.exactOptional(),
});
/** Input of `store.mail.enqueue`. */
export type MailMessageInput = z.input<typeof MailMessageInputSchema>;

/** Options of `store.mail.claimDue`. */
export const MailClaimOptionsSchema = z.strictObject({
  /** The worker's "now" (default: the store's clock). */
  now: TimestampInputSchema.exactOptional(),
  /** At most this many messages (1-100, default 10). */
  limit: z.int().min(1).max(100).default(10),
  /**
   * A message `sending` for longer than this was claimed by a worker that died before it could record the
   * outcome: it is claimed again (default 5 minutes).
   */
  staleAfterMs: z.int().min(1).max(86_400_000).default(300_000),
});
/** Options of `store.mail.claimDue`. */
export type MailClaimOptions = z.input<typeof MailClaimOptionsSchema>;

/** Which queued e-mails to list or count: of a wave, of one kind. */
export const MailFilterSchema = z.strictObject({
  waveId: RecordIdSchema.exactOptional(),
  invitationId: RecordIdSchema.exactOptional(),
  accountId: RecordIdSchema.exactOptional(),
  kind: MailKindSchema.exactOptional(),
  status: MailStatusSchema.exactOptional(),
});
/** A filter of `store.mail.list` and `store.mail.count`. */
export type MailFilter = z.input<typeof MailFilterSchema>;
