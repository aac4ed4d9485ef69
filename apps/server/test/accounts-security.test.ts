import { createSecret } from '@neighbourly/store';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './fixtures.js';

/*
 * Staff accounts over real HTTP on a real SQLite store: the invitation flow, session cookies (fixation,
 * attributes, sign-out everywhere), CSRF, brute force, enumeration, one-time links, and project isolation.
 */

const password = 'correct horse battery staple';

interface Session {
  cookie: string;
  csrf: string;
  setCookie: string;
}

describe('staff accounts', () => {
  let server: TestServer;
  let projectA: string;
  let projectB: string;
  let surveyB: string;

  /** Invites an account through the API and accepts the invitation with `password`. */
  async function invitedAccount(email: string, grants: object[], key?: string) {
    const created = await request(server.app)
      .post('/api/accounts')
      .set(server.auth(key))
      .send({ email, name: 'Test person', language: 'fr', grants })
      .expect(201);
    const url = new URL(created.body.invitation.url as string);
    expect(url.pathname).toBe('/app/accept-invitation');
    const token = new URLSearchParams(url.hash.slice(1)).get('token');
    expect(token).toBe(created.body.invitation.token);
    await request(server.app).post('/api/account-invitations/accept').send({ token, password }).expect(204);
    return { id: created.body.id as string, token: token as string };
  }

  async function signIn(email: string, secret = password, cookie?: string): Promise<Session> {
    let call = request(server.app).post('/api/session');
    if (cookie !== undefined) call = call.set('Cookie', cookie);
    const response = await call.send({ email, password: secret }).expect(200);
    const setCookie = String(response.headers['set-cookie']?.[0]);
    return { cookie: setCookie.split(';')[0] ?? '', csrf: response.body.csrfToken, setCookie };
  }

  beforeAll(async () => {
    server = await createTestServer();
    projectA = (await server.createProject('project-a')).id;
    projectB = (await server.createProject('project-b')).id;
    surveyB = (await server.createSurvey(projectB)).id;
  });
  afterAll(() => server.close());

  it('invites, accepts and signs in; the hash is argon2id and no password is stored or audited in clear', async () => {
    const { id } = await invitedAccount('an@example.org', [{ role: 'coordinator', projectId: projectA }]);
    const session = await signIn('AN@Example.org');
    const me = await request(server.app).get('/api/me').set('Cookie', session.cookie).expect(200);
    expect(me.body).toMatchObject({
      kind: 'account',
      id,
      role: 'coordinator',
      projectId: projectA,
      grants: [{ role: 'coordinator', projectId: projectA }],
      csrfToken: session.csrf,
      email: { enabled: false },
    });
    const stored = await server.store.accounts.get(id);
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(JSON.stringify(stored)).not.toContain(password);
    const audit = JSON.stringify(await server.store.audit.list({ limit: 1000 }));
    expect(audit).not.toContain(password);
    const actions = (await server.store.audit.list({ limit: 1000 })).map((entry) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining(['account.create', 'account.activate', 'account.sign-in']),
    );
  });

  it('sets an httpOnly SameSite cookie, a new one at every sign-in, and ends a planted session (fixation)', async () => {
    await invitedAccount('fix@example.org', [{ role: 'researcher', projectId: projectA }]);
    const planted = `neighbourly_session=${createSecret('').secret}`;
    const first = await signIn('fix@example.org', password, planted);
    expect(first.setCookie).toMatch(/HttpOnly/i);
    expect(first.setCookie).toMatch(/SameSite=Lax/i);
    expect(first.setCookie).not.toMatch(/Secure/i); // served over http here
    expect(first.cookie).not.toBe(planted);
    await request(server.app).get('/api/me').set('Cookie', planted).expect(401);
    // Signing in again with the first cookie rotates it: the old session ends.
    const second = await signIn('fix@example.org', password, first.cookie);
    expect(second.cookie).not.toBe(first.cookie);
    await request(server.app).get('/api/me').set('Cookie', first.cookie).expect(401);
    await request(server.app).get('/api/me').set('Cookie', second.cookie).expect(200);
  });

  it('marks the cookie Secure when the public address is https', async () => {
    const https = await createTestServer({ NEIGHBOURLY_PUBLIC_URL: 'https://buurt.example.org' });
    try {
      const created = await request(https.app)
        .post('/api/accounts')
        .set(https.auth())
        .send({ email: 'secure@example.org', name: 'S', grants: [{ role: 'admin' }] })
        .expect(201);
      expect(created.body.invitation.url).toMatch(
        /^https:\/\/buurt\.example\.org\/app\/accept-invitation#token=/,
      );
      await request(https.app)
        .post('/api/account-invitations/accept')
        .send({ token: created.body.invitation.token, password })
        .expect(204);
      const response = await request(https.app)
        .post('/api/session')
        .send({ email: 'secure@example.org', password })
        .expect(200);
      expect(String(response.headers['set-cookie']?.[0])).toMatch(/; Secure/);
    } finally {
      await https.close();
    }
  });

  it('refuses a cross-site form post and any cookie write without the CSRF token; keys need none', async () => {
    await invitedAccount('csrf@example.org', [{ role: 'coordinator', projectId: projectB }]);
    const session = await signIn('csrf@example.org');
    const before = (await server.store.waves.list(projectB)).length;
    const form = await request(server.app)
      .post(`/api/projects/${projectB}/waves`)
      .set('Cookie', session.cookie)
      .set('Origin', 'https://evil.example')
      .type('form')
      .send(`surveyId=${surveyB}&label=Evil`);
    expect(form.status).toBe(403);
    expect(form.body).toMatchObject({ type: 'urn:neighbourly:problem:forbidden', reason: 'csrf' });
    const textPlain = await request(server.app)
      .post(`/api/projects/${projectB}/waves`)
      .set('Cookie', session.cookie)
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({ surveyId: surveyB, label: 'Evil' }));
    expect(textPlain.status).toBe(403);
    const wrongToken = await request(server.app)
      .post(`/api/projects/${projectB}/waves`)
      .set('Cookie', session.cookie)
      .set('X-CSRF-Token', `${session.csrf.slice(0, -2)}xx`)
      .send({ surveyId: surveyB, label: 'Evil' });
    expect(wrongToken.status).toBe(403);
    expect((await server.store.waves.list(projectB)).length).toBe(before);
    await request(server.app)
      .post(`/api/projects/${projectB}/waves`)
      .set('Cookie', session.cookie)
      .set('X-CSRF-Token', session.csrf)
      .send({ surveyId: surveyB, label: 'Legit' })
      .expect(201);
    // API keys are unchanged: no CSRF token.
    await request(server.app)
      .post(`/api/projects/${projectB}/waves`)
      .set(server.auth())
      .send({ surveyId: surveyB, label: 'By key' })
      .expect(201);
  });

  it('locks sign-in after 5 failures for an address, even with the right password, the same for unknown ones', async () => {
    await invitedAccount('brute@example.org', [{ role: 'researcher', projectId: projectA }]);
    for (const email of ['brute@example.org', 'ghost@example.org']) {
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await request(server.app)
          .post('/api/session')
          .send({ email, password: `guess ${attempt}` })
          .expect(401);
      }
      const locked = await request(server.app).post('/api/session').send({ email, password });
      expect(locked.status).toBe(429);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
      expect(locked.body.detail).toBe('Too many failed sign-ins; try again later.');
    }
    // Another address is not locked.
    await invitedAccount('other@example.org', [{ role: 'researcher', projectId: projectA }]);
    await signIn('other@example.org');
  });

  it('answers an unknown address exactly as a wrong password, after the same argon2id work', async () => {
    await invitedAccount('known@example.org', [{ role: 'researcher', projectId: projectA }]);
    const attempt = async (email: string) => {
      const started = process.hrtime.bigint();
      const response = await request(server.app)
        .post('/api/session')
        .send({ email, password: 'wrong password!' });
      return { response, ns: Number(process.hrtime.bigint() - started) };
    };
    const known = [];
    const unknown = [];
    // Alternating, 4 each (under the lock of 5), on fresh addresses for the unknown side.
    for (let i = 0; i < 4; i += 1) {
      known.push(await attempt('known@example.org'));
      unknown.push(await attempt(`nobody-${i}@example.org`));
    }
    for (const { response } of [...known, ...unknown]) {
      expect(response.status).toBe(401);
      expect(response.body).toEqual(known[0]?.response.body);
    }
    // Same-run ratio, not a wall-clock bound: skipping argon2id for unknown addresses would make it ~100× faster.
    const median = (list: { ns: number }[]) => list.map((item) => item.ns).sort((a, b) => a - b)[2] ?? 0;
    const ratio = median(unknown) / median(known);
    expect(ratio).toBeGreaterThan(0.33);
    expect(ratio).toBeLessThan(3);
    // Password-reset requests answer the same for any address.
    const resetKnown = await request(server.app)
      .post('/api/password-resets')
      .send({ email: 'known@example.org' });
    const resetUnknown = await request(server.app)
      .post('/api/password-resets')
      .send({ email: 'nobody@example.org' });
    expect([resetKnown.status, resetKnown.text]).toEqual([resetUnknown.status, resetUnknown.text]);
  });

  it('refuses reused, expired and unknown invitation and reset links', async () => {
    const { id, token } = await invitedAccount('links@example.org', [
      { role: 'researcher', projectId: projectA },
    ]);
    const reused = await request(server.app)
      .post('/api/account-invitations/accept')
      .send({ token, password: 'an attacker password' });
    expect(reused.status).toBe(410);
    expect(reused.body.reason).toBe('used');
    const expired = createSecret('');
    await server.store.accountLinks.create({
      accountId: id,
      purpose: 'password-reset',
      tokenHash: expired.hash,
      expiresAt: new Date(Date.now() - 1000).toISOString(),
    });
    const tooLate = await request(server.app)
      .post('/api/password-resets/confirm')
      .send({ token: expired.secret, password: 'a new long password' });
    expect(tooLate).toMatchObject({ status: 410, body: { reason: 'expired' } });
    const unknown = await request(server.app)
      .post('/api/password-resets/confirm')
      .send({ token: createSecret('').secret, password: 'a new long password' });
    expect(unknown).toMatchObject({ status: 410, body: { reason: 'invalid' } });
    // An invitation token is no reset token.
    const crossed = await request(server.app)
      .post('/api/password-resets/confirm')
      .send({ token, password: 'a new long password' });
    expect(crossed.body.reason).toBe('invalid');

    const session = await signIn('links@example.org');
    const reset = await request(server.app)
      .post(`/api/accounts/${id}/password-reset`)
      .set(server.auth())
      .expect(201);
    await request(server.app)
      .post('/api/password-resets/confirm')
      .send({ token: reset.body.token, password: 'a new long password' })
      .expect(204);
    const again = await request(server.app)
      .post('/api/password-resets/confirm')
      .send({ token: reset.body.token, password: 'yet another password' });
    expect(again).toMatchObject({ status: 410, body: { reason: 'used' } });
    // The reset ended every session; the new password works, the old one not.
    await request(server.app).get('/api/me').set('Cookie', session.cookie).expect(401);
    await request(server.app).post('/api/session').send({ email: 'links@example.org', password }).expect(401);
    await signIn('links@example.org', 'a new long password');
  });

  it('signs out here, and everywhere', async () => {
    await invitedAccount('out@example.org', [{ role: 'researcher', projectId: projectA }]);
    const one = await signIn('out@example.org');
    const two = await signIn('out@example.org');
    const three = await signIn('out@example.org');
    await request(server.app)
      .delete('/api/session')
      .set('Cookie', one.cookie)
      .set('X-CSRF-Token', one.csrf)
      .expect(204);
    await request(server.app).get('/api/me').set('Cookie', one.cookie).expect(401);
    await request(server.app).get('/api/me').set('Cookie', two.cookie).expect(200);
    await request(server.app).delete('/api/sessions').set('Cookie', two.cookie).expect(403); // no CSRF token
    await request(server.app)
      .delete('/api/sessions')
      .set('Cookie', two.cookie)
      .set('X-CSRF-Token', two.csrf)
      .expect(204);
    await request(server.app).get('/api/me').set('Cookie', two.cookie).expect(401);
    await request(server.app).get('/api/me').set('Cookie', three.cookie).expect(401);
  });

  it('keeps a coordinator of project A out of project B, and a project admin from granting beyond it', async () => {
    await invitedAccount('coord-a@example.org', [{ role: 'coordinator', projectId: projectA }]);
    const session = await signIn('coord-a@example.org');
    const withCookie = (call: request.Test) =>
      call.set('Cookie', session.cookie).set('X-CSRF-Token', session.csrf);
    const projects = await withCookie(request(server.app).get('/api/projects')).expect(200);
    expect(projects.body.map((project: { id: string }) => project.id)).toEqual([projectA]);
    await withCookie(request(server.app).get(`/api/projects/${projectA}/waves`)).expect(200);
    const refused: [string, request.Test][] = [
      ['read B', request(server.app).get(`/api/projects/${projectB}`)],
      ['list B waves', request(server.app).get(`/api/projects/${projectB}/waves`)],
      ['export B', request(server.app).get(`/api/projects/${projectB}/responses.csv`)],
      ['change B', request(server.app).patch(`/api/projects/${projectB}`).send({ name: 'Taken over' })],
      [
        'wave in B',
        request(server.app).post(`/api/projects/${projectB}/waves`).send({ surveyId: surveyB, label: 'X' }),
      ],
    ];
    for (const [label, call] of refused) {
      const response = await withCookie(call);
      expect(response.status, label).toBe(403);
    }
    // Account management is for admins: a coordinator cannot invite anyone.
    await withCookie(request(server.app).post('/api/accounts'))
      .send({ email: 'x@example.org', name: 'X', grants: [{ role: 'admin' }] })
      .expect(403);

    // An admin of project A only: grants on A, never on B nor unscoped; sees only A's roles.
    const adminA = await server.createKey('admin', projectA);
    await request(server.app)
      .post('/api/accounts')
      .set(server.auth(adminA))
      .send({
        email: 'b-partner@example.org',
        name: 'B',
        grants: [{ role: 'coordinator', projectId: projectB }],
      })
      .expect(403);
    await request(server.app)
      .post('/api/accounts')
      .set(server.auth(adminA))
      .send({ email: 'global@example.org', name: 'G', grants: [{ role: 'admin' }] })
      .expect(403);
    const both = await invitedAccount('both@example.org', [
      { role: 'researcher', projectId: projectA },
      { role: 'coordinator', projectId: projectB },
    ]);
    const listed = await request(server.app).get('/api/accounts').set(server.auth(adminA)).expect(200);
    const seen = listed.body.find((account: { id: string }) => account.id === both.id);
    expect(seen.grants).toEqual([{ role: 'researcher', projectId: projectA }]);
    expect(JSON.stringify(listed.body)).not.toContain(projectB);
    // Changing roles there keeps the role on B, and the audit log records the change.
    const patched = await request(server.app)
      .patch(`/api/accounts/${both.id}`)
      .set(server.auth(adminA))
      .send({ grants: [{ role: 'coordinator', projectId: projectA }] })
      .expect(200);
    expect(patched.body.grants).toEqual([{ role: 'coordinator', projectId: projectA }]);
    expect((await server.store.accounts.get(both.id))?.grants).toEqual([
      { role: 'editor', projectId: projectB },
      { role: 'editor', projectId: projectA },
    ]);
    await request(server.app)
      .patch(`/api/accounts/${both.id}`)
      .set(server.auth(adminA))
      .send({ status: 'disabled' })
      .expect(403);
    const audit = await server.store.audit.list({ limit: 1000 });
    expect(
      audit.find((entry) => entry.action === 'account.role-change' && entry.target === both.id),
    ).toMatchObject({
      details: {
        before: [{ role: 'researcher', projectId: projectA }],
        after: [{ role: 'coordinator', projectId: projectA }],
      },
    });
  });

  it('disabling an account ends its sessions and refuses its sign-ins', async () => {
    const { id } = await invitedAccount('gone@example.org', [{ role: 'researcher', projectId: projectA }]);
    const session = await signIn('gone@example.org');
    await request(server.app)
      .patch(`/api/accounts/${id}`)
      .set(server.auth())
      .send({ status: 'disabled' })
      .expect(200);
    await request(server.app).get('/api/me').set('Cookie', session.cookie).expect(401);
    await request(server.app).post('/api/session').send({ email: 'gone@example.org', password }).expect(401);
  });
});
