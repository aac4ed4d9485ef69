import { z } from 'zod';
import { SecretHashSchema } from './invitation.js';
import { RecordIdSchema, TimestampSchema } from './record-fields.js';

/** `admin` (everything), `editor` (change projects, surveys, waves, panel), `viewer` (read and report). */
export const ApiKeyRoleSchema = z.enum(['admin', 'editor', 'viewer']);
/** The role an API key grants. */
export type ApiKeyRole = z.infer<typeof ApiKeyRoleSchema>;

/** An API key as stored: only the hash of the secret. */
export const ApiKeySchema = z.strictObject({
  id: RecordIdSchema,
  name: z.string().min(1).max(200),
  role: ApiKeyRoleSchema,
  /** Limits the key to one project; absent means all projects. */
  projectId: RecordIdSchema.exactOptional(),
  keyHash: SecretHashSchema,
  createdAt: TimestampSchema,
  revokedAt: TimestampSchema.exactOptional(),
});
/** A stored API key. */
export type ApiKey = z.infer<typeof ApiKeySchema>;

/** What a caller gives to create an API key: the hash of a secret made with `createSecret`. */
export const ApiKeyInputSchema = z.strictObject({
  name: z.string().min(1).max(200),
  role: ApiKeyRoleSchema,
  projectId: RecordIdSchema.exactOptional(),
  keyHash: SecretHashSchema,
});
/** Input of `store.apiKeys.create`. */
export type ApiKeyInput = z.input<typeof ApiKeyInputSchema>;
