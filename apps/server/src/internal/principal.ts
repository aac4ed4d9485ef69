import { timingSafeEqual } from 'node:crypto';
import { hashSecret, type Store } from '@neighbourly/store';
import { HttpProblem } from '../http-problem.js';
import { type HttpRole, httpRoleOf } from '../roles.js';

/** Who is calling: an API key's id, role and project scope (absent: all projects). */
export interface Principal {
  keyId: string;
  role: HttpRole;
  projectId?: string;
}

const bearerPattern = /^Bearer ([\x21-\x7e]{16,512})$/;

/**
 * Resolves the caller of a request from its `Authorization: Bearer <key>` header: the key is hashed and
 * looked up by its hash, and the stored hash is compared in constant time. Throws 401 without a key or with
 * a wrong or revoked one.
 */
export async function authenticate(store: Store, authorization: string | undefined): Promise<Principal> {
  if (authorization === undefined || authorization === '') {
    throw new HttpProblem(401, 'unauthorized', 'An API key is needed: send "Authorization: Bearer <key>".', {
      headers: { 'WWW-Authenticate': 'Bearer realm="neighbourly"' },
    });
  }
  const match = bearerPattern.exec(authorization);
  const keyHash = match?.[1] === undefined ? undefined : hashSecret(match[1]);
  const key = keyHash === undefined ? undefined : await store.apiKeys.getByHash(keyHash);
  if (
    keyHash === undefined ||
    key === undefined ||
    key.revokedAt !== undefined ||
    !timingSafeEqual(Buffer.from(key.keyHash, 'hex'), Buffer.from(keyHash, 'hex'))
  ) {
    throw new HttpProblem(401, 'unauthorized', 'The API key is not valid.', {
      headers: { 'WWW-Authenticate': 'Bearer realm="neighbourly", error="invalid_token"' },
    });
  }
  return {
    keyId: key.id,
    role: httpRoleOf(key.role),
    ...(key.projectId === undefined ? {} : { projectId: key.projectId }),
  };
}

/** Throws 403 unless the principal has one of `roles`. */
export function requireRole(principal: Principal, roles: readonly HttpRole[]): void {
  if (!roles.includes(principal.role)) {
    throw new HttpProblem(403, 'forbidden', `This needs the role ${roles.join(' or ')}.`);
  }
}

/** Throws 403 unless the principal's scope includes the project. */
export function requireProject(principal: Principal, projectId: string): void {
  if (principal.projectId !== undefined && principal.projectId !== projectId) {
    throw new HttpProblem(403, 'forbidden', 'This API key is limited to another project.');
  }
}
