import { z } from 'zod';
import { SecretHashSchema } from './invitation.js';
import { RecordIdSchema, TimestampInputSchema, TimestampSchema } from './record-fields.js';

/** What a one-time link of an account is for: accepting an invitation or resetting the password. */
export const AccountLinkPurposeSchema = z.enum(['invitation', 'password-reset']);
/** The purpose of a one-time account link. */
export type AccountLinkPurpose = z.infer<typeof AccountLinkPurposeSchema>;

/** A one-time, expiring link of an account, kept by the hash of its token. */
export const AccountLinkSchema = z.strictObject({
  id: RecordIdSchema,
  accountId: RecordIdSchema,
  purpose: AccountLinkPurposeSchema,
  tokenHash: SecretHashSchema,
  expiresAt: TimestampSchema,
  usedAt: TimestampSchema.exactOptional(),
  createdAt: TimestampSchema,
});
/** A stored one-time account link. */
export type AccountLink = z.infer<typeof AccountLinkSchema>;

/** What a caller gives to create a link: the hash of a token made with `createSecret`. */
export const AccountLinkInputSchema = z.strictObject({
  accountId: RecordIdSchema,
  purpose: AccountLinkPurposeSchema,
  tokenHash: SecretHashSchema,
  expiresAt: TimestampInputSchema,
});
/** Input of `store.accountLinks.create`. */
export type AccountLinkInput = z.input<typeof AccountLinkInputSchema>;

/**
 * What using a link gave: `used` with the link (now spent) or why it was refused: `unknown` (no such token for
 * this purpose), `expired` or `already-used`.
 */
export type AccountLinkUse =
  | { status: 'used'; link: AccountLink }
  | { status: 'unknown' | 'expired' | 'already-used' };
