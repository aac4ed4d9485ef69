import { z } from 'zod';
import { ApiKeyRoleSchema } from './api-key.js';
import { RecordIdSchema, TimestampSchema } from './record-fields.js';

/**
 * One role of an account: the same roles as API keys (`admin`, `editor`, `viewer`), on one project or, without
 * `projectId`, on all projects. Keys and accounts share one authorisation model.
 */
export const AccountGrantSchema = z.strictObject({
  role: ApiKeyRoleSchema,
  projectId: RecordIdSchema.exactOptional(),
});
/** A role of an account on a project (or on all projects). */
export type AccountGrant = z.infer<typeof AccountGrantSchema>;

/** The languages staff e-mail is written in. */
export const AccountLanguageSchema = z.enum(['nl', 'fr', 'en']);
/** The language of an account. */
export type AccountLanguage = z.infer<typeof AccountLanguageSchema>;

/** `invited` (no password yet), `active`, or `disabled` (cannot sign in). */
export const AccountStatusSchema = z.enum(['invited', 'active', 'disabled']);
/** The status of an account. */
export type AccountStatus = z.infer<typeof AccountStatusSchema>;

/** An e-mail address as accounts keep it: trimmed and in lower case, so look-ups ignore case. */
export const AccountEmailSchema = z
  .string()
  .trim()
  .max(254)
  .transform((value) => value.toLowerCase())
  .pipe(z.email());

/** An argon2id hash in PHC string format (`$argon2id$v=19$...`). Never a password in clear. */
export const PasswordHashSchema = z
  .string()
  .regex(/^\$argon2id\$/, 'must be an argon2id PHC string')
  .max(500);

/** A staff account: a person who signs in with an e-mail address and a password. */
export const AccountSchema = z.strictObject({
  id: RecordIdSchema,
  email: z.email(),
  name: z.string().min(1).max(200),
  language: AccountLanguageSchema,
  status: AccountStatusSchema,
  grants: z.array(AccountGrantSchema).max(1000),
  passwordHash: PasswordHashSchema.exactOptional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
/** A stored account. */
export type Account = z.infer<typeof AccountSchema>;

/** What a caller gives to create an account (usually invited: no password yet). */
export const AccountInputSchema = z.strictObject({
  email: AccountEmailSchema,
  name: z.string().trim().min(1).max(200),
  language: AccountLanguageSchema.default('nl'),
  grants: z.array(AccountGrantSchema).max(1000).default([]),
  passwordHash: PasswordHashSchema.exactOptional(),
});
/** Input of `store.accounts.create`. */
export type AccountInput = z.input<typeof AccountInputSchema>;

/** A change to an account; absent fields stay as they are. */
export const AccountPatchSchema = z.strictObject({
  name: z.string().trim().min(1).max(200).exactOptional(),
  language: AccountLanguageSchema.exactOptional(),
  status: AccountStatusSchema.exactOptional(),
  grants: z.array(AccountGrantSchema).max(1000).exactOptional(),
  passwordHash: PasswordHashSchema.exactOptional(),
});
/** Input of `store.accounts.update`. */
export type AccountPatch = z.input<typeof AccountPatchSchema>;
