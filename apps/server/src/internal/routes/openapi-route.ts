import { z } from 'zod';
import { buildOpenApiDocument, type OpenApiSources } from '../openapi.js';
import type { JsonSchema } from '../openapi-schemas.js';
import { defineRoute } from '../route.js';

const OpenApiDocumentView = z.looseObject({
  openapi: z.literal('3.1.0'),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  servers: z.array(z.looseObject({ url: z.string() })),
  paths: z.record(z.string(), z.looseObject({})),
});

/**
 * `GET /api/openapi.json`: the document of `sources()` (a function, so the route can be part of the table it
 * documents), built at the first request, with `servers` set to where the router is mounted.
 */
export function openApiRoute(sources: () => Omit<OpenApiSources, 'serverUrl'>) {
  let document: JsonSchema | undefined;
  return defineRoute({
    method: 'get',
    path: '/api/openapi.json',
    tag: 'System',
    summary: 'This document: the OpenAPI 3.1 description of every route',
    access: 'public',
    usesStore: false,
    responses: { 200: { description: 'The OpenAPI document', schema: OpenApiDocumentView } },
    async handler({ req, res, services }) {
      document ??= buildOpenApiDocument(sources());
      const url = `${services.config.NEIGHBOURLY_PUBLIC_URL ?? ''}${req.baseUrl}`;
      res.json({ ...document, servers: [{ url: url === '' ? '/' : url, description: 'This server' }] });
    },
  });
}
