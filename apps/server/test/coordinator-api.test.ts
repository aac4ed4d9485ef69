import { validateTheoryOfChange } from '@neighbourly/core';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './fixtures.js';

describe('what the web app needs of the API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server.close());

  it('a new project without indicator set or theory of change accepts a template survey and renders a report', async () => {
    const created = await request(server.app)
      .post('/api/projects')
      .set(server.auth())
      .send({ name: 'Zorgzame buurt Zuid', slug: 'zuid', languages: ['nl', 'fr'] })
      .expect(201);
    const project = created.body;
    expect(project.indicatorSet.indicators.length).toBeGreaterThan(10);
    expect(validateTheoryOfChange(project.theoryOfChange).ok).toBe(true);

    const templates = await request(server.app).get('/api/survey-templates').set(server.auth()).expect(200);
    expect(templates.body.map((t: { id: string }) => t.id)).toContain('outcomes-resident');
    expect(templates.body).toHaveLength(9);
    const template = await request(server.app)
      .get('/api/survey-templates/outcomes-resident')
      .set(server.auth())
      .expect(200);
    const survey = await request(server.app)
      .post(`/api/projects/${project.id}/surveys`)
      .set(server.auth())
      .send({ title: 'Bewonersbevraging', round: 'outcomes', definition: template.body.definition });
    expect(survey.status, JSON.stringify(survey.body)).toBe(201);
    await request(server.app)
      .post(`/api/projects/${project.id}/waves`)
      .set(server.auth())
      .send({ surveyId: survey.body.id, label: 'Nulmeting' })
      .expect(201);
    const toc = await request(server.app)
      .get(`/api/projects/${project.id}/theory-of-change?lang=fr`)
      .set(server.auth())
      .expect(200);
    expect(toc.body.svg).toContain('<svg');
    const report = await request(server.app)
      .get(`/api/projects/${project.id}/report.pdf?lang=nl`)
      .set(server.auth())
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(report.status).toBe(200);
    expect((report.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    await request(server.app).get('/api/survey-templates/outcomes-nobody').set(server.auth()).expect(404);
  }, 60_000);

  it('lists invitations with their state, revokes one, and refuses links that expire in the past', async () => {
    const projectId = (await server.createProject()).id;
    const surveyId = (await server.createSurvey(projectId)).id;
    const waveId = (await server.createWave(projectId, surveyId)).id;

    const past = await request(server.app)
      .post(`/api/waves/${waveId}/invitations`)
      .set(server.auth())
      .send({ count: 1, expiresAt: '2020-01-01T00:00:00Z' })
      .expect(422);
    expect(past.body.errors).toEqual([{ path: 'body.expiresAt', message: 'must be in the future' }]);
    expect(await server.store.invitations.list(waveId)).toHaveLength(0);

    const [done, started, revoked, untouched] = await server.invite(waveId, 4);
    const soon = new Date(Date.now() + 1500).toISOString();
    const [expiring] = (
      await request(server.app)
        .post(`/api/waves/${waveId}/invitations`)
        .set(server.auth())
        .send({ count: 1, expiresAt: soon })
        .expect(201)
    ).body;
    await request(server.app)
      .post(`/api/public/${done!.token}/responses`)
      .send({ answers: { knows_neighbour: 4 } })
      .expect(201);
    await request(server.app)
      .put(`/api/public/${started!.token}/progress`)
      .send({ answers: { knows_neighbour: 2 } })
      .expect(200);
    const list = async () =>
      (await request(server.app).get(`/api/waves/${waveId}/invitations`).set(server.auth()).expect(200))
        .body as {
        invitationId: string;
        respondentId: string;
        state: string;
        token?: string;
      }[];
    const revokedId = (await list()).find(
      (item) => item.respondentId === revoked!.respondentId,
    )!.invitationId;
    await request(server.app).delete(`/api/invitations/${revokedId}`).set(server.auth()).expect(204);
    await request(server.app).get(`/api/public/${revoked!.token}/survey`).expect(410);
    const doneId = (await list()).find((item) => item.respondentId === done!.respondentId)!.invitationId;
    await request(server.app).delete(`/api/invitations/${doneId}`).set(server.auth()).expect(409);

    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, new Date(soon).getTime() - Date.now() + 50)),
    );
    const states = Object.fromEntries((await list()).map((item) => [item.respondentId, item.state]));
    expect(states).toEqual({
      [done!.respondentId]: 'completed',
      [started!.respondentId]: 'started',
      [revoked!.respondentId]: 'revoked',
      [untouched!.respondentId]: 'not-opened',
      [expiring.respondentId]: 'expired',
    });
    expect((await list()).every((item) => item.token === undefined)).toBe(true);
  });

  it('shows open-text answers only where enough people answered', async () => {
    const projectId = (await server.createProject()).id;
    const surveyId = (await server.createSurvey(projectId)).id;
    const waveId = (await server.createWave(projectId, surveyId)).id;
    const invitations = await server.invite(waveId, 6);
    const answer = (token: string, remarks?: string) =>
      request(server.app)
        .post(`/api/public/${token}/responses`)
        .send({ answers: { knows_neighbour: 3, ...(remarks === undefined ? {} : { remarks }) } })
        .expect(201);
    const open = () =>
      request(server.app)
        .get(`/api/projects/${projectId}/open-answers?waveId=${waveId}`)
        .set(server.auth())
        .expect(200);
    for (const [index, invitation] of invitations.slice(0, 4).entries())
      await answer(invitation.token, `idee ${index}`);
    await answer(invitations[4]!.token);
    const few = (await open()).body;
    expect(few.minCellSize).toBe(5);
    expect(few.questions).toEqual([
      { name: 'remarks', title: { en: 'Anything else?', nl: 'Nog iets?' }, n: 4, suppressed: true },
    ]);
    await answer(invitations[5]!.token, 'Alles goed');
    const enough = (await open()).body;
    expect(enough.questions[0]).toMatchObject({
      n: 5,
      suppressed: false,
      answers: ['Alles goed', 'idee 0', 'idee 1', 'idee 2', 'idee 3'],
    });
    const other = (await server.createProject()).id;
    await request(server.app)
      .get(`/api/projects/${other}/open-answers?waveId=${waveId}`)
      .set(server.auth())
      .expect(404);
  });
});
