import { HttpRoleSchema } from '../roles.js';
import type { ApiRoute, RouteHeader, RouteResponse } from './route.js';

/** What decides the problems a route can answer. */
type RouteShape = Pick<
  ApiRoute,
  'access' | 'rateLimited' | 'usesStore' | 'params' | 'query' | 'body' | 'headers'
>;

/** `WWW-Authenticate` of a 401. */
export const wwwAuthenticateHeader: Record<string, RouteHeader> = {
  'WWW-Authenticate': {
    description: 'The scheme to authenticate with: `Bearer realm="neighbourly"`',
    required: true,
  },
};

/** `Retry-After` of a 429. */
export const retryAfterHeader: Record<string, RouteHeader> = {
  'Retry-After': { description: 'Seconds to wait before trying again', required: true },
};

/** Path parameters that name something shared by every project (a questionnaire template), not a record. */
const sharedParams = new Set(['templateId']);

function namesProjectRecord(route: RouteShape): boolean {
  const shape = (route.params as { shape?: Record<string, unknown> } | undefined)?.shape ?? {};
  return Object.keys(shape).some((name) => !sharedParams.has(name));
}

/**
 * The problems a route can answer because of what it is, each rule written once. Every route: 400, 413 and
 * 415, because the router reads a JSON body on any request that has one (malformed or too deeply nested JSON,
 * too large, an unsupported encoding or charset; also a path with malformed percent-encoding), and 500. Key
 * routes: 401, and 403 when a role or the key's project scope can refuse. 404 when a path parameter names a
 * record; 422 when params, query, headers or body are validated; 429 when rate limited; 503 when the route
 * reads the store. A route declares only its own problems beside these (409, 410), and may override a
 * description here by declaring the same status.
 */
export function standardProblems(route: RouteShape): Record<number, RouteResponse> {
  const problems: Record<number, RouteResponse> = {};
  const hasParams = route.params !== undefined;
  const hasBody = route.body !== undefined;
  problems[400] = {
    description:
      'The body is not valid JSON or is nested deeper than 64 levels, or the path has malformed percent-encoding',
  };
  if (route.access !== 'public') {
    problems[401] = {
      description: 'No API key or session cookie, or a wrong, revoked or expired one',
      headers: wwwAuthenticateHeader,
    };
    // Roles are checked on every key route; the project scope wherever a path names a project's record.
    if (namesProjectRecord(route) || route.access.length < HttpRoleSchema.options.length) {
      problems[403] = {
        description:
          'The caller’s role or project scope does not allow this, or a write with the session cookie lacks its CSRF token (`reason: csrf`)',
      };
    }
  }
  if (hasParams) problems[404] = { description: 'No record with this id' };
  problems[413] = { description: 'The body is larger than the server accepts (1 MB by default)' };
  problems[415] = {
    description: hasBody
      ? 'The body is not `application/json`, or its encoding or charset is not supported'
      : 'The body’s encoding or charset is not supported',
  };
  if (hasParams || route.query !== undefined || hasBody || route.headers.length > 0) {
    problems[422] = { description: 'The request does not match its schema (see `errors`)' };
  }
  if (route.rateLimited) {
    problems[429] = {
      description: 'Too many requests: wait `Retry-After` seconds',
      headers: retryAfterHeader,
    };
  }
  problems[500] = { description: 'A bug: the detail reveals nothing, the server log has the cause' };
  if (route.usesStore) problems[503] = { description: 'The database is not available' };
  return problems;
}
