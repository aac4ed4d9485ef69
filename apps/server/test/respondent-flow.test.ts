import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './fixtures.js';

describe('respondents answering through invitation links', () => {
  let server: TestServer;
  let projectId: string;
  let waveId: string;
  beforeEach(async () => {
    server = await createTestServer();
    projectId = (await server.createProject()).id;
    const surveyId = (await server.createSurvey(projectId)).id;
    waveId = (await server.createWave(projectId, surveyId)).id;
  });
  afterEach(() => server.close());

  it('creates single-use links, shows the survey in the chosen language, saves progress and completes once', async () => {
    const [invitation] = await server.invite(waveId, 1);
    expect(invitation?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/s\/[A-Za-z0-9_-]{43}$/);
    const token = invitation!.token;

    const survey = await request(server.app)
      .get(`/api/public/${token}/survey`)
      .set('Accept-Language', 'en-GB,en;q=0.9');
    expect(survey.status).toBe(200);
    expect(survey.body).toMatchObject({
      waveId,
      language: 'en',
      languages: ['nl', 'en'],
      projectName: 'Zorgzame buurt Noord',
    });
    expect(survey.body.definition.pages[0].elements[0].name).toBe('knows_neighbour');
    expect(survey.body.answers).toBeUndefined();
    const dutch = await request(server.app)
      .get(`/api/public/${token}/survey?lang=nl`)
      .set('Accept-Language', 'en');
    expect(dutch.body.language).toBe('nl');
    const fallback = await request(server.app)
      .get(`/api/public/${token}/survey`)
      .set('Accept-Language', 'de');
    expect(fallback.body.language).toBe('nl');

    const progress = await request(server.app)
      .put(`/api/public/${token}/progress`)
      .send({ answers: { age_band: '65+' } });
    expect(progress.status).toBe(200);
    expect(progress.body.status).toBe('partial');
    const resumed = await request(server.app).get(`/api/public/${token}/survey`);
    expect(resumed.body.answers).toEqual({ age_band: '65+' });

    const missing = await request(server.app)
      .post(`/api/public/${token}/responses`)
      .send({ answers: { age_band: '65+' } });
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([expect.objectContaining({ path: 'body.answers.knows_neighbour' })]);
    const wrong = await request(server.app)
      .post(`/api/public/${token}/responses`)
      .send({ answers: { knows_neighbour: 9, age_band: 'teen' } });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([
      'body.answers.age_band',
      'body.answers.knows_neighbour',
    ]);

    const done = await request(server.app)
      .post(`/api/public/${token}/responses`)
      .send({ answers: { knows_neighbour: 4, age_band: '65+' }, language: 'en' });
    expect(done.status).toBe(201);
    expect(done.body.status).toBe('complete');
    const again = await request(server.app)
      .post(`/api/public/${token}/responses`)
      .send({ answers: { knows_neighbour: 5 } });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ type: 'urn:neighbourly:problem:already-complete', reason: 'used' });
    const used = await request(server.app).get(`/api/public/${token}/survey`);
    expect(used.status).toBe(409);

    const waves = await request(server.app).get(`/api/projects/${projectId}/waves`).set(server.auth());
    expect(waves.body[0].counts).toEqual({
      invited: 1,
      started: 0,
      completed: 1,
      responses: 1,
      responseRate: 1,
    });
  });

  it('tells invalid, expired and closed links apart', async () => {
    const invalid = await request(server.app).get(`/api/public/${'x'.repeat(43)}/survey`);
    expect(invalid.status).toBe(404);
    expect(invalid.body.reason).toBe('invalid');
    const malformed = await request(server.app).get('/api/public/short/survey');
    expect(malformed.status).toBe(422);

    // The API refuses links that expire in the past: a link expires while it waits to be used.
    const expired = await request(server.app)
      .post(`/api/waves/${waveId}/invitations`)
      .set(server.auth())
      .send({ count: 1, expiresAt: new Date(Date.now() + 300).toISOString() });
    expect(expired.status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const expiredSurvey = await request(server.app).get(`/api/public/${expired.body[0].token}/survey`);
    expect(expiredSurvey.status).toBe(410);
    expect(expiredSurvey.body.reason).toBe('expired');

    const [invitation] = await server.invite(waveId, 1);
    const closed = await request(server.app).post(`/api/waves/${waveId}/close`).set(server.auth());
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    const late = await request(server.app)
      .post(`/api/public/${invitation!.token}/responses`)
      .send({ answers: { knows_neighbour: 3 } });
    expect(late.status).toBe(410);
    expect(late.body).toMatchObject({ type: 'urn:neighbourly:problem:gone', reason: 'closed' });
  });

  it('re-invites panel members to a later wave under the same respondent id', async () => {
    const [first] = await server.invite(waveId, 1);
    const surveyId = (await server.createSurvey(projectId)).id;
    const later = (await server.createWave(projectId, surveyId)).id;
    const again = await request(server.app)
      .post(`/api/waves/${later}/invitations`)
      .set(server.auth())
      .send({ respondentIds: [first!.respondentId] });
    expect(again.status).toBe(201);
    expect(again.body[0].respondentId).toBe(first!.respondentId);
    expect(again.body[0].token).not.toBe(first!.token);

    const otherProject = (await server.createProject()).id;
    const stranger = await request(server.app)
      .post(`/api/waves/${later}/invitations`)
      .set(server.auth())
      .send({ respondentIds: [otherProject] });
    expect(stranger.status).toBe(422);
    expect(stranger.body.errors[0].path).toBe('body.respondentIds[0]');
  });

  it('accepts open-wave answers once per Idempotency-Key', async () => {
    const surveyId = (await server.createSurvey(projectId)).id;
    const open = (await server.createWave(projectId, surveyId, 'open')).id;
    const survey = await request(server.app).get(`/api/public/waves/${open}/survey`);
    expect(survey.status).toBe(200);
    const noKey = await request(server.app)
      .post(`/api/public/waves/${open}/responses`)
      .send({ answers: { knows_neighbour: 2 } });
    expect(noKey.status).toBe(422);
    expect(noKey.body.errors[0].path).toBe('headers.idempotency-key');
    const send = () =>
      request(server.app)
        .post(`/api/public/waves/${open}/responses`)
        .set('Idempotency-Key', 'submission-0001')
        .send({ answers: { knows_neighbour: 2 } });
    const first = await send();
    expect(first.status).toBe(201);
    const replay = await send();
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual({ responseId: first.body.responseId, status: 'complete', replayed: true });
    expect(await server.store.responses.count({ projectId, waveId: open })).toBe(1);
    const invitationWave = await request(server.app).get(`/api/public/waves/${waveId}/survey`);
    expect(invitationWave.status).toBe(404);
  });
});
