import { type Account, type AccountGrant, isStoreError } from '@neighbourly/store';
import { z } from 'zod';
import { mailEnabled } from '../../config.js';
import { HttpProblem } from '../../http-problem.js';
import { storeRoleOf } from '../../roles.js';
import { issueAccountLink } from '../account-links.js';
import {
  AccountLinkView,
  AccountParams,
  AccountView,
  CreateAccountBody,
  CreatedAccountView,
  PatchAccountBody,
} from '../account-schemas.js';
import { accountView } from '../account-view.js';
import { type Grant, grantsOf, type Principal, reaches } from '../principal.js';
import { publicBase } from '../public-base.js';
import { defineRoute, type Services } from '../route.js';

function toStoreGrants(grants: readonly Grant[]): AccountGrant[] {
  return grants.map((grant) => ({
    role: storeRoleOf(grant.role),
    ...(grant.projectId === undefined ? {} : { projectId: grant.projectId }),
  }));
}

/** 403 unless the caller manages every project the grants name (an unscoped grant needs an unscoped admin). */
function requireGrantable(principal: Principal | undefined, grants: readonly Grant[]): void {
  if (principal === undefined) return;
  for (const grant of grants) {
    if (!reaches(principal, grant.projectId)) {
      throw new HttpProblem(403, 'forbidden', 'You can only give roles on the projects you manage.');
    }
  }
}

async function requireProjects(services: Services, grants: readonly Grant[]): Promise<void> {
  for (const [index, grant] of grants.entries()) {
    if (grant.projectId !== undefined && (await services.store.projects.get(grant.projectId)) === undefined) {
      throw new HttpProblem(422, 'validation', 'The project does not exist.', {
        errors: [{ path: `body.grants.${index}.projectId`, message: 'no project with this id' }],
      });
    }
  }
}

/** The account, if the caller may see it: it has a role on a project the caller manages (404 otherwise). */
async function loadAccount(
  services: Services,
  principal: Principal | undefined,
  id: string,
): Promise<Account> {
  const account = await services.store.accounts.get(id);
  const visible =
    account !== undefined &&
    (principal === undefined ||
      grantsOf(account.grants).some((grant) => reaches(principal, grant.projectId)) ||
      reaches(principal, undefined));
  if (!visible) throw new HttpProblem(404, 'not-found', 'No account with this id.');
  return account;
}

