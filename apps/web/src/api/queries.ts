import { queryOptions, useQuery } from '@tanstack/react-query';
import { call, client } from './client';

/*
 * Queries more than one feature reads (the project, its surveys and waves, the caller). Feature-only queries
 * live in their feature. Keys start with the resource, then the project: invalidating ['waves', projectId]
 * refreshes every view of that project's waves.
 */

export const projectsQuery = () =>
  queryOptions({ queryKey: ['projects'], queryFn: () => call(client.GET('/api/projects')) });

export const projectQuery = (projectId: string) =>
  queryOptions({
    queryKey: ['project', projectId],
    queryFn: () => call(client.GET('/api/projects/{projectId}', { params: { path: { projectId } } })),
  });

export const surveysQuery = (projectId: string) =>
  queryOptions({
    queryKey: ['surveys', projectId],
    queryFn: () => call(client.GET('/api/projects/{projectId}/surveys', { params: { path: { projectId } } })),
  });

export const wavesQuery = (projectId: string) =>
  queryOptions({
    queryKey: ['waves', projectId],
    queryFn: () => call(client.GET('/api/projects/{projectId}/waves', { params: { path: { projectId } } })),
  });

export const meQuery = () => queryOptions({ queryKey: ['me'], queryFn: () => call(client.GET('/api/me')) });

/** The project of the current route. */
export function useProject(projectId: string) {
  return useQuery(projectQuery(projectId));
}

/** The project's waves with their counts. */
export function useWaves(projectId: string) {
  return useQuery(wavesQuery(projectId));
}

/** The project's surveys (questionnaires). */
export function useSurveys(projectId: string) {
  return useQuery(surveysQuery(projectId));
}

/** Who the signed-in key is (role and project scope). */
export function useMe() {
  return useQuery(meQuery());
}
