import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReliabilityApp, type ReliabilityApp, snapshotProject } from './support/test-app.js';

/** What one project holds, as the other project's keys must never see it. */
interface ProjectFixture {
  slug: string;
  projectId: string;
  surveyId: string;
  waveId: string;
  secondWaveId: string;
  openWaveId: string;
  respondentId: string;
  marker: string;
  coordinator: { id: string; key: string };
  researcher: { id: string; key: string };
  /** An invitation token that is still unused. */
  spareToken: string;
  /** The id of that invitation. */
  spareInvitationId: string;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
interface OpenApiDocument {
  paths: Record<string, Partial<Record<Method, { security?: unknown[] }>>>;
}

async function buildProject(server: ReliabilityApp, slug: string): Promise<ProjectFixture> {
  const { id: projectId } = await server.createProject(slug);
  const { id: surveyId } = await server.createSurvey(projectId);
  const { id: waveId } = await server.createWave(projectId, surveyId);
  const { id: secondWaveId } = await server.createWave(projectId, surveyId);
  const { id: openWaveId } = await server.createWave(projectId, surveyId, 'open');
  const marker = `MARKER-${slug.toUpperCase()}-7f3a9c`;
  const invitations = await server.invite(waveId, 4);
  for (const [index, invitation] of invitations.slice(0, 3).entries()) {
    await request(server.app)
      .post(`/api/public/${invitation.token}/responses`)
      .send({ answers: { knows_neighbour: 2 + index, age_band: '65+', remarks: marker } })
      .expect(201);
  }
  return {
    slug,
    projectId,
    surveyId,
    waveId,
    secondWaveId,
    openWaveId,
    respondentId: invitations[0]!.respondentId,
    marker,
    coordinator: await server.createKey('coordinator', projectId),
    researcher: await server.createKey('researcher', projectId),
    spareToken: invitations[3]!.token,
    spareInvitationId: (invitations[3] as unknown as { invitationId: string }).invitationId,
  };
}

/** A valid body for each write route, so a refusal comes from the scope check and not from validation. */
function bodyFor(method: Method, path: string, target: ProjectFixture): object | undefined {
  const key = `${method} ${path}`;
  switch (key) {
    case 'post /api/keys':
      return { name: 'sneaky', role: 'coordinator', projectId: target.projectId };
    case 'post /api/projects':
      return { name: 'Another', slug: `another-${Math.random().toString(36).slice(2, 8)}` };
    case 'patch /api/projects/{projectId}':
      return { name: 'Renamed by a stranger' };
    case 'post /api/projects/{projectId}/surveys':
      return { title: 'Stranger survey', round: 'outcomes', definition: { elements: [] } };
    case 'post /api/projects/{projectId}/waves':
      return { surveyId: target.surveyId, label: 'Stranger wave' };
    case 'post /api/waves/{waveId}/invitations':
      return { count: 1 };
    case 'post /api/waves/{waveId}/responses':
      return { answers: {}, mode: 'paper' };
    default:
      return method === 'get' || method === 'delete' ? undefined : {};
  }
}

describe('access across projects: scoped keys never reach another project', () => {
  let server: ReliabilityApp;
  let a: ProjectFixture;
  let b: ProjectFixture;
  let openApi: OpenApiDocument;
  const secrets: string[] = [];
  const errorBodies: string[] = [];

  beforeAll(async () => {
    server = await createReliabilityApp();
    a = await buildProject(server, 'alpha');
    b = await buildProject(server, 'bravo');
    secrets.push(
      a.coordinator.key,
      a.researcher.key,
      b.coordinator.key,
      b.researcher.key,
      a.spareToken,
      b.spareToken,
    );
    openApi = (await request(server.app).get('/api/openapi.json').expect(200)).body as OpenApiDocument;
  });
  afterAll(() => server.close());

  const record = (response: request.Response) => {
    if (response.status >= 400) errorBodies.push(response.text);
    return response;
  };

  it("refuses every protected route on the other project's ids with 403/404 and no data", async () => {
    const before = await snapshotProject(server.store, b.projectId);
    const ids: Record<string, string> = {
      projectId: b.projectId,
      surveyId: b.surveyId,
      waveId: b.secondWaveId,
      respondentId: b.respondentId,
      keyId: b.coordinator.id,
      invitationId: b.spareInvitationId,
    };
    const tried: string[] = [];
    for (const [path, operations] of Object.entries(openApi.paths)) {
      if (!path.startsWith('/api/') || path.startsWith('/api/public/')) continue;
      // Questionnaire templates are shared by every project: nothing of project beta is behind them.
      if (path.startsWith('/api/survey-templates')) continue;
      for (const [method, operation] of Object.entries(operations) as [Method, { security?: unknown[] }][]) {
        if (operation.security !== undefined && operation.security.length === 0) continue;
        const url = path.replace(/\{([A-Za-z]+)\}/g, (_m, name: string) => ids[name] ?? name);
        if (!/\{|projectId|waveId|keyId/.test(path) && path !== '/api/keys' && path !== '/api/projects')
          continue;
        for (const caller of [a.coordinator, a.researcher]) {
          const body = bodyFor(method, path, b);
          let call = request(server.app)[method](url).set('Authorization', `Bearer ${caller.key}`);
          if (path.endsWith('/comparison')) call = call.query({ from: b.waveId, to: b.secondWaveId });
          if (path.endsWith('/open-answers')) call = call.query({ waveId: b.waveId });
          const response = record(body === undefined ? await call : await call.send(body));
          tried.push(`${method} ${path} → ${response.status}`);
          if (path === '/api/projects' && method === 'get') {
            // The list is allowed, but holds only the caller's own project.
            expect(response.status).toBe(200);
            expect(response.body.map((p: { id: string }) => p.id)).toEqual([a.projectId]);
            continue;
          }
          expect([403, 404], `${method} ${url} with a key of project alpha`).toContain(response.status);
          for (const secret of [b.marker, b.slug, b.respondentId, b.coordinator.key]) {
            expect(response.text).not.toContain(secret);
          }
        }
      }
    }
    expect(tried.length).toBeGreaterThanOrEqual(40);
    expect(await snapshotProject(server.store, b.projectId)).toEqual(before);
  });

  it("refuses the other project's records smuggled under the caller's own project id", async () => {
    const before = await snapshotProject(server.store, b.projectId);
    const auth = { Authorization: `Bearer ${a.coordinator.key}` };
    const own = `/api/projects/${a.projectId}`;
    const cases: [string, request.Test, number[]][] = [
      ['survey of B under A', request(server.app).get(`${own}/surveys/${b.surveyId}`).set(auth), [404]],
      [
        'indicators of a wave of B',
        request(server.app).get(`${own}/indicators`).query({ waveId: b.waveId }).set(auth),
        [404],
      ],
      [
        'comparison of waves of B',
        request(server.app).get(`${own}/comparison`).query({ from: b.waveId, to: b.secondWaveId }).set(auth),
        [404],
      ],
      [
        'comparison of a wave of A with one of B',
        request(server.app).get(`${own}/comparison`).query({ from: a.waveId, to: b.waveId }).set(auth),
        [404],
      ],
      [
        'erase a respondent of B',
        request(server.app).delete(`${own}/respondents/${b.respondentId}`).set(auth),
        [404],
      ],
      [
        'wave in A on a survey of B',
        request(server.app).post(`${own}/waves`).set(auth).send({ surveyId: b.surveyId, label: 'x' }),
        [422],
      ],
      [
        'invite respondents of B into a wave of A',
        request(server.app)
          .post(`/api/waves/${a.secondWaveId}/invitations`)
          .set(auth)
          .send({ respondentIds: [b.respondentId] }),
        [422],
      ],
      [
        'key for project B from a coordinator of A',
        request(server.app).post('/api/keys').set(auth).send({ name: 'x', role: 'admin' }),
        [403],
      ],
    ];
    for (const [label, call, statuses] of cases) {
      const response = record(await call);
      expect(statuses, `${label}: ${response.status} ${response.text}`).toContain(response.status);
      expect(response.text, label).not.toContain(b.marker);
    }
    // Exports of A hold A's answers only.
    for (const format of ['csv', 'ndjson']) {
      // The full export (free text included), which the coordinator may ask for with a reason.
      const response = await request(server.app)
        .get(`${own}/responses.${format}`)
        .query({ mode: 'full', reason: 'cross-project access test' })
        .set(auth)
        .expect(200);
      expect(response.text).toContain(a.marker);
      expect(response.text).not.toContain(b.marker);
      expect(response.text).not.toContain(b.respondentId);
    }
    expect(await snapshotProject(server.store, b.projectId)).toEqual(before);
  });

  it("a project's idempotency key is no handle on another project's response", async () => {
    const key = 'shared-idempotency-key-0001';
    const answers = { knows_neighbour: 4 };
    const first = await request(server.app)
      .post(`/api/public/waves/${a.openWaveId}/responses`)
      .set('Idempotency-Key', key)
      .send({ answers })
      .expect(201);
    const other = record(
      await request(server.app)
        .post(`/api/public/waves/${b.openWaveId}/responses`)
        .set('Idempotency-Key', key)
        .send({ answers }),
    );
    expect(other.status).toBe(201);
    expect(other.body.responseId).not.toBe(first.body.responseId);
    const stored = await server.store.responses.get(other.body.responseId);
    expect(stored?.projectId).toBe(b.projectId);
  });

  it('an invitation token completes once, also when two completions race', async () => {
    const [invitation] = await server.invite(a.secondWaveId, 1);
    const token = invitation!.token;
    secrets.push(token);
    const send = () =>
      request(server.app)
        .post(`/api/public/${token}/responses`)
        .send({ answers: { knows_neighbour: 5 } });
    const racing = await Promise.all([send(), send(), send()]);
    racing.forEach(record);
    expect(racing.map((response) => response.status).sort()).toEqual([201, 409, 409]);
    const again = record(await send());
    expect(again.status).toBe(409);
    expect(again.body.reason).toBe('used');
    const progress = record(
      await request(server.app)
        .put(`/api/public/${token}/progress`)
        .send({ answers: { knows_neighbour: 1 } }),
    );
    expect(progress.status).toBe(409);
    const stored = await server.store.responses.list(
      { projectId: a.projectId, waveId: a.secondWaveId, respondentId: invitation!.respondentId },
      { limit: 10 },
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]?.answers.knows_neighbour).toBe(5);
  });

  it('a revoked key and a key of another project are refused at once', async () => {
    const extra = await server.createKey('coordinator', a.projectId);
    await request(server.app).delete(`/api/keys/${extra.id}`).set(server.auth()).expect(204);
    const response = record(
      await request(server.app)
        .get(`/api/projects/${a.projectId}`)
        .set('Authorization', `Bearer ${extra.key}`),
    );
    expect(response.status).toBe(401);
    secrets.push(extra.key);
  });

  it('keeps keys and tokens out of the logs and out of every error body', async () => {
    const variants = [`/s/${a.spareToken}`, `/api/public/${a.spareToken}/survey`];
    for (const url of variants) record(await request(server.app).get(url));
    record(
      await request(server.app).get('/api/projects').set('Authorization', `Bearer ${a.coordinator.key}x`),
    );
    const logs = server.logs.text();
    expect(logs.length).toBeGreaterThan(1000);
    expect(logs).toContain('[token]');
    for (const secret of secrets) {
      expect(logs, 'a key or token in the logs').not.toContain(secret);
      for (const body of errorBodies) expect(body).not.toContain(secret);
    }
    expect(logs).not.toContain(a.marker);
  });
});
