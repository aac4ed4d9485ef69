import { z } from 'zod';
import { problemTypes } from '../http-problem.js';
import type { ApiRoute } from './route.js';

type JsonSchema = Record<string, unknown>;

const ProblemSchema = z.object({
  type: z.string().describe('urn:neighbourly:problem:<slug>'),
  title: z.string(),
  status: z.int(),
  detail: z.string(),
  reason: z
    .string()
    .optional()
    .describe('For respondent links: invalid, revoked, expired, closed, used, not-yet-open'),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function shapeOf(schema: z.ZodType | undefined): Record<string, z.ZodType> {
  if (schema instanceof z.ZodObject) return schema.shape as Record<string, z.ZodType>;
  return {};
}

function problem(description: string) {
  return {
    description,
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  };
}

/** The route path in OpenAPI form: `/api/projects/{projectId}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, '{$1}');
}

/** Builds the OpenAPI 3.1 document of the routes from their zod schemas. */
export function buildOpenApiDocument(routes: readonly ApiRoute[], info: { version: string }): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const parameters: unknown[] = [];
    for (const [name, schema] of Object.entries(shapeOf(route.params))) {
      parameters.push({ name, in: 'path', required: true, schema: toSchema(schema, 'input') });
    }
    for (const [name, schema] of Object.entries(shapeOf(route.query))) {
      parameters.push({
        name,
        in: 'query',
        required: !schema.safeParse(undefined).success,
        schema: toSchema(schema, 'input'),
      });
    }
    for (const header of route.headers) {
      parameters.push({
        name: header.name,
        in: 'header',
        required: header.required,
        description: header.description,
        schema: { type: 'string' },
      });
    }
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(route.responses)) {
      const code = Number(status);
      if (code >= 400) {
        responses[status] = problem(response.description);
      } else if (response.mediaType !== undefined) {
        responses[status] = { description: response.description, content: { [response.mediaType]: {} } };
      } else if (response.schema !== undefined) {
        responses[status] = {
          description: response.description,
          content: { 'application/json': { schema: toSchema(response.schema, 'output') } },
        };
      } else {
        responses[status] = { description: response.description };
      }
    }
    if (route.access !== 'public') {
      responses['401'] ??= problem('No API key, or a wrong or revoked one');
      responses['403'] ??= problem('The key’s role or project scope does not allow this');
    }
    if (route.params !== undefined || route.query !== undefined || route.body !== undefined) {
      responses['422'] ??= problem('The request does not match its schema (see `errors`)');
    }
    if (route.rateLimited) responses['429'] ??= problem('Too many requests: wait `Retry-After` seconds');
    const operation: Record<string, unknown> = {
      operationId: `${route.method}${openApiPath(route.path).replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
      summary: route.summary,
      tags: [route.tag],
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body === undefined
        ? {}
        : {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: toSchema(route.body, 'input') } },
            },
          }),
      responses,
      security: route.access === 'public' ? [] : [{ apiKey: [] }],
      'x-roles': route.access === 'public' ? [] : [...route.access],
    };
    const path = openApiPath(route.path);
    paths[path] = { ...paths[path], [route.method]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Neighbourly API',
      version: info.version,
      description:
        'Measure the impact of caring-neighbourhood projects: projects, surveys, waves, invitations, ' +
        'respondent endpoints, indicators, reports and exports. Errors are RFC 9457 problem details; problem ' +
        `types: ${Object.keys(problemTypes)
          .map((slug) => `urn:neighbourly:problem:${slug}`)
          .join(', ')}.`,
    },
    paths,
    components: {
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'An API key: `Authorization: Bearer nbk_…`' },
      },
      schemas: { Problem: toSchema(ProblemSchema, 'output') },
    },
  };
}
