import type { Account } from '@neighbourly/store';
import { type Grant, grantsOf, type Principal, reaches } from './principal.js';

/** An account as the API shows it: never its password hash; only the roles the viewer may see. */
export function accountView(account: Account, viewer?: Principal) {
  const grants = grantsOf(account.grants).filter(
    (grant) => viewer === undefined || reaches(viewer, grant.projectId),
  );
  return {
    id: account.id,
    email: account.email,
    name: account.name,
    language: account.language,
    status: account.status,
    grants,
    createdAt: account.createdAt,
    updatedAt: account.updatedAt,
  };
}

const rank = { researcher: 0, coordinator: 1, admin: 2 } as const;

/** The highest role among grants (an account without roles counts as researcher of nothing). */
export function highestRole(grants: readonly Grant[]): Grant['role'] {
  return grants.reduce<Grant['role']>(
    (best, grant) => (rank[grant.role] > rank[best] ? grant.role : best),
    'researcher',
  );
}
