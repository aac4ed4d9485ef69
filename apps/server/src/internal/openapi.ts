import { z } from 'zod';
import { problemTypes, problemTypeUri } from '../http-problem.js';
import { type JsonSchema, problemSchema, toJsonSchema } from './openapi-schemas.js';
import type { PageRoute } from './page-routes.js';
import type { ApiRoute, RouteHeader, RouteResponse } from './route.js';
import { standardProblems } from './route-problems.js';

/** What the document is built from: the API's route table and the pages. */
export interface OpenApiSources {
  routes: readonly ApiRoute[];
  pages: readonly PageRoute[];
  version: string;
  /** The `servers` URL: where the router is mounted (default `/`). */
  serverUrl?: string;
}

const tagDescriptions: Record<string, string> = {
  System: 'Liveness, readiness and this document',
  Keys: 'API keys and who is calling',
  Projects: 'Projects with their theory of change, indicator set and context',
  Surveys: 'SurveyJS definitions, linted when created',
  Waves: 'Measurement waves and their invitations',
  Respondents: 'What respondents call without a key (rate limited), and erasure',
  Indicators: 'Indicator results, wave comparisons and the theory of change',
  Reports: 'The PDF impact report',
  Exports: 'Pseudonymised response exports',
  Pages: 'HTML pages and the browser files they load',
};

/** The route path in OpenAPI form: `/api/projects/{projectId}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, '{$1}');
}

function pathParameterNames(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1] ?? '');
}

function operationId(method: string, path: string): string {
  const words = openApiPath(path).replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) =>
    (c ?? '').toUpperCase(),
  );
  return `${method}${words === '' ? 'Root' : words}`;
}

function headerObjects(headers: Record<string, RouteHeader> | undefined) {
  if (headers === undefined) return {};
  const objects = Object.fromEntries(
    Object.entries(headers).map(([name, header]) => [name, { ...header, schema: { type: 'string' } }]),
  );
  return { headers: objects };
}

/**
 * The response object of one status; problem statuses refer to their `ProblemNNN` schema, unless the route
 * answers that status with a media type of its own (a respondent page explains a dead link as a page).
 */
function responseObject(status: number, response: RouteResponse, problemStatuses: Set<number>) {
  const base = { description: response.description, ...headerObjects(response.headers) };
  if (status >= 400 && response.mediaType === undefined) {
    problemStatuses.add(status);
    const schema = { $ref: `#/components/schemas/Problem${status}` };
    return { ...base, content: { 'application/problem+json': { schema } } };
  }
  if (response.schema !== undefined) {
    return { ...base, content: { 'application/json': { schema: toJsonSchema(response.schema, 'output') } } };
  }
  if (response.mediaType !== undefined) {
    const types = typeof response.mediaType === 'string' ? [response.mediaType] : response.mediaType;
    const content = Object.fromEntries(
      types.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }]),
    );
    return { ...base, content };
  }
  return base;
}

function responsesObject(responses: Record<number, RouteResponse>, problemStatuses: Set<number>) {
  return Object.fromEntries(
    Object.entries(responses)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([status, response]) => [status, responseObject(Number(status), response, problemStatuses)]),
  );
}

/** The members of an object schema (params, query), each documented as a parameter. */
function shapeOf(schema: z.ZodType | undefined): [string, z.ZodType][] {
  return schema instanceof z.ZodObject ? Object.entries(schema.shape as Record<string, z.ZodType>) : [];
}

function apiOperation(route: ApiRoute, problemStatuses: Set<number>) {
  const parameters: unknown[] = [];
  for (const [name, schema] of shapeOf(route.params)) {
    parameters.push({ name, in: 'path', required: true, schema: toJsonSchema(schema, 'input') });
  }
  for (const [name, schema] of shapeOf(route.query)) {
    const required = !schema.safeParse(undefined).success;
    parameters.push({ name, in: 'query', required, schema: toJsonSchema(schema, 'input') });
  }
  for (const header of route.headers) {
    parameters.push({ ...header, in: 'header', schema: { type: 'string' } });
  }
  const documented = pathParameterNames(route.path).sort();
  const declared = shapeOf(route.params)
    .map(([name]) => name)
    .sort();
  if (documented.join() !== declared.join()) {
    throw new Error(`${route.method} ${route.path}: its params schema must name ${documented.join(', ')}`);
  }
  return {
    operationId: operationId(route.method, route.path),
    summary: route.summary,
    tags: [route.tag],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.body === undefined
      ? {}
      : {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: toJsonSchema(route.body, 'input') } },
          },
        }),
    responses: responsesObject({ ...standardProblems(route), ...route.responses }, problemStatuses),
    security: route.access === 'public' ? [] : [{ apiKey: [] }],
    'x-roles': route.access === 'public' ? [] : [...route.access],
  };
}

function pageOperation(page: PageRoute, problemStatuses: Set<number>) {
  const names = pathParameterNames(page.path);
  const problems = standardProblems({
    access: 'public',
    rateLimited: page.rateLimited,
    usesStore: false,
    params: undefined,
    query: undefined,
    body: undefined,
    headers: [],
  });
  return {
    operationId: operationId('get', page.path),
    summary: page.summary,
    tags: ['Pages'],
    ...(names.length > 0
      ? {
          parameters: names.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
        }
      : {}),
    responses: responsesObject({ ...problems, ...page.responses }, problemStatuses),
    security: [],
  };
}

/**
 * The OpenAPI 3.1 document of the server, generated from the route table (the zod schemas that validate
 * requests, the documented answers, and the problems each kind of route can answer) and the pages.
 */
export function buildOpenApiDocument(sources: OpenApiSources): JsonSchema {
  const problemStatuses = new Set<number>();
  const paths: Record<string, Record<string, unknown>> = {};
  const add = (method: string, path: string, operation: unknown) => {
    const key = openApiPath(path);
    if (paths[key]?.[method] !== undefined) throw new Error(`${method} ${path} is defined twice`);
    paths[key] = { ...paths[key], [method]: operation };
  };
  for (const route of sources.routes) add(route.method, route.path, apiOperation(route, problemStatuses));
  for (const page of sources.pages) add('get', page.path, pageOperation(page, problemStatuses));
  const tags = [...new Set([...sources.routes.map((route) => route.tag), 'Pages'])];
  return {
    openapi: '3.1.0',
    info: {
      title: 'Neighbourly API',
      version: sources.version,
      description:
        'Measure the impact of caring-neighbourhood projects: projects, surveys, waves, invitations, ' +
        'respondent endpoints, indicators, reports and exports. Errors are RFC 9457 problem details ' +
        '(`application/problem+json`); problem types: ' +
        `${Object.keys(problemTypes)
          .map((slug) => problemTypeUri(slug as keyof typeof problemTypes))
          .join(', ')}.`,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: sources.serverUrl ?? '/', description: 'This server' }],
    tags: tags.map((name) => ({ name, description: tagDescriptions[name] ?? name })),
    paths,
    components: {
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'An API key: `Authorization: Bearer nbk_…`' },
      },
      schemas: Object.fromEntries(
        [...problemStatuses]
          .sort((a, b) => a - b)
          .map((status) => [`Problem${status}`, problemSchema(status)]),
      ),
    },
  };
}
