import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintOpenApiDocument, writeOpenApiDocument } from '../scripts/lint-openapi.js';
import { defineConfig } from '../src/config.js';
import { createRouter } from '../src/create-router.js';
import { createTestServer, type TestServer } from './fixtures.js';
import { ConformanceChecker, rawBody, routerRoutes } from './openapi-conformance.js';

type Json = Record<string, unknown>;

/** The object at `keys` inside a parsed document. */
function node(value: unknown, ...keys: string[]): Json {
  let current = value;
  for (const key of keys) current = (current as Json)[key];
  if (typeof current !== 'object' || current === null) throw new Error(`nothing at ${keys.join('/')}`);
  return current as Json;
}

/** Every schema of the document that is empty where it stands for a value (a property, an item, a branch). */
function emptySchemas(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const found: string[] = [];
  const entries = Object.entries(value as Json);
  for (const [key, child] of entries) {
    const here = `${path}/${key}`;
    const isEmpty = typeof child === 'object' && child !== null && Object.keys(child).length === 0;
    const parent = path.split('/').at(-1);
    const standsForValue =
      key === 'schema' ||
      key === 'items' ||
      parent === 'properties' ||
      parent === 'anyOf' ||
      parent === 'oneOf' ||
      parent === 'allOf';
    if (isEmpty && standsForValue && !Array.isArray(child)) found.push(here);
    found.push(...emptySchemas(child, here));
  }
  return found;
}

describe('the OpenAPI document', () => {
  let server: TestServer;
  let document: Json;
  beforeAll(async () => {
    server = await createTestServer();
    document = (await request(server.app).get('/api/openapi.json')).body;
  });
  afterAll(() => server.close());

  it('passes Redocly’s recommended rules without an error or a warning', () => {
    writeOpenApiDocument();
    const { status, stdout, stderr } = lintOpenApiDocument('json');
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
      totals: { errors: number; warnings: number; ignored: number };
      problems: { ruleId: string; message: string }[];
    };
    console.info(`redocly lint: ${JSON.stringify(report.totals)}`);
    expect(report.problems, stderr).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(status).toBe(0);
  });

  it('has no empty schema: every request and response member says what it is', () => {
    expect(emptySchemas(document)).toEqual([]);
    const patch = node(document, 'paths', '/api/projects/{projectId}', 'patch', 'requestBody', 'content');
    const members = node(patch, 'application/json', 'schema', 'properties');
    for (const name of ['theoryOfChange', 'indicatorSet']) {
      expect(members[name]).toEqual({
        anyOf: [
          { type: 'object', additionalProperties: true, description: 'A JSON object' },
          { type: 'null' },
        ],
      });
    }
    // Context variables: names the programme query can name, each a number, a short text or null.
    expect(members.context).toEqual({
      anyOf: [
        {
          type: 'object',
          propertyNames: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' },
          additionalProperties: {
            anyOf: [{ type: 'number' }, { type: 'string', minLength: 1, maxLength: 200 }, { type: 'null' }],
          },
        },
        { type: 'null' },
      ],
    });
  });

  it('names the server where the router is mounted', async () => {
    expect(document.servers).toEqual([{ url: '/', description: 'This server' }]);
    for (const [publicUrl, expected] of [
      [undefined, '/evaluation'],
      ['https://buurt.example', 'https://buurt.example/evaluation'],
    ] as const) {
      const app = express();
      const config = defineConfig({
        NEIGHBOURLY_LOG_LEVEL: 'silent',
        ...(publicUrl === undefined ? {} : { NEIGHBOURLY_PUBLIC_URL: publicUrl }),
      });
      app.use('/evaluation', createRouter({ store: server.store, config }));
      const mounted = await request(app).get('/evaluation/api/openapi.json');
      expect(mounted.body.servers).toEqual([{ url: expected, description: 'This server' }]);
    }
  });

  it('documents each problem status with its own problem types', () => {
    const schemas = node(document, 'components', 'schemas');
    expect(node(schemas, 'Problem409', 'properties', 'type').enum).toEqual([
      'urn:neighbourly:problem:conflict',
      'urn:neighbourly:problem:already-complete',
    ]);
    expect(node(schemas, 'Problem404', 'properties', 'status')).toEqual({ type: 'number', const: 404 });
    const survey = node(document, 'paths', '/api/public/{token}/survey', 'get', 'responses');
    expect(Object.keys(survey)).toEqual([
      '200',
      '400',
      '404',
      '409',
      '410',
      '413',
      '415',
      '422',
      '429',
      '500',
      '503',
    ]);
    expect(node(survey, '429', 'headers', 'Retry-After').required).toBe(true);
    const unauthorized = node(document, 'paths', '/api/me', 'get', 'responses', '401');
    expect(node(unauthorized, 'headers', 'WWW-Authenticate').required).toBe(true);
  });

  describe('the conformance checker', () => {
    const get = (path: string, key?: string) => {
      const call = request(server.app).get(path).buffer(true).parse(rawBody);
      return key === undefined ? call : call.set(server.auth(key));
    };

    it('reports an undocumented status, a wrong media type, a body off its schema and a missing header', async () => {
      const altered = structuredClone(document);
      const paths = node(altered, 'paths');
      delete node(paths, '/api/projects/{projectId}', 'get', 'responses')['404'];
      const me = node(paths, '/api/me', 'get', 'responses', '200', 'content', 'application/json', 'schema');
      (me.required as string[]).push('nickname');
      node(paths, '/health', 'get', 'responses', '200').content = {
        'text/plain': { schema: { type: 'string' } },
      };
      node(paths, '/ready', 'get', 'responses', '200').headers = {
        'X-Missing': { required: true, schema: { type: 'string' } },
      };
      delete paths['/dashboard'];
      const checker = new ConformanceChecker(altered);
      checker.check(await get('/api/projects/0190a8c4-0000-7000-8000-000000000000', undefined));
      checker.check(
        await get(
          '/api/projects/0190a8c4-0000-7000-8000-000000000000',
          'nbk_test-admin-key-0123456789abcdef',
        ),
      );
      checker.check(await get('/api/me', 'nbk_test-admin-key-0123456789abcdef'));
      checker.check(await get('/health'));
      checker.check(await get('/ready'));
      checker.check(await get('/dashboard'));
      expect(checker.mismatches).toEqual([
        expect.stringMatching(/→ 404: status not documented for get \/api\/projects\/\{projectId\}$/),
        expect.stringMatching(/^GET \/api\/me → 200: the body does not match the schema: .*nickname/),
        'GET /health → 200: media type application/json is not one of text/plain',
        'GET /ready → 200: the required header X-Missing is missing',
        'GET /dashboard → 302: no operation in the document',
      ]);
      // The unaltered document has none of these.
      const clean = new ConformanceChecker(document);
      clean.check(await get('/api/me', 'nbk_test-admin-key-0123456789abcdef'));
      clean.check(await get('/health'));
      expect(clean.mismatches).toEqual([]);
    });

    it('sees a route that was added to the router but not to the route table', () => {
      const router = createRouter({
        store: server.store,
        config: defineConfig({ NEIGHBOURLY_LOG_LEVEL: 'silent' }),
      });
      router.post('/api/projects/:projectId/secret', (_req, res) => {
        res.json({});
      });
      const documented = new Set(
        new ConformanceChecker(document).operations.map((operation) => operation.key),
      );
      expect(routerRoutes(router).filter((route) => !documented.has(route))).toEqual([
        'post /api/projects/{projectId}/secret',
      ]);
    });
  });
});
