import { queryOptions } from '@tanstack/react-query';
import { call, client } from '../../api/client';

export const indicatorsQuery = (projectId: string, options: { waveId?: string; groupBy?: string } = {}) =>
  queryOptions({
    queryKey: ['indicators', projectId, options.waveId ?? null, options.groupBy ?? null],
    queryFn: () =>
      call(
        client.GET('/api/projects/{projectId}/indicators', {
          params: {
            path: { projectId },
            query: {
              ...(options.waveId === undefined ? {} : { waveId: options.waveId }),
              ...(options.groupBy === undefined ? {} : { groupBy: options.groupBy }),
            },
          },
        }),
      ),
  });

export const comparisonQuery = (projectId: string, from: string, to: string) =>
  queryOptions({
    queryKey: ['comparison', projectId, from, to],
    queryFn: () =>
      call(
        client.GET('/api/projects/{projectId}/comparison', {
          params: { path: { projectId }, query: { from, to } },
        }),
      ),
  });

export const theoryOfChangeQuery = (projectId: string, lang: 'nl' | 'fr' | 'en') =>
  queryOptions({
    queryKey: ['theory-of-change', projectId, lang],
    queryFn: () =>
      call(
        client.GET('/api/projects/{projectId}/theory-of-change', {
          params: { path: { projectId }, query: { lang } },
        }),
      ),
  });

export const openAnswersQuery = (projectId: string, waveId: string) =>
  queryOptions({
    queryKey: ['open-answers', projectId, waveId],
    queryFn: () =>
      call(
        client.GET('/api/projects/{projectId}/open-answers', {
          params: { path: { projectId }, query: { waveId } },
        }),
      ),
  });

/** Every survey of the project with its definition: where question titles and answer labels come from. */
export const surveyDefinitionsQuery = (projectId: string, surveyIds: readonly string[]) =>
  queryOptions({
    queryKey: ['survey-definitions', projectId, ...surveyIds],
    queryFn: () =>
      Promise.all(
        surveyIds.map((surveyId) =>
          call(
            client.GET('/api/projects/{projectId}/surveys/{surveyId}', {
              params: { path: { projectId, surveyId } },
            }),
          ),
        ),
      ),
    staleTime: Number.POSITIVE_INFINITY,
  });
