import type { Me } from '../api/types';

/*
 * What the signed-in key or account may do, read from its grants (`GET /api/me`), so the interface offers only
 * what the server will allow. The server decides in the end; this only spares people buttons that answer 403.
 */

type Role = Me['role'];

/** Whether a grant of one of `roles` covers the project (a grant without a project covers all). */
export function hasRole(me: Me | undefined, roles: readonly Role[], projectId?: string): boolean {
  return (me?.grants ?? []).some(
    (grant) =>
      roles.includes(grant.role) &&
      (grant.projectId === undefined || (projectId !== undefined && grant.projectId === projectId)),
  );
}

/** Creating projects needs an administrator of all projects. */
export function canCreateProjects(me: Me | undefined): boolean {
  return hasRole(me, ['admin']);
}

/** Keys and accounts of a project are managed by its administrators. */
export function canManagePeople(me: Me | undefined, projectId: string): boolean {
  return hasRole(me, ['admin'], projectId);
}

/** The projects whose results the caller may pool in a programme: those it administers or researches. */
export function programmeProjects<P extends { id: string }>(me: Me | undefined, projects: readonly P[]): P[] {
  return projects.filter((project) => hasRole(me, ['admin', 'researcher'], project.id));
}
