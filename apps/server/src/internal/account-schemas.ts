import {
  AccountEmailSchema,
  AccountLanguageSchema,
  AccountStatusSchema,
  RecordIdSchema,
} from '@neighbourly/store';
import { z } from 'zod';
import { HttpRoleSchema } from '../roles.js';
import { TokenSchema } from './http-schemas.js';
import { PasswordSchema } from './passwords.js';

/* The shapes of the account, session and one-time-link routes (see docs/http-api.md). */

/** A role of an account on one project, or without `projectId` on all projects (admins only). */
export const GrantView = z.object({ role: HttpRoleSchema, projectId: RecordIdSchema.optional() });
const GrantBody = z.strictObject({ role: HttpRoleSchema, projectId: RecordIdSchema.exactOptional() });

export const AccountParams = z.strictObject({ accountId: RecordIdSchema });

export const AccountView = z.object({
  id: RecordIdSchema,
  email: z.string(),
  name: z.string(),
  language: AccountLanguageSchema,
  status: AccountStatusSchema,
  grants: z.array(GrantView),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const CreateAccountBody = z.strictObject({
  email: AccountEmailSchema,
  name: z.string().trim().min(1).max(200),
  language: AccountLanguageSchema.default('nl'),
  grants: z.array(GrantBody).min(1).max(100),
});

export const PatchAccountBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  language: AccountLanguageSchema.optional(),
  /** Replaces the roles on the projects the caller manages; roles on other projects stay. */
  grants: z.array(GrantBody).max(100).optional(),
  /** `disabled` signs the account out everywhere and refuses its sign-ins; `active` lets it in again. */
  status: z.enum(['active', 'disabled']).optional(),
});

/** A one-time link, shown once to the admin who made it (and e-mailed when e-mail is on). */
export const AccountLinkView = z.object({
  url: z.string().describe('The link to open: its token is in the fragment, never sent to a server log'),
  token: z.string(),
  expiresAt: z.string(),
});

export const CreatedAccountView = AccountView.extend({
  invitation: AccountLinkView.optional().describe(
    'The invitation link, shown this once to hand over: only when e-mail is off (otherwise it is e-mailed)',
  ),
  invitationEmailed: z.boolean().describe('Whether the invitation is on its way by e-mail'),
});

export const SignInBody = z.strictObject({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});

export const SessionView = z.object({
  account: AccountView,
  csrfToken: z.string().describe('Send it in `X-CSRF-Token` with every write made with the session cookie'),
});

export const AcceptInvitationBody = z.strictObject({
  token: TokenSchema,
  password: PasswordSchema,
});

export const PasswordResetRequestBody = z.strictObject({ email: z.string().trim().min(1).max(254) });

export const PasswordResetBody = z.strictObject({ token: TokenSchema, password: PasswordSchema });

export const MeView = z.object({
  kind: z.enum(['key', 'account']),
  id: RecordIdSchema,
  /** Keys: the key id (as before accounts existed). */
  keyId: RecordIdSchema.optional(),
  /** The highest role among the grants. */
  role: HttpRoleSchema,
  /** Set when every grant is on this one project. */
  projectId: RecordIdSchema.optional(),
  grants: z.array(GrantView),
  account: AccountView.optional(),
  csrfToken: z.string().optional(),
  email: z.object({ enabled: z.boolean() }).describe('Whether the server can send e-mail (SMTP configured)'),
});
