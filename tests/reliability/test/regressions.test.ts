// Regression tests for bugs the reliability work found in the server, the store and the surveys package
// (token in logs by letter case, scoped-admin escalation, deep nesting, bad percent-encoding, operator answers).
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReliabilityApp, type ReliabilityApp } from './support/test-app.js';

describe('regressions found by the reliability tests', () => {
  let server: ReliabilityApp;
  let projectId: string;
  let surveyId: string;
  let openWaveId: string;
  let token: string;
  beforeAll(async () => {
    server = await createReliabilityApp();
    projectId = (await server.createProject('alpha')).id;
    await server.createProject('bravo');
    surveyId = (await server.createSurvey(projectId)).id;
    const waveId = (await server.createWave(projectId, surveyId)).id;
    openWaveId = (await server.createWave(projectId, surveyId, 'open')).id;
    token = (await server.invite(waveId, 1))[0]!.token;
  });
  afterAll(() => server.close());

  it('1. invitation tokens stay out of the logs when the path is written in other letter cases', async () => {
    for (const url of [`/S/${token}`, `/API/PUBLIC/${token}/survey`]) {
      expect((await request(server.app).get(url)).status).toBe(200);
    }
    expect(server.logs.text()).not.toContain(token);
  });

  it('2. a project-scoped admin key cannot mint an unscoped admin key', async () => {
    const scoped = await server.createKey('admin', projectId);
    const minted = await request(server.app)
      .post('/api/keys')
      .set('Authorization', `Bearer ${scoped.key}`)
      .send({ name: 'escape', role: 'admin' });
    expect([403, 422]).toContain(minted.status);
  });

  it('3. deeply nested JSON bodies (within the 1 MB limit) are a 4xx, not a 500', async () => {
    const deep = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    const cases: [string, string, string][] = [
      ['post', `/api/public/waves/${openWaveId}/responses`, `{"answers":${deep(100_000)}}`],
      ['post', '/api/projects', `{"context":${deep(50_000)},"name":"x","slug":"deep-one"}`],
      ['patch', `/api/projects/${projectId}`, `{"context":${deep(50_000)}}`],
      [
        'post',
        `/api/projects/${projectId}/surveys`,
        `{"definition":${deep(50_000)},"title":"x","round":"outcomes"}`,
      ],
    ];
    for (const [method, url, body] of cases) {
      const response = await request(server.app)
        [method as 'post'](url)
        .set(server.auth())
        .set('Idempotency-Key', `deep-${Math.random()}`)
        .set('Content-Type', 'application/json')
        .send(body);
      expect(response.status, `${method} ${url}`).toBeLessThan(500);
    }
  });

  it('4. malformed percent-encoding in a path parameter is a 400, not a 500', async () => {
    for (const url of [
      '/api/projects/%E0%A4%A',
      '/s/%ZZ',
      '/api/public/%ED%A0%80/survey',
      '/o/%C0%AF',
      '/api/keys/%ff',
    ]) {
      const response = await request(server.app).get(url).set(server.auth());
      expect(response.status, url).toBe(400);
    }
  });

  it('5. an operator object is not a valid answer to a single-choice question', async () => {
    const response = await request(server.app)
      .post(`/api/public/waves/${openWaveId}/responses`)
      .set('Idempotency-Key', `operator-${Math.random()}`)
      .send({ answers: { knows_neighbour: 3, age_band: { $ne: null } } });
    expect(response.status).toBe(422);
  });
});
