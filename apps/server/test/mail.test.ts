import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { simpleParser } from 'mailparser';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defineConfig, type ServerConfig } from '../src/config.js';
import { type MailWorker, startMailWorker } from '../src/internal/mail/mail-worker.js';
import { createTestServer, type TestServer } from './fixtures.js';

/** One e-mail as the SMTP server received it. */
interface Received {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

const publicUrl = 'http://neighbourly.test';
const smtpPassword = 'smtp-secret-pa55word';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The path of the first link to this server in a text (the link with the public address cut off). */
function linkPath(text: string): string {
  const match = /http:\/\/neighbourly\.test(\/\S+)/.exec(text);
  if (match?.[1] === undefined) throw new Error('no link in the e-mail');
  return match[1];
}

describe('e-mail over a real SMTP server', () => {
  const inbox: Received[] = [];
  /** The SMTP answer to a recipient (undefined: accept), changed by each test. */
  let refuse: (address: string) => number | undefined = () => undefined;
  let smtp: SMTPServer;
  let server: TestServer;
  let config: ServerConfig;
  let worker: MailWorker;
  const logLines: string[] = [];
  let projectId: string;
  let surveyId: string;

  /** Runs the sender until nothing is due any more (retries are due after a few milliseconds). */
  async function drain(): Promise<void> {
    for (let round = 0; round < 200; round += 1) {
      const handled = await worker.runOnce();
      const waiting = (await server.store.mail.list({ status: 'queued' }, { limit: 1000 })).filter(
        (message) => new Date(message.nextAttemptAt) <= new Date(Date.now() + 1000),
      );
      if (handled === 0 && waiting.length === 0) return;
      if (handled === 0) await sleep(10);
    }
    throw new Error('the queue did not drain');
  }

  /** A wave with one invitation per contact (undefined: no contact details), each in a language. */
  async function waveWithContacts(
    contacts: ({ email: string; language?: 'nl' | 'fr' | 'en' } | undefined)[],
  ) {
    const wave = await server.createWave(projectId, surveyId);
    const invited = await server.invite(wave.id, contacts.length);
    for (const [index, contact] of contacts.entries()) {
      if (contact === undefined) continue;
      await request(server.app)
        .put(`/api/projects/${projectId}/respondents/${invited[index]?.respondentId}/contact`)
        .set(server.auth())
        .send({ name: `Person ${index}`, ...contact })
        .expect(204);
    }
    return { waveId: wave.id, invited };
  }

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth(auth, _session, callback) {
        if (auth.username === 'neighbourly' && auth.password === smtpPassword) callback(null, { user: 'ok' });
        else callback(new Error('wrong credentials'));
      },
      onRcptTo(address, _session, callback) {
        const code = refuse(address.address);
        if (code === undefined) {
          callback();
          return;
        }
        const error = Object.assign(new Error(`refused with ${code}`), { responseCode: code });
        callback(error);
      },
      onData(stream, session, callback) {
        simpleParser(stream).then(
          (parsed) => {
            inbox.push({
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
            });
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    const overrides: Partial<ServerConfig> = {
      NEIGHBOURLY_SMTP_URL: `smtp://neighbourly:${smtpPassword}@127.0.0.1:${port}`,
      NEIGHBOURLY_MAIL_FROM: 'Zorgzame buurt <enquete@buurt.example.be>',
      NEIGHBOURLY_PUBLIC_URL: publicUrl,
      NEIGHBOURLY_MAIL_RETRY_MS: 5,
      NEIGHBOURLY_MAIL_MAX_ATTEMPTS: 3,
      // The test drives the sender itself (runOnce); the timer stays out of the way.
      NEIGHBOURLY_MAIL_POLL_MS: 3_600_000,
    };
    server = await createTestServer(overrides);
    config = defineConfig({ NEIGHBOURLY_LOG_LEVEL: 'info', ...overrides });
    const logs = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    worker = startMailWorker({ store: server.store, config, logger: pino({ level: 'info' }, logs) });
    projectId = (await server.createProject()).id;
    await request(server.app)
      .patch(`/api/projects/${projectId}`)
      .set(server.auth())
      .send({ languages: ['nl', 'fr', 'en'] })
      .expect(200);
    surveyId = (await server.createSurvey(projectId)).id;
  });
  afterEach(() => {
    refuse = () => undefined;
  });
  afterAll(async () => {
    await worker.stop();
    await server.close();
    await new Promise<void>((resolve) => smtp.close(resolve));
  });

  it('says e-mail is on', async () => {
    const me = await request(server.app).get('/api/me').set(server.auth()).expect(200);
    expect(me.body.email).toEqual({ enabled: true });
  });

  it('e-mails invitations in each person’s language with a working link, reminds only non-completers, and forgets the erased', async () => {
    const { waveId, invited } = await waveWithContacts([
      { email: 'ann@example.org', language: 'nl' },
      { email: 'benoit@example.org', language: 'fr' },
      { email: 'carla@example.org', language: 'en' },
      undefined,
    ]);
    inbox.length = 0;
    const sent = await request(server.app)
      .post(`/api/waves/${waveId}/invitations/send`)
      .set(server.auth())
      .expect(202);
    expect(sent.body).toMatchObject({ queued: 3, withoutAddress: 1, skipped: 0 });
    await drain();

    expect(inbox.map((mail) => mail.to).sort()).toEqual([
      ['ann@example.org'],
      ['benoit@example.org'],
      ['carla@example.org'],
    ]);
    const to = (address: string) => inbox.find((mail) => mail.to.includes(address));
    expect(to('ann@example.org')?.subject).toMatch(/^Uw mening over de buurt/);
    expect(to('ann@example.org')?.text).toContain('Beste Person 0,');
    expect(to('benoit@example.org')?.subject).toMatch(/^Votre avis sur le quartier/);
    expect(to('carla@example.org')?.subject).toMatch(/^Your view of the neighbourhood/);
    for (const mail of inbox) {
      expect(mail.text.length).toBeGreaterThan(50);
      expect(mail.html).toContain('<a href="http://neighbourly.test/s/');
      expect(linkPath(mail.html)).toMatch(/^\/s\//);
    }
    // Each link opens the respondent page and its survey; the links handed out before no longer work.
    for (const mail of inbox) {
      const path = linkPath(mail.text);
      expect(path).toMatch(/^\/s\/[A-Za-z0-9_-]+$/);
      await request(server.app).get(path).expect(200);
      await request(server.app)
        .get(`/api/public/${path.slice(3)}/survey`)
        .expect(200);
    }
    expect(
      (await request(server.app).get(`/api/public/${invited[0]?.token}/survey`)).status,
    ).toBeGreaterThanOrEqual(400);

    // Carla answers with her e-mailed link.
    const carlaToken = linkPath(to('carla@example.org')?.text ?? '').slice(3);
    await request(server.app)
      .post(`/api/public/${carlaToken}/responses`)
      .send({ answers: { knows_neighbour: 4 } })
      .expect(201);
    const list = await request(server.app).get(`/api/waves/${waveId}/invitations`).set(server.auth());
    expect(list.body.map((row: { delivery?: string }) => row.delivery)).toEqual([
      'sent',
      'sent',
      'sent',
      undefined,
    ]);

    // Sending again e-mails nobody twice.
    const again = await request(server.app)
      .post(`/api/waves/${waveId}/invitations/send`)
      .set(server.auth())
      .expect(202);
    expect(again.body.queued).toBe(0);

    // Ann is erased: her e-mails (with her address) go too, and she gets no reminder.
    await request(server.app)
      .delete(`/api/projects/${projectId}/respondents/${invited[0]?.respondentId}`)
      .set(server.auth())
      .expect(200);
    const left = await server.store.mail.list({ waveId });
    expect(left.map((message) => message.respondentId).sort()).toEqual(
      [invited[1]?.respondentId, invited[2]?.respondentId].sort(),
    );
    // Sent messages keep no address: it stays only in the contact details, where erasure finds it.
    expect(left.map((message) => [message.status, message.to])).toEqual([
      ['sent', undefined],
      ['sent', undefined],
    ]);

    inbox.length = 0;
    const reminded = await request(server.app)
      .post(`/api/waves/${waveId}/reminders`)
      .set(server.auth())
      .send({})
      .expect(202);
    expect(reminded.body).toMatchObject({ queued: 1, withoutAddress: 1 });
    // A second click reminds nobody twice.
    const twice = await request(server.app)
      .post(`/api/waves/${waveId}/reminders`)
      .set(server.auth())
      .send({})
      .expect(202);
    expect(twice.body).toMatchObject({ queued: 0, withoutAddress: 1 });
    await drain();
    expect(inbox.map((mail) => mail.to)).toEqual([['benoit@example.org']]);
    expect(inbox[0]?.subject).toMatch(/^Rappel/);
    // The reminder's link resumes the survey.
    await request(server.app)
      .get(`/api/public/${linkPath(inbox[0]?.text ?? '').slice(3)}/survey`)
      .expect(200);

    // A reminder scheduled for later waits for its time.
    inbox.length = 0;
    const at = new Date(Date.now() + 3_600_000).toISOString();
    const scheduled = await request(server.app)
      .post(`/api/waves/${waveId}/reminders`)
      .set(server.auth())
      .send({ at })
      .expect(202);
    expect(scheduled.body).toMatchObject({ queued: 1, sendAt: at });
    await drain();
    expect(inbox).toEqual([]);
    const batches = await request(server.app).get(`/api/waves/${waveId}/reminders`).set(server.auth());
    expect(batches.body).toHaveLength(2);
    expect(batches.body[1]).toMatchObject({ scheduledAt: at, queued: 1, sent: 0 });
    expect(batches.body[0]).toMatchObject({ queued: 0, sent: 1 });
  });

  it('delivers every message exactly once when the mail server first answers 451', async () => {
    const addresses = ['dirk@example.org', 'els@example.org', 'fatima@example.org'];
    const { waveId } = await waveWithContacts(addresses.map((email) => ({ email })));
    const refused = new Set<string>();
    refuse = (address) => {
      if (refused.has(address)) return undefined;
      refused.add(address);
      return 451;
    };
    inbox.length = 0;
    await request(server.app).post(`/api/waves/${waveId}/invitations/send`).set(server.auth()).expect(202);
    await drain();
    expect(inbox.flatMap((mail) => mail.to).sort()).toEqual(addresses);
    const messages = await server.store.mail.list({ waveId });
    expect(messages.map((message) => [message.status, message.attempts])).toEqual([
      ['sent', 2],
      ['sent', 2],
      ['sent', 2],
    ]);
  });

  it('marks a refused address (550) failed at once and shows the invitation as bounced', async () => {
    const { waveId } = await waveWithContacts([{ email: 'gone@example.org' }, { email: 'here@example.org' }]);
    refuse = (address) => (address === 'gone@example.org' ? 550 : undefined);
    inbox.length = 0;
    await request(server.app).post(`/api/waves/${waveId}/invitations/send`).set(server.auth()).expect(202);
    await drain();
    expect(inbox.map((mail) => mail.to)).toEqual([['here@example.org']]);
    const [gone] = await server.store.mail.list({ waveId });
    expect(gone).toMatchObject({ status: 'failed', attempts: 1, lastError: 'smtp-550' });
    const list = await request(server.app).get(`/api/waves/${waveId}/invitations`).set(server.auth());
    expect(list.body.map((row: { delivery?: string }) => row.delivery)).toEqual(['bounced', 'sent']);
  });

  it('gives up after the last attempt when the mail server keeps answering 451', async () => {
    const { waveId } = await waveWithContacts([{ email: 'busy@example.org' }]);
    refuse = () => 451;
    await request(server.app).post(`/api/waves/${waveId}/invitations/send`).set(server.auth()).expect(202);
    await drain();
    const [busy] = await server.store.mail.list({ waveId });
    expect(busy).toMatchObject({ status: 'failed', attempts: 3, lastError: 'smtp-451' });
    const list = await request(server.app).get(`/api/waves/${waveId}/invitations`).set(server.auth());
    expect(list.body[0].delivery).toBe('failed');
  });

  it('e-mails a staff invitation and a password reset whose links work', async () => {
    inbox.length = 0;
    const created = await request(server.app)
      .post('/api/accounts')
      .set(server.auth())
      .send({ email: 'nadia@example.org', name: 'Nadia', language: 'fr', grants: [{ role: 'admin' }] })
      .expect(201);
    expect(created.body.invitationEmailed).toBe(true);
    expect(created.body.invitation).toBeUndefined();
    await drain();
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ to: ['nadia@example.org'], subject: 'Votre compte Neighbourly' });
    const invitationPath = linkPath(inbox[0]?.text ?? '');
    expect(invitationPath).toMatch(/^\/app\/accept-invitation#token=/);
    await request(server.app)
      .post('/api/account-invitations/accept')
      .send({ token: invitationPath.split('#token=')[1], password: 'a long enough password' })
      .expect(204);

    inbox.length = 0;
    await request(server.app).post('/api/password-resets').send({ email: 'nadia@example.org' }).expect(202);
    await request(server.app).post('/api/password-resets').send({ email: 'nobody@example.org' }).expect(202);
    await drain();
    expect(inbox).toHaveLength(1);
    expect(inbox[0]?.subject).toBe('Un nouveau mot de passe pour Neighbourly');
    const resetPath = linkPath(inbox[0]?.text ?? '');
    expect(resetPath).toMatch(/^\/app\/reset-password#token=/);
    await request(server.app)
      .post('/api/password-resets/confirm')
      .send({ token: resetPath.split('#token=')[1], password: 'another long password' })
      .expect(204);
  });

  it('logs no address, token, SMTP password or message text', () => {
    const logs = logLines.join('');
    expect(logs).toContain('e-mail sent');
    for (const secret of [smtpPassword, '@example.org', '/s/', 'token=', 'Beste', 'Votre']) {
      expect(logs).not.toContain(secret);
    }
  });
});

describe('e-mail off', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server.close());

  it('says so, refuses to send invitations with a clear problem, and hands staff links to the admin', async () => {
    const me = await request(server.app).get('/api/me').set(server.auth()).expect(200);
    expect(me.body.email).toEqual({ enabled: false });
    const project = await server.createProject();
    const survey = await server.createSurvey(project.id);
    const wave = await server.createWave(project.id, survey.id);
    const refused = await request(server.app)
      .post(`/api/waves/${wave.id}/invitations/send`)
      .set(server.auth())
      .expect(409);
    expect(refused.body).toMatchObject({ type: 'urn:neighbourly:problem:conflict', reason: 'mail-off' });
    expect(refused.body.detail).toMatch(/E-mail is off/);
    await request(server.app).post(`/api/waves/${wave.id}/reminders`).set(server.auth()).send({}).expect(409);
    const created = await request(server.app)
      .post('/api/accounts')
      .set(server.auth())
      .send({ email: 'off@example.org', name: 'Off', grants: [{ role: 'admin' }] })
      .expect(201);
    expect(created.body.invitationEmailed).toBe(false);
    expect(created.body.invitation.url).toMatch(/\/app\/accept-invitation#token=/);
    expect(await server.store.mail.count({})).toBe(0);
  });
});
