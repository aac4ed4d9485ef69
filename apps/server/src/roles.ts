import type { ApiKeyRole } from '@neighbourly/store';
import { z } from 'zod';

/**
 * The roles of the HTTP API: `admin` (everything), `coordinator` (their projects: surveys, waves,
 * invitations, reports, exports, erasure) and `researcher` (read indicators and pseudonymised exports of
 * their projects).
 */
export const HttpRoleSchema = z.enum(['admin', 'coordinator', 'researcher']);
/** A role of the HTTP API. */
export type HttpRole = z.infer<typeof HttpRoleSchema>;

const toStore: Record<HttpRole, ApiKeyRole> = { admin: 'admin', coordinator: 'editor', researcher: 'viewer' };
const fromStore: Record<ApiKeyRole, HttpRole> = {
  admin: 'admin',
  editor: 'coordinator',
  viewer: 'researcher',
};

/** The store's role for an HTTP role (`coordinator` is the store's `editor`, `researcher` its `viewer`). */
export function storeRoleOf(role: HttpRole): ApiKeyRole {
  return toStore[role];
}

/** The HTTP role of a stored key's role. */
export function httpRoleOf(role: ApiKeyRole): HttpRole {
  return fromStore[role];
}
