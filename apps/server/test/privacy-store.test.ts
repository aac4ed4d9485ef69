import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashSecret, openSqliteStore, type Store } from '@neighbourly/store';
import Database from 'better-sqlite3';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { defineConfig } from '../src/config.js';
import { createApp } from '../src/create-app.js';
import { ensureAdminKey } from '../src/ensure-admin-key.js';
import { startServer } from '../src/start-server.js';
import { testIndicatorSet, testSurveyDefinition, testTheoryOfChange } from '../src/testing.js';
import { adminKey } from './fixtures.js';

const folders: string[] = [];
function newFile(): string {
  const folder = mkdtempSync(join(tmpdir(), 'neighbourly-privacy-'));
  folders.push(folder);
  return join(folder, 'neighbourly.db');
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** How often each needle occurs in the raw bytes of the database file and its WAL. */
function bytesFound(filename: string, needles: readonly string[]): Record<string, number> {
  const files = [filename, `${filename}-wal`]
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file));
  return Object.fromEntries(
    needles.map((needle) => {
      const bytes = Buffer.from(needle, 'utf8');
      let n = 0;
      for (const file of files)
        for (let at = file.indexOf(bytes); at !== -1; at = file.indexOf(bytes, at + 1)) n += 1;
      return [needle, n];
    }),
  );
}

async function appOn(store: Store) {
  await ensureAdminKey(store, adminKey);
  const app = createApp({ store, config: defineConfig({ NEIGHBOURLY_LOG_LEVEL: 'silent' }) });
  const auth = { Authorization: `Bearer ${adminKey}` };
  const project = await request(app)
    .post('/api/projects')
    .set(auth)
    .send({
      name: 'Zorgzame buurt Zuid',
      slug: 'zuid',
      languages: ['nl', 'en'],
      indicatorSet: testIndicatorSet(),
      theoryOfChange: testTheoryOfChange(),
    });
  const survey = await request(app)
    .post(`/api/projects/${project.body.id}/surveys`)
    .set(auth)
    .send({ title: 'Buurtbevraging', round: 'outcomes', definition: testSurveyDefinition() });
  const wave = await request(app)
    .post(`/api/projects/${project.body.id}/waves`)
    .set(auth)
    .send({ surveyId: survey.body.id, label: 'Baseline' });
  return { app, auth, projectId: project.body.id as string, waveId: wave.body.id as string };
}

describe('erasure over HTTP, checked in the raw SQLite file', () => {
  it('leaves 0 bytes of the erased respondent’s answers, ids, token hash, contact details and e-mails after erasure and a restart', async () => {
    const filename = newFile();
    const store = await openSqliteStore({ filename });
    const { app, auth, projectId, waveId } = await appOn(store);
    const invited = await request(app).post(`/api/waves/${waveId}/invitations`).set(auth).send({ count: 12 });
    expect(invited.status).toBe(201);
    const people = invited.body as { token: string; respondentId: string; invitationId: string }[];
    for (const [i, person] of people.entries()) {
      const remark = `Opmerking-${i}: de buurvrouw op nummer ${i} helpt mij met boodschappen`;
      const progress = await request(app)
        .put(`/api/public/${person.token}/progress`)
        .send({ answers: { age_band: '65+', remarks: `Ontwerp-${i} ${remark}` } });
      expect(progress.status).toBe(200);
      const done = await request(app)
        .post(`/api/public/${person.token}/responses`)
        .set('Idempotency-Key', `submit-${i}-0123456789`)
        .send({ answers: { knows_neighbour: 4, age_band: '65+', remarks: remark }, language: 'nl' });
      expect(done.status).toBe(201);
    }
    const target = people[5];
    if (!target) throw new Error('no respondent');
    // Contact details and an e-mail to the person (queued, as the mail routes queue it): both hold the address.
    const address = 'ann.peeters.5@example.org';
    const contact = await request(app)
      .put(`/api/projects/${projectId}/respondents/${target.respondentId}/contact`)
      .set(auth)
      .send({ name: 'Ann Peeters-Vijf', email: address, phone: '+32 470 55 55 55', language: 'nl' });
    expect(contact.status).toBe(204);
    await store.mail.enqueue({
      kind: 'resident-invitation',
      to: address,
      language: 'nl',
      projectId,
      waveId,
      invitationId: target.invitationId,
      respondentId: target.respondentId,
    });
    const needles = [
      target.respondentId,
      target.invitationId,
      hashSecret(target.token),
      'Opmerking-5: de buurvrouw op nummer 5',
      'Ontwerp-5',
      address,
      'Ann Peeters-Vijf',
      '+32 470 55 55 55',
    ];
    const before = bytesFound(filename, needles);
    expect(before[target.respondentId]).toBeGreaterThan(0);
    expect(before['Opmerking-5: de buurvrouw op nummer 5']).toBeGreaterThan(0);
    expect(before[address]).toBeGreaterThan(0);

    const erased = await request(app)
      .delete(`/api/projects/${projectId}/respondents/${target.respondentId}`)
      .set(auth);
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ responses: 1, invitations: 1, contact: true, walCleared: true });
    expect(bytesFound(filename, needles)).toEqual(Object.fromEntries(needles.map((needle) => [needle, 0])));
    await store.close();

    const reopened = await openSqliteStore({ filename });
    expect(await reopened.respondents.get(people[6]?.respondentId ?? '')).toBeDefined();
    await reopened.close();
    const after = bytesFound(filename, needles);
    expect(Object.values(after).reduce((a, b) => a + b, 0)).toBe(0);
    expect(
      bytesFound(filename, ['Opmerking-6: de buurvrouw op nummer 6'])[
        'Opmerking-6: de buurvrouw op nummer 6'
      ],
    ).toBe(1);
  }, 60_000);
});

