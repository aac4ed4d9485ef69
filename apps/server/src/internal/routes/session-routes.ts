import { createSecret, hashSecret } from '@neighbourly/store';
import { mailEnabled } from '../../config.js';
import { HttpProblem } from '../../http-problem.js';
import { MeView, SessionView, SignInBody } from '../account-schemas.js';
import { accountView, highestRole } from '../account-view.js';
import { verifyPassword } from '../passwords.js';
import { projectScope } from '../principal.js';
import { defineRoute } from '../route.js';
import {
  clearSessionCookie,
  csrfTokenOf,
  sessionCookieName,
  sessionLifetimeMs,
  sessionSecretOf,
  setSessionCookie,
} from '../session-cookie.js';

const allRoles = ['admin', 'coordinator', 'researcher'] as const;
const wrongSignIn = 'The e-mail address or the password is wrong.';

/** Sign-in, sign-out (here or everywhere) and who am I. */
export const sessionRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/me',
    tag: 'Accounts',
    summary: 'The calling key or account: its roles per project, and whether the server can send e-mail',
    access: allRoles,
    responses: { 200: { description: 'The caller', schema: MeView } },
    async handler({ req, res, principal, services }) {
      if (principal === undefined) return;
      const scope = projectScope(principal);
      const single = scope !== undefined && new Set(scope).size === 1 ? scope[0] : undefined;
      const account =
        principal.kind === 'account' ? await services.store.accounts.get(principal.id) : undefined;
      const secret = sessionSecretOf(req);
      res.json({
        kind: principal.kind,
        id: principal.id,
        ...(principal.kind === 'key' ? { keyId: principal.id } : {}),
        role: highestRole(principal.grants),
        ...(single === undefined ? {} : { projectId: single }),
        grants: principal.grants,
        ...(account === undefined ? {} : { account: accountView(account) }),
        ...(principal.kind === 'account' && secret !== undefined ? { csrfToken: csrfTokenOf(secret) } : {}),
        email: { enabled: mailEnabled(services.config) },
      });
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/session',
    tag: 'Accounts',
    summary: `Sign in with e-mail address and password: sets the httpOnly session cookie \`${sessionCookieName}\` (a new one each time)`,
    access: 'public',
    rateLimited: true,
    body: SignInBody,
    responses: {
      200: {
        description: 'Signed in: the account and the CSRF token for writes',
        schema: SessionView,
        headers: {
          'Set-Cookie': { description: 'The new session cookie (httpOnly, SameSite=Lax)', required: true },
        },
      },
      401: {
        description: 'The e-mail address or the password is wrong (the same answer for an unknown address)',
      },
      429: {
        description:
          'Too many failed sign-ins for this e-mail address or from this client address: wait `Retry-After` seconds',
        headers: { 'Retry-After': { description: 'Seconds to wait before trying again', required: true } },
      },
    },
    async handler({ req, res, body, services }) {
      const { store, signIns, config } = services;
      const email = body.email.toLowerCase();
      const address = req.ip ?? 'unknown';
      const wait = signIns.retryAfter(email, address);
      if (wait > 0) {
        throw new HttpProblem(429, 'too-many-requests', 'Too many failed sign-ins; try again later.', {
          headers: { 'Retry-After': String(wait) },
        });
      }
      const account = await store.accounts.getByEmail(email);
      const active = account?.status === 'active' ? account : undefined;
      const matches = await verifyPassword(active?.passwordHash, body.password);
      if (active === undefined || !matches) {
        signIns.fail(email, address);
        if (account !== undefined) {
          await store.audit.append({
            actor: `account:${account.id}`,
            action: 'account.sign-in-failed',
            target: account.id,
          });
        }
        throw new HttpProblem(401, 'unauthorized', wrongSignIn);
      }
      signIns.succeed(email);
      // Rotation: any session the browser came with ends, and a new secret is issued.
      const previous = sessionSecretOf(req);
      if (previous !== undefined) {
        const old = await store.sessions.getByTokenHash(hashSecret(previous));
        if (old !== undefined) await store.sessions.delete(old.id);
      }
      const { secret, hash } = createSecret('');
      await store.sessions.create({
        accountId: active.id,
        tokenHash: hash,
        expiresAt: new Date(Date.now() + sessionLifetimeMs).toISOString(),
      });
      await store.audit.append({
        actor: `account:${active.id}`,
        action: 'account.sign-in',
        target: active.id,
      });
      setSessionCookie(req, res, secret, config.NEIGHBOURLY_PUBLIC_URL);
      res.json({ account: accountView(active), csrfToken: csrfTokenOf(secret) });
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/session',
    tag: 'Accounts',
    summary:
      'Sign out: ends this browser session and clears its cookie (an API key has none: nothing changes)',
    access: allRoles,
    responses: {
      204: { description: 'Signed out' },
      403: { description: 'A write with the session cookie lacks its CSRF token (`reason: csrf`)' },
    },
    async handler({ req, res, principal, services }) {
      if (principal?.sessionId !== undefined) {
        await services.store.sessions.delete(principal.sessionId);
        await services.store.audit.append({
          actor: principal.actor,
          action: 'account.sign-out',
          target: principal.id,
        });
        clearSessionCookie(req, res, services.config.NEIGHBOURLY_PUBLIC_URL);
      }
      res.status(204).end();
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/sessions',
    tag: 'Accounts',
    summary: 'Sign out everywhere: ends every session of the signed-in account (an API key has none)',
    access: allRoles,
    responses: {
      204: { description: 'Every session ended' },
      403: { description: 'A write with the session cookie lacks its CSRF token (`reason: csrf`)' },
    },
    async handler({ req, res, principal, services }) {
      if (principal?.kind === 'account') {
        const ended = await services.store.sessions.deleteForAccount(principal.id);
        await services.store.audit.append({
          actor: principal.actor,
          action: 'account.sign-out-everywhere',
          target: principal.id,
          details: { sessions: ended },
        });
        clearSessionCookie(req, res, services.config.NEIGHBOURLY_PUBLIC_URL);
      }
      res.status(204).end();
    },
  }),
];