/** Staff accounts: invite, list, change roles or disable, and make new invitation or password-reset links. */
export const accountRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/accounts',
    tag: 'Accounts',
    summary:
      'Invite a person: creates their account with roles per project and a one-time invitation link (7 days), e-mailed when e-mail is on',
    access: ['admin'],
    body: CreateAccountBody,
    responses: {
      201: {
        description: 'The account, with its invitation link shown this once',
        schema: CreatedAccountView,
      },
      409: { description: 'An account with this e-mail address exists' },
      422: { description: 'Not valid, or a granted project does not exist (see `errors`)' },
    },
    async handler({ req, res, body, principal, services }) {
      requireGrantable(principal, body.grants);
      await requireProjects(services, body.grants);
      const { store } = services;
      let account: Account;
      try {
        account = await store.accounts.create({
          email: body.email,
          name: body.name,
          language: body.language,
          grants: toStoreGrants(body.grants),
        });
      } catch (error) {
        if (isStoreError(error, 'duplicate')) {
          throw new HttpProblem(409, 'conflict', 'An account with this e-mail address exists.');
        }
        throw error;
      }
      const actor = principal?.actor ?? 'system';
      for (const projectId of new Set(body.grants.map((grant) => grant.projectId))) {
        await store.audit.append({
          actor,
          action: 'account.create',
          target: account.id,
          ...(projectId === undefined ? {} : { projectId }),
          details: { roles: body.grants.filter((g) => g.projectId === projectId).map((g) => g.role) },
        });
      }
      if (mailEnabled(services.config)) {
        // The sender makes the link when it writes the e-mail: no token waits in the queue.
        await store.mail.enqueue({
          kind: 'staff-invitation',
          to: account.email,
          language: account.language,
          accountId: account.id,
        });
        res.status(201).json({ ...accountView(account, principal), invitationEmailed: true });
        return;
      }
      const invitation = await issueAccountLink(
        store,
        account.id,
        'invitation',
        publicBase(req, services.config.NEIGHBOURLY_PUBLIC_URL),
      );
      res.status(201).json({ ...accountView(account, principal), invitation, invitationEmailed: false });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/accounts',
    tag: 'Accounts',
    summary: 'List the accounts with a role on the projects the caller manages (never password hashes)',
    access: ['admin'],
    responses: { 200: { description: 'The accounts', schema: z.array(AccountView) } },
    async handler({ res, principal, services }) {
      const accounts = await services.store.accounts.list({ limit: 1000 });
      const views = accounts.map((account) => accountView(account, principal));
      res.json(
        views.filter(
          (view) => principal === undefined || view.grants.length > 0 || reaches(principal, undefined),
        ),
      );
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/api/accounts/:accountId',
    tag: 'Accounts',
    summary:
      'Change an account: its roles on the caller’s projects, name, language, or disable it (signs it out everywhere)',
    access: ['admin'],
    params: AccountParams,
    body: PatchAccountBody,
    responses: {
      200: { description: 'The account', schema: AccountView },
      409: { description: 'Enabling an account that has not accepted its invitation yet' },
    },
    async handler({ res, params, body, principal, services }) {
      const { store } = services;
      const account = await loadAccount(services, principal, params.accountId);
      const current = grantsOf(account.grants);
      let grants: Grant[] | undefined;
      if (body.grants !== undefined) {
        requireGrantable(principal, body.grants);
        await requireProjects(services, body.grants);
        // Roles on projects the caller does not manage stay as they are.
        const kept = current.filter(
          (grant) => principal !== undefined && !reaches(principal, grant.projectId),
        );
        grants = [...kept, ...body.grants];
      }
      if (body.status !== undefined) requireGrantable(principal, current);
      if (body.status === 'active' && account.passwordHash === undefined) {
        throw new HttpProblem(409, 'conflict', 'This account has not accepted its invitation yet.');
      }
      const updated = await store.accounts.update(account.id, {
        ...(body.name === undefined ? {} : { name: body.name }),
        ...(body.language === undefined ? {} : { language: body.language }),
        ...(body.status === undefined ? {} : { status: body.status }),
        ...(grants === undefined ? {} : { grants: toStoreGrants(grants) }),
      });
      const actor = principal?.actor ?? 'system';
      if (grants !== undefined) {
        const visible = (list: readonly Grant[]) =>
          list.filter((g) => principal === undefined || reaches(principal, g.projectId));
        await store.audit.append({
          actor,
          action: 'account.role-change',
          target: account.id,
          details: {
            before: visible(current).map((g) => ({ ...g })),
            after: visible(grants).map((g) => ({ ...g })),
          },
        });
      }
      if (body.status === 'disabled') await store.sessions.deleteForAccount(account.id);
      if (body.status !== undefined && body.status !== account.status) {
        await store.audit.append({
          actor,
          action: `account.${body.status === 'disabled' ? 'disable' : 'enable'}`,
          target: account.id,
        });
      }
      res.json(accountView(updated, principal));
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/accounts/:accountId/invitation',
    tag: 'Accounts',
    summary:
      'Make a new invitation link for an account that has not accepted yet (earlier links stop working)',
    access: ['admin'],
    params: AccountParams,
    responses: {
      201: { description: 'The link, shown this once', schema: AccountLinkView },
      409: { description: 'The account has accepted its invitation already' },
    },
    async handler({ req, res, params, principal, services }) {
      const account = await loadAccount(services, principal, params.accountId);
      if (account.status !== 'invited') {
        throw new HttpProblem(409, 'conflict', 'This account has accepted its invitation already.');
      }
      const link = await issueAccountLink(
        services.store,
        account.id,
        'invitation',
        publicBase(req, services.config.NEIGHBOURLY_PUBLIC_URL),
      );
      await services.store.audit.append({
        actor: principal?.actor ?? 'system',
        action: 'account.invite',
        target: account.id,
      });
      res.status(201).json(link);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/accounts/:accountId/password-reset',
    tag: 'Accounts',
    summary: 'Make a password-reset link (1 hour) for an active account, to hand over when e-mail is off',
    access: ['admin'],
    params: AccountParams,
    responses: {
      201: { description: 'The link, shown this once', schema: AccountLinkView },
      409: { description: 'The account is not active (invited: send a new invitation instead; or disabled)' },
    },
    async handler({ req, res, params, principal, services }) {
      const account = await loadAccount(services, principal, params.accountId);
      requireGrantable(principal, grantsOf(account.grants));
      if (account.status !== 'active') throw new HttpProblem(409, 'conflict', 'This account is not active.');
      const link = await issueAccountLink(
        services.store,
        account.id,
        'password-reset',
        publicBase(req, services.config.NEIGHBOURLY_PUBLIC_URL),
      );
      await services.store.audit.append({
        actor: principal?.actor ?? 'system',
        action: 'account.password-reset-link',
        target: account.id,
      });
      res.status(201).json(link);
    },
  }),
];
