import type { ProgrammeResults } from '@neighbourly/core';
import { queryOptions } from '@tanstack/react-query';
import { call, client } from '../../api/client';

/** What the researcher asked to pool; kept in the page's address so a pooled view can be shared. */
export interface ProgrammeRequest {
  projects: string[];
  typology?: number;
  by?: string;
  method: 'REML' | 'DL' | 'FE';
  ci: 'hartung-knapp' | 'wald';
}

const methods = ['REML', 'DL', 'FE'] as const;
const intervals = ['hartung-knapp', 'wald'] as const;

/** The request in the address (`?projects=a,b&typology=3&by=region`), or none before the first "Pool". */
export function requestFrom(params: URLSearchParams): ProgrammeRequest | undefined {
  const projects = (params.get('projects') ?? '').split(',').filter((id) => id !== '');
  if (projects.length === 0) return undefined;
  const typology = Number(params.get('typology'));
  const by = params.get('by') ?? '';
  const method = methods.find((m) => m === params.get('method')) ?? 'REML';
  const ci = intervals.find((c) => c === params.get('ci')) ?? 'hartung-knapp';
  return {
    projects,
    ...(Number.isInteger(typology) && typology >= 2 ? { typology } : {}),
    ...(by === '' ? {} : { by }),
    method,
    ci,
  };
}

/** The request as the API's query parameters. */
function apiQueryOf(request: ProgrammeRequest) {
  return {
    projects: request.projects.join(','),
    ...(request.typology === undefined ? {} : { typology: request.typology }),
    ...(request.by === undefined ? {} : { by: request.by }),
    method: request.method,
    ci: request.ci,
  };
}

/** The request as text parameters, for the address and the report's download. */
export function searchOf(request: ProgrammeRequest): Record<string, string> {
  return Object.fromEntries(
    Object.entries(apiQueryOf(request)).map(([name, value]) => [name, String(value)]),
  );
}

/**
 * `GET /api/programmes/results`. The OpenAPI document describes the body loosely (its shape is
 * `aggregateProgramme`'s), so it is typed with @neighbourly/core's `ProgrammeResults`.
 */
export const programmeQuery = (request: ProgrammeRequest) =>
  queryOptions({
    queryKey: ['programme', searchOf(request)],
    queryFn: async () =>
      (await call(
        client.GET('/api/programmes/results', { params: { query: apiQueryOf(request) } }),
      )) as unknown as ProgrammeResults,
    staleTime: 5 * 60_000,
  });
