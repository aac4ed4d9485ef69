import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes } from '../src/internal/api-routes.js';
import type { HttpRole } from '../src/roles.js';
import { createTestServer, type TestServer, testSurveyDefinition } from './fixtures.js';

/** Least privileged first, so one-shot routes (erasure, revocation) succeed for the first allowed role. */
const roles: HttpRole[] = ['researcher', 'coordinator', 'admin'];

describe('auth matrix: every protected route × no key / wrong key / wrong role / right role', () => {
  let server: TestServer;
  const keys = {} as Record<HttpRole, string>;
  const ids: Record<string, string> = {};
  const bodies: Record<string, () => object> = {};

  beforeAll(async () => {
    // E-mail on (nothing sends: no worker runs here), so the e-mail routes answer their success.
    server = await createTestServer({
      NEIGHBOURLY_SMTP_URL: 'smtp://127.0.0.1:2525',
      NEIGHBOURLY_MAIL_FROM: 'enquete@example.org',
      NEIGHBOURLY_PUBLIC_URL: 'http://neighbourly.test',
    });
    ids.projectId = (await server.createProject()).id;
    ids.surveyId = (await server.createSurvey(ids.projectId)).id;
    ids.waveId = (await server.createWave(ids.projectId, ids.surveyId)).id;
    ids.closableWaveId = (await server.createWave(ids.projectId, ids.surveyId)).id;
    const [invitation, , spareInvitation] = await server.invite(ids.waveId, 3);
    ids.respondentId = invitation!.respondentId;
    ids.invitationId = (await server.store.invitations.list(ids.waveId, { limit: 10 })).find(
      (stored) => stored.respondentId === spareInvitation!.respondentId,
    )!.id;
    ids.templateId = 'outcomes-resident';
    await request(server.app)
      .post(`/api/public/${invitation!.token}/responses`)
      .send({ answers: { knows_neighbour: 4 } })
      .expect(201);
    keys.admin = (await import('./fixtures.js')).adminKey;
    keys.coordinator = await server.createKey('coordinator', ids.projectId);
    keys.researcher = await server.createKey('researcher', ids.projectId);
    const spare = await request(server.app)
      .post('/api/keys')
      .set(server.auth())
      .send({ name: 'spare', role: 'researcher' });
    ids.keyId = spare.body.id;
    const invited = await request(server.app)
      .post('/api/accounts')
      .set(server.auth())
      .send({
        email: 'matrix@example.org',
        name: 'Matrix',
        grants: [{ role: 'researcher', projectId: ids.projectId }],
      });
    ids.accountId = invited.body.id;
    const active = await server.store.accounts.create({
      email: 'active@example.org',
      name: 'Active',
      passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA',
    });
    ids.activeAccountId = active.id;
    let slugs = 0;
    bodies['post /api/accounts'] = () => ({
      email: `p${++slugs}@example.org`,
      name: 'P',
      grants: [{ role: 'researcher' }],
    });
    bodies['patch /api/accounts/:accountId'] = () => ({ name: 'Renamed' });
    bodies['post /api/keys'] = () => ({ name: 'another', role: 'researcher', projectId: ids.projectId });
    bodies['post /api/projects'] = () => ({ name: 'Zuid', slug: `zuid-${++slugs}` });
    bodies['patch /api/projects/:projectId'] = () => ({ name: 'Zorgzame buurt Noord (renamed)' });
    bodies['post /api/projects/:projectId/surveys'] = () => ({
      title: 'Procesbevraging',
      round: 'process',
      definition: testSurveyDefinition(),
    });
    bodies['post /api/projects/:projectId/waves'] = () => ({ surveyId: ids.surveyId, label: 'Mid-term' });
    bodies['post /api/waves/:waveId/invitations'] = () => ({ count: 1 });
    bodies['post /api/waves/:waveId/reminders'] = () => ({});
    bodies['put /api/projects/:projectId/respondents/:respondentId/contact'] = () => ({
      email: 'matrix-resident@example.org',
      language: 'fr',
    });
    bodies['post /api/waves/:waveId/responses'] = () => ({ answers: { knows_neighbour: 4 }, mode: 'paper' });
  });
  afterAll(() => server.close());

  const protectedRoutes = apiRoutes.filter((route) => route.access !== 'public');

  it('covers every protected route', () => {
    expect(protectedRoutes.length).toBeGreaterThanOrEqual(20);
  });

  const pathOf = (path: string) =>
    path
      .replace(/^\/api\/waves\/:waveId\/close$/, () => `/api/waves/${ids.closableWaveId}/close`)
      .replace(
        /^\/api\/accounts\/:accountId\/password-reset$/,
        () => `/api/accounts/${ids.activeAccountId}/password-reset`,
      )
      .replace(
        /^\/api\/accounts\/:accountId\/password-reset$/,
        () => `/api/accounts/${ids.activeAccountId}/password-reset`,
      )
      .replace(/:([A-Za-z]+)/g, (_match, name: string) => ids[name] ?? name);

  for (const route of protectedRoutes) {
    const label = `${route.method.toUpperCase()} ${route.path}`;
    const key = `${route.method} ${route.path}`;
    const send = (authorization?: string) => {
      let call = request(server.app)[route.method](
        pathOf(route.path) +
          (route.path.endsWith('/comparison') ? comparisonQuery() : '') +
          (route.path.endsWith('/open-answers') ? `?waveId=${ids.waveId}` : '') +
          (route.path.startsWith('/api/programmes/') ? `?projects=${ids.projectId}` : ''),
      );
      if (authorization !== undefined) call = call.set('Authorization', authorization);
      const body = bodies[key];
      return body === undefined ? call : call.send(body());
    };
    const comparisonQuery = () => `?from=${ids.waveId}&to=${ids.waveId2 ?? ids.waveId}`;

    it(`${label}: 401 without a key and with a wrong one`, async () => {
      const none = await send();
      expect(none.status).toBe(401);
      expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(none.body.type).toBe('urn:neighbourly:problem:unauthorized');
      expect((await send('Bearer nbk_this-key-does-not-exist-000000')).status).toBe(401);
      expect((await send(`Basic ${Buffer.from('admin:admin').toString('base64')}`)).status).toBe(401);
    });

    const allowed = route.access === 'public' ? [] : route.access;
    const denied = roles.filter((role) => !allowed.includes(role));
    for (const role of denied) {
      it(`${label}: 403 for ${role}`, async () => {
        const response = await send(`Bearer ${keys[role]}`);
        expect(response.status).toBe(403);
        expect(response.body.type).toBe('urn:neighbourly:problem:forbidden');
      });
    }
    it(`${label}: allowed for ${allowed.join(', ')}`, async () => {
      if (route.path.endsWith('/comparison') && ids.waveId2 === undefined) {
        const second = await request(server.app)
          .post(`/api/projects/${ids.projectId}/waves`)
          .set(server.auth())
          .send({ surveyId: ids.surveyId, label: 'End' });
        ids.waveId2 = second.body.id;
      }
      let first = true;
      for (const role of roles.filter((candidate) => allowed.includes(candidate))) {
        const response = await send(`Bearer ${keys[role]}`);
        if (first) expect(response.status, `${role}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
        else expect([401, 403]).not.toContain(response.status);
        first = false;
      }
    });
  }
});
