import { mailEnabled } from '../../config.js';
import { HttpProblem } from '../../http-problem.js';
import { issueAccountLink, useAccountLink } from '../account-links.js';
import { AcceptInvitationBody, PasswordResetBody, PasswordResetRequestBody } from '../account-schemas.js';
import { hashPassword } from '../passwords.js';
import { publicBase } from '../public-base.js';
import { defineRoute } from '../route.js';

const goneLink = {
  description: 'The link cannot be used: `reason` is `invalid`, `expired` or `used` (each link works once)',
};

/** What a person does with a one-time link: accept an invitation, reset a password, ask for a reset. */
export const accountLinkRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/account-invitations/accept',
    tag: 'Accounts',
    summary: 'Accept an invitation: choose a password (12 characters or more); the link is then spent',
    access: 'public',
    rateLimited: true,
    body: AcceptInvitationBody,
    responses: { 204: { description: 'The account is active: sign in with it' }, 410: goneLink },
    async handler({ res, body, services }) {
      const { store } = services;
      const accountId = await useAccountLink(store, body.token, 'invitation');
      const account = await store.accounts.get(accountId);
      if (account === undefined || account.status !== 'invited') {
        throw new HttpProblem(410, 'gone', 'This invitation was used already.', { reason: 'used' });
      }
      await store.accounts.update(account.id, {
        passwordHash: await hashPassword(body.password),
        status: 'active',
      });
      await store.audit.append({
        actor: `account:${account.id}`,
        action: 'account.activate',
        target: account.id,
      });
      res.status(204).end();
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/password-resets',
    tag: 'Accounts',
    summary:
      'Ask for a password-reset link by e-mail; the same answer whether or not the address has an account',
    access: 'public',
    rateLimited: true,
    body: PasswordResetRequestBody,
    responses: {
      202: { description: 'If an active account has this address, a link (valid 1 hour) is on its way' },
    },
    async handler({ req, res, body, services }) {
      const { store } = services;
      const account = await store.accounts.getByEmail(body.email);
      if (account?.status === 'active') {
        if (!mailEnabled(services.config)) {
          // Nobody receives it; an admin hands links over with POST /api/accounts/:accountId/password-reset.
          await issueAccountLink(
            store,
            account.id,
            'password-reset',
            publicBase(req, services.config.NEIGHBOURLY_PUBLIC_URL),
          );
        } else if (
          // One waiting e-mail is enough: asking again does not fill the person's mailbox.
          (await store.mail.count({ accountId: account.id, kind: 'password-reset', status: 'queued' })) === 0
        ) {
          await store.mail.enqueue({
            kind: 'password-reset',
            to: account.email,
            language: account.language,
            accountId: account.id,
          });
        }
        await store.audit.append({
          actor: `account:${account.id}`,
          action: 'account.password-reset-request',
          target: account.id,
        });
      }
      res.status(202).end();
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/password-resets/confirm',
    tag: 'Accounts',
    summary: 'Set a new password with a reset link; every session of the account ends',
    access: 'public',
    rateLimited: true,
    body: PasswordResetBody,
    responses: { 204: { description: 'The password is changed: sign in with it' }, 410: goneLink },
    async handler({ res, body, services }) {
      const { store } = services;
      const accountId = await useAccountLink(store, body.token, 'password-reset');
      await store.accounts.update(accountId, { passwordHash: await hashPassword(body.password) });
      await store.sessions.deleteForAccount(accountId);
      await store.audit.append({
        actor: `account:${accountId}`,
        action: 'account.password-reset',
        target: accountId,
      });
      res.status(204).end();
    },
  }),
];
