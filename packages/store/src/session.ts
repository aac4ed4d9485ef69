import { z } from 'zod';
import { SecretHashSchema } from './invitation.js';
import { RecordIdSchema, TimestampInputSchema, TimestampSchema } from './record-fields.js';

/** A signed-in browser session of an account, kept by the hash of its cookie's secret. */
export const SessionSchema = z.strictObject({
  id: RecordIdSchema,
  accountId: RecordIdSchema,
  tokenHash: SecretHashSchema,
  createdAt: TimestampSchema,
  expiresAt: TimestampSchema,
});
/** A stored session. */
export type Session = z.infer<typeof SessionSchema>;

/** What a caller gives to create a session: the hash of a secret made with `createSecret`. */
export const SessionInputSchema = z.strictObject({
  accountId: RecordIdSchema,
  tokenHash: SecretHashSchema,
  expiresAt: TimestampInputSchema,
});
/** Input of `store.sessions.create`. */
export type SessionInput = z.input<typeof SessionInputSchema>;
