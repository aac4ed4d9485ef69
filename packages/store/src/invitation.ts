import { z } from 'zod';
import { RecordIdSchema, TimestampInputSchema, TimestampSchema } from './record-fields.js';

/** A SHA-256 digest in lower-case hex: how invitation tokens and API keys are kept at rest. */
export const SecretHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hex digest');

/**
 * `pending` (not used yet), `started` (a partial response exists), `completed` (a complete response
 * exists) or `revoked`.
 */
export const InvitationStatusSchema = z.enum(['pending', 'started', 'completed', 'revoked']);
/** The status of an invitation. */
export type InvitationStatus = z.infer<typeof InvitationStatusSchema>;

/** A single-use invitation of one respondent to one wave. Only the hash of its token is stored. */
export const InvitationSchema = z.strictObject({
  id: RecordIdSchema,
  projectId: RecordIdSchema,
  waveId: RecordIdSchema,
  respondentId: RecordIdSchema,
  tokenHash: SecretHashSchema,
  status: InvitationStatusSchema,
  expiresAt: TimestampSchema.exactOptional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
/** A stored invitation. */
export type Invitation = z.infer<typeof InvitationSchema>;

/** What a caller gives to create an invitation: the hash of a token made with `createSecret`. */
export const InvitationInputSchema = z.strictObject({
  waveId: RecordIdSchema,
  respondentId: RecordIdSchema,
  tokenHash: SecretHashSchema,
  expiresAt: TimestampInputSchema.exactOptional(),
});
/** Input of `store.invitations.create`. */
export type InvitationInput = z.input<typeof InvitationInputSchema>;
