import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './fixtures.js';

/** Three projects, each with a baseline and an end wave of six residents, and context variables. */
describe('programmes: several projects pooled', () => {
  let server: TestServer;
  const ids: string[] = [];

  async function wave(projectId: string, surveyId: string, label: string) {
    const response = await request(server.app)
      .post(`/api/projects/${projectId}/waves`)
      .set(server.auth())
      .send({ surveyId, label, access: 'invitation' });
    expect(response.status).toBe(201);
    return response.body.id as string;
  }

  beforeAll(async () => {
    server = await createTestServer();
    const levels = [
      { before: [1, 2, 2, 3, 2, 1], after: [4, 4, 5, 4, 3, 5], density: 6000, region: 'city' },
      { before: [2, 3, 2, 3, 3, 2], after: [3, 3, 4, 4, 3, 3], density: 400, region: 'village' },
      { before: [3, 3, 2, 4, 3, 3], after: [4, 5, 4, 4, 5, 4], density: 5200, region: 'city' },
    ];
    for (const [p, level] of levels.entries()) {
      const projectId = (await server.createProject(`buurt-${p + 1}`)).id;
      ids.push(projectId);
      await request(server.app)
        .patch(`/api/projects/${projectId}`)
        .set(server.auth())
        .send({ context: { density: level.density, older_share: 15 + 5 * p, region: level.region } })
        .expect(200);
      const surveyId = (await server.createSurvey(projectId)).id;
      for (const [label, answers] of [
        ['baseline', level.before],
        ['end', level.after],
      ] as const) {
        const waveId = await wave(projectId, surveyId, label);
        for (const [index, invitation] of (await server.invite(waveId, 6)).entries()) {
          await request(server.app)
            .post(`/api/public/${invitation.token}/responses`)
            .send({ answers: { knows_neighbour: answers[index], age_band: index < 3 ? '18-64' : '65+' } })
            .expect(201);
        }
      }
    }
  });
  afterAll(() => server.close());

  it('pools the projects per wave and per change, matching waves by their labels', async () => {
    const response = await request(server.app)
      .get(`/api/programmes/results?projects=${ids.join(',')}&by=region&method=DL&ci=wald`)
      .set(server.auth());
    expect(response.status).toBe(200);
    const programme = response.body;
    expect(programme.waves).toEqual(['baseline', 'end']);
    expect(programme.projects.map((p: { id: string }) => p.id)).toEqual(['buurt-1', 'buurt-2', 'buurt-3']);
    const change = programme.pooled.find(
      (c: { indicatorId: string; measure: { kind: string } }) =>
        c.indicatorId === 'knows-neighbour' && c.measure.kind === 'change',
    );
    expect(change.k).toBe(3);
    // Each project's change is its mean after minus its mean before.
    const own = [25 / 6 - 11 / 6, 20 / 6 - 15 / 6, 26 / 6 - 18 / 6];
    change.projects.forEach((row: { estimate: number }, i: number) => {
      expect(row.estimate).toBeCloseTo(own[i]!, 10);
    });
    expect(change.meta.estimate).toBeGreaterThan(Math.min(...own));
    expect(change.meta.estimate).toBeLessThan(Math.max(...own));
    const region = programme.breakdowns.find(
      (b: { variable: string; indicatorId: string }) =>
        b.variable === 'region' && b.indicatorId === 'knows-neighbour',
    );
    expect(region.levels.map((l: { level: string; k: number }) => [l.level, l.k])).toEqual([
      ['city', 2],
      ['village', 1],
    ]);
    expect(region.levels[1].status).toBe('too-few-projects');
  });

  it('builds a typology from the numeric context variables', async () => {
    const response = await request(server.app)
      .get(`/api/programmes/results?projects=${ids.join(',')}&typology=2`)
      .set(server.auth());
    expect(response.status).toBe(200);
    expect(response.body.typology.vars).toEqual(['density', 'older_share']);
    expect(response.body.typology.clusters).toHaveLength(3);
  });

  it('lets a researcher key for all projects pool them, and refuses keys scoped elsewhere or the wrong role', async () => {
    const researcher = await server.createKey('researcher');
    const ok = await request(server.app)
      .get(`/api/programmes/results?projects=${ids.join(',')}`)
      .set(server.auth(researcher));
    expect(ok.status).toBe(200);
    const scoped = await server.createKey('researcher', ids[0]);
    const refused = await request(server.app)
      .get(`/api/programmes/results?projects=${ids.join(',')}`)
      .set(server.auth(scoped));
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    const coordinator = await server.createKey('coordinator');
    expect(
      (
        await request(server.app)
          .get(`/api/programmes/results?projects=${ids.join(',')}`)
          .set(server.auth(coordinator))
      ).status,
    ).toBe(403);
    expect((await request(server.app).get(`/api/programmes/results?projects=${ids.join(',')}`)).status).toBe(
      401,
    );
  });

  it('lets a researcher account with grants on several projects pool exactly those', async () => {
    // Issue 20: a researcher of two of the three projects (an account's grants, one per project).
    const created = await request(server.app)
      .post('/api/accounts')
      .set(server.auth())
      .send({
        email: 'researcher@example.org',
        name: 'Researcher of two projects',
        language: 'nl',
        grants: [
          { role: 'researcher', projectId: ids[0] },
          { role: 'researcher', projectId: ids[1] },
        ],
      })
      .expect(201);
    const password = 'a long and secret pass phrase';
    await request(server.app)
      .post('/api/account-invitations/accept')
      .send({ token: created.body.invitation.token, password })
      .expect(204);
    const session = await request(server.app)
      .post('/api/session')
      .send({ email: 'researcher@example.org', password })
      .expect(200);
    const cookie = String(session.headers['set-cookie']?.[0]).split(';')[0] ?? '';
    const two = await request(server.app)
      .get(`/api/programmes/results?projects=${ids[0]},${ids[1]}`)
      .set('Cookie', cookie);
    expect(two.status).toBe(200);
    // Projects are named by slug in programme results.
    expect(two.body.projects.map((project: { id: string }) => project.id).sort()).toEqual([
      'buurt-1',
      'buurt-2',
    ]);
    const three = await request(server.app)
      .get(`/api/programmes/results?projects=${ids.join(',')}`)
      .set('Cookie', cookie);
    expect(three.status).toBe(403);
    const report = await request(server.app)
      .get(`/api/programmes/report.pdf?projects=${ids[0]},${ids[1]}&lang=nl`)
      .set('Cookie', cookie);
    expect(report.status).toBe(200);
  });

  it('names what is wrong with a request', async () => {
    const none = await request(server.app).get('/api/programmes/results?projects=').set(server.auth());
    expect(none.status).toBe(422);
    expect(none.body.errors[0].path).toContain('projects');
    // One project (or the same twice) is a programme too small to pool: it says so per cell.
    const one = await request(server.app)
      .get(`/api/programmes/results?projects=${ids[0]},${ids[0]}`)
      .set(server.auth());
    expect(one.status).toBe(200);
    expect(one.body.pooled[0].status).toBe('too-few-projects');
    const badMethod = await request(server.app)
      .get(`/api/programmes/results?projects=${ids.join(',')}&method=ML`)
      .set(server.auth());
    expect(badMethod.status).toBe(422);
    const unknown = await request(server.app)
      .get(`/api/programmes/results?projects=${ids[0]},nope`)
      .set(server.auth());
    expect(unknown.status).toBe(404);
  });

  it('renders the programme report as a PDF', async () => {
    const response = await request(server.app)
      .get(`/api/programmes/report.pdf?projects=${ids.join(',')}&lang=nl`)
      .set(server.auth())
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect((response.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);
});

describe('project context variables', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server.close());

  it('takes numbers and short texts under names the programme query can name, and says where the rest is wrong', async () => {
    const { id } = await server.createProject('met-context');
    const ok = await request(server.app)
      .patch(`/api/projects/${id}`)
      .set(server.auth())
      .send({ context: { density: 6000.5, region: 'stad', older_share: null } });
    expect(ok.status).toBe(200);
    expect(ok.body.context).toEqual({ density: 6000.5, region: 'stad', older_share: null });
    const bad = await request(server.app)
      .patch(`/api/projects/${id}`)
      .set(server.auth())
      .send({ context: { 'dichtheid woningen': 1, nested: { a: 1 }, long: 'x'.repeat(201) } });
    expect(bad.status).toBe(422);
    const paths = (bad.body.errors as { path: string }[]).map((error) => error.path).sort();
    expect(paths).toEqual(['body.context.dichtheid woningen', 'body.context.long', 'body.context.nested']);
    // Nothing half-saved.
    const after = await request(server.app).get(`/api/projects/${id}`).set(server.auth());
    expect(after.body.context).toEqual({ density: 6000.5, region: 'stad', older_share: null });
  });
});
