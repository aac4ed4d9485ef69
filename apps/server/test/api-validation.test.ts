import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './fixtures.js';

describe('bad bodies, ids and limits', () => {
  let server: TestServer;
  let projectId: string;
  beforeEach(async () => {
    server = await createTestServer({ NEIGHBOURLY_RATE_LIMIT: 5 });
    projectId = (await server.createProject()).id;
  });
  afterEach(() => server.close());

  it('rejects ids that are not UUID strings, including operator objects, with 422', async () => {
    const notUuid = await request(server.app).get('/api/projects/not-a-uuid').set(server.auth());
    expect(notUuid.status).toBe(422);
    expect(notUuid.body).toMatchObject({ type: 'urn:neighbourly:problem:validation', status: 422 });
    expect(notUuid.body.errors[0].path).toBe('params.projectId');

    const survey = (await server.createSurvey(projectId)).id;
    const operator = await request(server.app)
      .post(`/api/projects/${projectId}/waves`)
      .set(server.auth())
      .send({ surveyId: { $gt: '' }, label: 'Baseline' });
    expect(operator.status).toBe(422);
    expect(operator.body.errors).toEqual([expect.objectContaining({ path: 'body.surveyId' })]);

    const queryOperator = await request(server.app)
      .get(`/api/projects/${projectId}/indicators?waveId[$gt]=`)
      .set(server.auth());
    expect(queryOperator.status).toBe(422);
    expect(queryOperator.body.errors[0].message).toMatch(/waveId\[\$gt\]/);
    const arrayQuery = await request(server.app)
      .get(`/api/projects/${projectId}/comparison?from=${survey}&from=${survey}&to=${survey}`)
      .set(server.auth());
    expect(arrayQuery.status).toBe(422);

    const key = await request(server.app)
      .post('/api/keys')
      .set(server.auth())
      .send({ name: 'x', role: { $ne: 'admin' } });
    expect(key.status).toBe(422);
    expect(key.body.errors[0].path).toBe('body.role');
  });

  it('rejects unknown fields, wrong types, unknown projects and malformed JSON', async () => {
    const extra = await request(server.app)
      .post('/api/projects')
      .set(server.auth())
      .send({ name: 'X', slug: 'x', isAdmin: true });
    expect(extra.status).toBe(422);
    expect(extra.body.errors[0].message).toMatch(/isAdmin/);

    const badSlug = await request(server.app)
      .post('/api/projects')
      .set(server.auth())
      .send({ name: 'X', slug: 'Not A Slug' });
    expect(badSlug.status).toBe(422);
    expect(badSlug.body.errors[0].path).toBe('body.slug');

    const duplicate = await request(server.app)
      .post('/api/projects')
      .set(server.auth())
      .send({ name: 'Again', slug: 'noord-1' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.type).toBe('urn:neighbourly:problem:conflict');

    const missing = await request(server.app)
      .get('/api/projects/0190a8c4-0000-7000-8000-000000000000')
      .set(server.auth());
    expect(missing.status).toBe(404);

    const malformed = await request(server.app)
      .post('/api/projects')
      .set(server.auth())
      .set('Content-Type', 'application/json')
      .send('{"name": ');
    expect(malformed.status).toBe(400);
    expect(malformed.headers['content-type']).toMatch(/^application\/problem\+json/);

    const form = await request(server.app)
      .post('/api/projects')
      .set(server.auth())
      .type('form')
      .send('name=x&slug=y');
    expect(form.status).toBe(415);
  });

  it('checks theories of change and indicator sets with @neighbourly/core', async () => {
    const cyclic = await request(server.app)
      .patch(`/api/projects/${projectId}`)
      .set(server.auth())
      .send({
        theoryOfChange: {
          id: 'loop',
          label: { en: 'Loop' },
          nodes: [
            { id: 'a', kind: 'activity', label: { en: 'A' } },
            { id: 'b', kind: 'output', label: { en: 'B' } },
          ],
          edges: [
            { from: 'a', to: 'b' },
            { from: 'b', to: 'a' },
          ],
        },
      });
    expect(cyclic.status).toBe(422);
    expect(
      cyclic.body.errors.some((error: { path: string }) => error.path.startsWith('body.theoryOfChange')),
    ).toBe(true);

    const badSet = await request(server.app)
      .patch(`/api/projects/${projectId}`)
      .set(server.auth())
      .send({ indicatorSet: { id: 'x', indicators: [{ id: 'y' }] } });
    expect(badSet.status).toBe(422);
    expect(badSet.body.errors[0].path).toMatch(/^body\.indicatorSet\.indicators\.0/);

    const renamed = await request(server.app)
      .patch(`/api/projects/${projectId}`)
      .set(server.auth())
      .send({ name: 'Noord' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('Noord');
  });

  it('refuses survey definitions that fail the lint (unknown indicators, duplicate names), and a round mismatch', async () => {
    const empty = await request(server.app)
      .post(`/api/projects/${projectId}/surveys`)
      .set(server.auth())
      .send({
        title: 'Unknown indicator',
        round: 'outcomes',
        definition: {
          elements: [{ type: 'rating', name: 'q', neighbourly: { indicators: ['no-such-indicator'] } }],
        },
      });
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0].message).toMatch(/no-such-indicator/);
    const unknown = await request(server.app)
      .post(`/api/projects/${projectId}/surveys`)
      .set(server.auth())
      .send({
        title: 'Unknown indicator',
        round: 'outcomes',
        definition: {
          elements: [{ type: 'text', name: 'a', neighbourly: { indicators: ['no-such-indicator'] } }],
        },
      });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0]).toMatchObject({
      path: 'body.definition.a.neighbourly.indicators',
      message: expect.stringMatching(/no-such-indicator/),
    });
    const mismatch = await request(server.app)
      .post(`/api/projects/${projectId}/surveys`)
      .set(server.auth())
      .send({
        title: 'Mismatch',
        round: 'outcomes',
        definition: { neighbourly: { round: 'process' }, elements: [{ type: 'text', name: 'a' }] },
      });
    expect(mismatch.status).toBe(422);
    const good = await request(server.app)
      .post(`/api/projects/${projectId}/surveys`)
      .set(server.auth())
      .send({ title: 'Good', round: 'governance', definition: { elements: [{ type: 'text', name: 'a' }] } });
    expect(good.status).toBe(201);
    expect(good.body).toMatchObject({ name: 'Good', round: 'governance', latestVersion: 1 });
    expect(good.body.definition.neighbourly).toEqual({ round: 'governance' });
  });

  it('answers bodies over the limit with 413', async () => {
    const small = await createTestServer({ NEIGHBOURLY_BODY_LIMIT: '1kb' });
    try {
      const big = await request(small.app)
        .post('/api/projects')
        .set(small.auth())
        .send({ name: 'x'.repeat(2000), slug: 'big' });
      expect(big.status).toBe(413);
      expect(big.body.type).toBe('urn:neighbourly:problem:payload-too-large');
    } finally {
      await small.close();
    }
    const oneMegabyte = await request(server.app)
      .post('/api/projects')
      .set(server.auth())
      .send({ name: 'x', slug: 'big', context: { blob: 'x'.repeat(1_100_000) } });
    expect(oneMegabyte.status).toBe(413);
  });

  it('rate-limits public endpoints with 429 and Retry-After', async () => {
    const path = `/api/public/${'y'.repeat(43)}/survey`;
    for (let i = 0; i < 5; i += 1) expect((await request(server.app).get(path)).status).toBe(404);
    const limited = await request(server.app).get(path);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.type).toBe('urn:neighbourly:problem:too-many-requests');
    // API-key routes are not rate-limited by the public limiter.
    expect((await request(server.app).get('/api/projects').set(server.auth())).status).toBe(200);
  });

  it('keeps coordinators and researchers inside their project', async () => {
    const other = (await server.createProject()).id;
    const coordinator = await server.createKey('coordinator', projectId);
    const own = await request(server.app).get(`/api/projects/${projectId}`).set(server.auth(coordinator));
    expect(own.status).toBe(200);
    const foreign = await request(server.app).get(`/api/projects/${other}`).set(server.auth(coordinator));
    expect(foreign.status).toBe(403);
    const list = await request(server.app).get('/api/projects').set(server.auth(coordinator));
    expect(list.body.map((project: { id: string }) => project.id)).toEqual([projectId]);
    const survey = (await server.createSurvey(other)).id;
    const wave = (await server.createWave(other, survey)).id;
    const closeForeign = await request(server.app)
      .post(`/api/waves/${wave}/close`)
      .set(server.auth(coordinator));
    expect(closeForeign.status).toBe(403);
  });

  it('creates, lists and revokes keys; a revoked key is refused; secrets are never listed', async () => {
    const created = await request(server.app)
      .post('/api/keys')
      .set(server.auth())
      .send({ name: 'Researcher Gent', role: 'researcher', projectId });
    expect(created.status).toBe(201);
    expect(created.body.key).toMatch(/^nbk_/);
    expect((await request(server.app).get('/api/me').set(server.auth(created.body.key))).body).toMatchObject({
      role: 'researcher',
      projectId,
    });
    const list = await request(server.app).get('/api/keys').set(server.auth());
    expect(JSON.stringify(list.body)).not.toContain(created.body.key);
    expect(list.body.find((key: { id: string }) => key.id === created.body.id)).toMatchObject({
      role: 'researcher',
    });
    expect((await request(server.app).delete(`/api/keys/${created.body.id}`).set(server.auth())).status).toBe(
      204,
    );
    expect((await request(server.app).get('/api/me').set(server.auth(created.body.key))).status).toBe(401);
    const unknownProject = await request(server.app)
      .post('/api/keys')
      .set(server.auth())
      .send({ name: 'x', role: 'coordinator', projectId: '0190a8c4-0000-7000-8000-000000000000' });
    expect(unknownProject.status).toBe(422);
  });

  it('publishes an OpenAPI 3.1 document generated from the route schemas', async () => {
    const response = await request(server.app).get('/api/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    const waves = response.body.paths['/api/projects/{projectId}/waves'].post;
    expect(waves['x-roles']).toEqual(['admin', 'coordinator']);
    const schema = waves.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(expect.arrayContaining(['surveyId', 'label']));
    expect(schema.properties.access.enum).toEqual(['invitation', 'open']);
    expect(schema.additionalProperties).toBe(false);
    expect(waves.parameters[0]).toMatchObject({ name: 'projectId', in: 'path', required: true });
    expect(waves.responses['401'].content['application/problem+json']).toBeDefined();
    expect(response.body.paths['/api/public/{token}/responses'].post.responses['429']).toBeDefined();
  });
});
