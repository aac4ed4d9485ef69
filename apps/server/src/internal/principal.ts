import { timingSafeEqual } from 'node:crypto';
import { type AccountGrant, hashSecret, type Store } from '@neighbourly/store';
import type { Request } from 'express';
import { HttpProblem } from '../http-problem.js';
import { type HttpRole, httpRoleOf } from '../roles.js';
import { csrfHeaderName, hasCsrfToken, sessionSecretOf } from './session-cookie.js';

/** A role of the caller on one project, or without `projectId` on all projects. */
export interface Grant {
  role: HttpRole;
  projectId?: string;
}

/**
 * Who is calling: an API key (one grant) or a signed-in account (a grant per project). Keys and accounts share
 * this one model: a route admits the grants whose role it allows, and a record is reachable through a grant
 * of its project (or an unscoped one).
 */
export interface Principal {
  kind: 'key' | 'account';
  /** The key's or the account's id. */
  id: string;
  /** The audit log's actor: the key id, or `account:<id>`. */
  actor: string;
  grants: readonly Grant[];
  /** Accounts: the session in use (for sign-out). */
  sessionId?: string;
}

const bearerPattern = /^Bearer ([\x21-\x7e]{16,512})$/;
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function unauthorized(detail: string, error?: string): HttpProblem {
  const challenge = `Bearer realm="neighbourly"${error === undefined ? '' : `, error="${error}"`}`;
  return new HttpProblem(401, 'unauthorized', detail, { headers: { 'WWW-Authenticate': challenge } });
}

/** The grants of an account in HTTP roles. */
export function grantsOf(grants: readonly AccountGrant[]): Grant[] {
  return grants.map((grant) => ({
    role: httpRoleOf(grant.role),
    ...(grant.projectId === undefined ? {} : { projectId: grant.projectId }),
  }));
}

async function keyPrincipal(store: Store, authorization: string): Promise<Principal> {
  const match = bearerPattern.exec(authorization);
  const keyHash = match?.[1] === undefined ? undefined : hashSecret(match[1]);
  const key = keyHash === undefined ? undefined : await store.apiKeys.getByHash(keyHash);
  if (
    keyHash === undefined ||
    key === undefined ||
    key.revokedAt !== undefined ||
    !timingSafeEqual(Buffer.from(key.keyHash, 'hex'), Buffer.from(keyHash, 'hex'))
  ) {
    throw unauthorized('The API key is not valid.', 'invalid_token');
  }
  return {
    kind: 'key',
    id: key.id,
    actor: key.id,
    grants: [
      { role: httpRoleOf(key.role), ...(key.projectId === undefined ? {} : { projectId: key.projectId }) },
    ],
  };
}

async function sessionPrincipal(store: Store, req: Request, secret: string): Promise<Principal> {
  const session = await store.sessions.getByTokenHash(hashSecret(secret));
  const account = session === undefined ? undefined : await store.accounts.get(session.accountId);
  if (session === undefined || account === undefined || account.status !== 'active') {
    throw unauthorized('The session has ended: sign in again.');
  }
  // A write authenticated by the cookie must prove it comes from our page: a cross-site form cannot set headers.
  if (!safeMethods.has(req.method) && !hasCsrfToken(req, secret)) {
    throw new HttpProblem(
      403,
      'forbidden',
      `A write with the session cookie needs the ${csrfHeaderName} header.`,
      {
        reason: 'csrf',
      },
    );
  }
  return {
    kind: 'account',
    id: account.id,
    actor: `account:${account.id}`,
    grants: grantsOf(account.grants),
    sessionId: session.id,
  };
}

/**
 * Resolves the caller: an `Authorization: Bearer <key>` header (hashed, looked up by its hash and compared in
 * constant time; no CSRF check, as a browser never sends it by itself), otherwise the session cookie (writes
 * need the session's CSRF token). Throws 401 without either, or with a wrong, revoked or expired one.
 */
export async function authenticate(store: Store, req: Request): Promise<Principal> {
  const authorization = req.get('authorization');
  if (authorization !== undefined && authorization !== '') return keyPrincipal(store, authorization);
  const secret = sessionSecretOf(req);
  if (secret !== undefined) return sessionPrincipal(store, req, secret);
  throw unauthorized('Sign in, or send an API key: "Authorization: Bearer <key>".');
}

/** The principal with only the grants whose role is one of `roles`; 403 when none is left. */
export function requireRole(principal: Principal, roles: readonly HttpRole[]): Principal {
  const grants = principal.grants.filter((grant) => roles.includes(grant.role));
  if (grants.length === 0) {
    throw new HttpProblem(403, 'forbidden', `This needs the role ${roles.join(' or ')}.`);
  }
  return { ...principal, grants };
}

/** The projects the principal may reach, or `undefined` when it may reach all. */
export function projectScope(principal: Principal): string[] | undefined {
  const scoped: string[] = [];
  for (const grant of principal.grants) {
    if (grant.projectId === undefined) return undefined;
    scoped.push(grant.projectId);
  }
  return scoped;
}

/** Whether the principal may reach the project. */
export function reaches(principal: Principal, projectId: string | undefined): boolean {
  const scope = projectScope(principal);
  return scope === undefined || (projectId !== undefined && scope.includes(projectId));
}

/** Throws 403 unless the principal's scope includes the project. */
export function requireProject(principal: Principal, projectId: string): void {
  if (!reaches(principal, projectId)) {
    throw new HttpProblem(403, 'forbidden', 'Your role does not cover this project.');
  }
}