function corruptPages(filename: string, first: number, count: number): void {
  const fd = openSync(filename, 'r+');
  const garbage = Buffer.alloc(4096 * count, 0xa5);
  writeSync(fd, garbage, 0, garbage.length, (first - 1) * 4096);
  closeSync(fd);
}

describe('a damaged database', () => {
  it('/ready answers 503 with the reason once the periodic check finds the damage', async () => {
    const filename = newFile();
    let now = Date.parse('2026-03-01T09:00:00Z');
    const store = await openSqliteStore({
      filename,
      now: () => new Date(now),
      integrityCheckIntervalMs: 30_000,
    });
    const { app, auth, waveId } = await appOn(store);
    await request(app).post(`/api/waves/${waveId}/invitations`).set(auth).send({ count: 200 });
    expect((await request(app).get('/ready')).status).toBe(200);
    const raw = new Database(filename);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    corruptPages(filename, 4, 6);
    now += 30_000;
    const ready = await request(app).get('/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({
      type: 'urn:neighbourly:problem:unavailable',
      reason: 'store-damaged',
    });
    expect(ready.body.detail).toMatch(/^The database is damaged: .+/);
    expect(ready.body.detail).not.toContain(filename);
    await store.close();
  });

  it('stops the start with the cause named: damaged pages, or a damaged header', async () => {
    const filename = newFile();
    const store = await openSqliteStore({ filename });
    const { app, auth, waveId } = await appOn(store);
    await request(app).post(`/api/waves/${waveId}/invitations`).set(auth).send({ count: 200 });
    await store.close();
    corruptPages(filename, 4, 6);
    const config = defineConfig({ NEIGHBOURLY_STORE: `sqlite:${filename}`, NEIGHBOURLY_LOG_LEVEL: 'silent' });
    await expect(startServer(config, { print: () => undefined })).rejects.toThrow(/is damaged \(.+\)/);

    const header = newFile();
    (await openSqliteStore({ filename: header })).close();
    const fd = openSync(header, 'r+');
    writeSync(fd, Buffer.from('not a database!!'), 0, 16, 0);
    closeSync(fd);
    const headerConfig = defineConfig({
      NEIGHBOURLY_STORE: `sqlite:${header}`,
      NEIGHBOURLY_LOG_LEVEL: 'silent',
    });
    await expect(startServer(headerConfig, { print: () => undefined })).rejects.toThrow(
      /file is not a database/,
    );
  }, 30_000);
});

describe('project-scoped admin keys', () => {
  it('cannot create projects (403), while an unscoped admin key can', async () => {
    const store = await openSqliteStore({ filename: ':memory:' });
    const { app, auth, projectId } = await appOn(store);
    const scoped = await request(app)
      .post('/api/keys')
      .set(auth)
      .send({ name: 'scoped admin', role: 'admin', projectId });
    expect(scoped.status).toBe(201);
    const body = { name: 'Elders', slug: 'elders', languages: ['nl'] };
    const refused = await request(app)
      .post('/api/projects')
      .set({ Authorization: `Bearer ${scoped.body.key}` })
      .send(body);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ reason: 'project-scoped' });
    expect((await request(app).get('/api/projects').set(auth)).body).toHaveLength(1);
    expect((await request(app).post('/api/projects').set(auth).send(body)).status).toBe(201);
    await store.close();
  });
});
