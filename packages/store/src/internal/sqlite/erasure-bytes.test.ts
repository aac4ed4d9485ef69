import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { hashSecret } from '../../secret.js';
import type { Store } from '../../store.js';
import { migrations } from './migrations.js';
import { createSqliteStore } from './sqlite-store.js';

/** How often each needle occurs in the raw bytes of the database file and its WAL (if any). */
function occurrences(filename: string, needles: readonly string[]): Record<string, number> {
  const files = [filename, `${filename}-wal`]
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file));
  const counts: Record<string, number> = {};
  for (const needle of needles) {
    const bytes = Buffer.from(needle, 'utf8');
    let n = 0;
    for (const file of files) {
      for (let at = file.indexOf(bytes); at !== -1; at = file.indexOf(bytes, at + 1)) n += 1;
    }
    counts[needle] = n;
  }
  return counts;
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

interface Seeded {
  projectId: string;
  target: { respondentId: string; needles: string[] };
  neighbour: { needles: string[] };
}

/** A panel of 120 respondents, each with contact details, an invitation, two progress saves and a submission. */
async function seed(store: Store): Promise<Seeded> {
  const project = await store.projects.create({
    slug: 'erase',
    name: 'Erase',
    languages: ['nl'],
    frameworkId: 'x',
  });
  const survey = await store.surveys.create({ projectId: project.id, name: 'S', definition: { pages: [] } });
  const wave = await store.waves.create({
    projectId: project.id,
    surveyId: survey.id,
    label: 'W1',
    status: 'open',
  });
  const people: { respondentId: string; needles: string[] }[] = [];
  for (let i = 0; i < 120; i += 1) {
    const tag = `person${String(i).padStart(3, '0')}`;
    const respondent = await store.respondents.create({
      projectId: project.id,
      group: 'resident',
      attributes: { ageBand: '65-74' },
    });
    const email = `${tag}@voorbeeld.be`;
    await store.respondents.setContact(respondent.id, { email, name: `Naam ${tag}` });
    const token = `token-${tag}-${'x'.repeat(24)}`;
    const tokenHash = hashSecret(token);
    const invitation = await store.invitations.create({
      waveId: wave.id,
      respondentId: respondent.id,
      tokenHash,
    });
    const draft = `Eerste ontwerp van ${tag}: mijn buren kennen mij nauwelijks`;
    // Progress saves rewrite the row: earlier versions must not linger either.
    await store.responses.save({
      waveId: wave.id,
      invitationId: invitation.id,
      status: 'partial',
      answers: { remarks: draft },
    });
    await store.responses.save({
      waveId: wave.id,
      invitationId: invitation.id,
      status: 'partial',
      answers: { remarks: `${draft} en ik voel me alleen` },
    });
    const story = `Lang verhaal van ${tag}. ${'Ik woon hier al veertig jaar en zie steeds minder mensen. '.repeat(120)}`;
    const idempotencyKey = `idem-${tag}-final`;
    const saved = await store.responses.save({
      waveId: wave.id,
      invitationId: invitation.id,
      status: 'complete',
      answers: { remarks: `Definitief antwoord van ${tag}`, story, wellbeing: 3 },
      idempotencyKey,
    });
    people.push({
      respondentId: respondent.id,
      needles: [
        respondent.id,
        invitation.id,
        tokenHash,
        saved.response.id,
        idempotencyKey,
        email,
        `Naam ${tag}`,
        draft,
        `Definitief antwoord van ${tag}`,
        `Lang verhaal van ${tag}`,
      ],
    });
  }
  await store.audit.append({
    actor: 'cli',
    action: 'respondent.note',
    projectId: project.id,
    target: people[60]?.respondentId ?? '',
  });
  const target = people[60];
  const neighbour = people[61];
  if (!target || !neighbour) throw new Error('seed failed');
  return { projectId: project.id, target, neighbour };
}

describe('erasure leaves no trace in the SQLite file or its WAL', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('finds 0 bytes of the erased respondent after erasure, and after a restart', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'neighbourly-erase-'));
    folders.push(folder);
    const filename = join(folder, 'neighbourly.db');
    const store = createSqliteStore({ filename });
    const { projectId, target, neighbour } = await seed(store);

    // The test can fail: before erasure every needle of the stored records is on disk (file or WAL). The
    // progress drafts are not: secure_delete zeroed them when the submission replaced them.
    const draft = target.needles[7] ?? '';
    const before = occurrences(filename, target.needles);
    for (const needle of target.needles) {
      if (needle === draft) expect(before[needle], needle).toBe(0);
      else expect(before[needle], needle).toBeGreaterThan(0);
    }

    const summary = await store.eraseRespondent(projectId, target.respondentId, { actor: 'test' });
    expect(summary).toMatchObject({
      responses: 1,
      invitations: 1,
      contact: true,
      redactedAuditEntries: 1,
      walCleared: true,
    });
    const afterErasure = occurrences(filename, target.needles);
    expect(afterErasure).toEqual(Object.fromEntries(target.needles.map((needle) => [needle, 0])));
    expect(existsSync(`${filename}-wal`) ? readFileSync(`${filename}-wal`).length : 0).toBe(0);
    await store.close();

    const reopened = createSqliteStore({ filename });
    expect(await reopened.respondents.get(neighbour.needles[0] ?? '')).toBeDefined();
    await reopened.close();
    const afterRestart = occurrences(filename, target.needles);
    expect(total(afterRestart)).toBe(0);
    // The neighbour is untouched: their data is still there to be found.
    const kept = occurrences(filename, neighbour.needles);
    for (const needle of neighbour.needles.filter((_, i) => i !== 7)) {
      expect(kept[needle], needle).toBeGreaterThan(0);
    }
  }, 60_000);

  it('would find them with a plain DELETE (the control: without secure_delete the bytes stay)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'neighbourly-erase-control-'));
    folders.push(folder);
    const filename = join(folder, 'neighbourly.db');
    const store = createSqliteStore({ filename });
    const { target } = await seed(store);
    await store.close();
    const raw = new Database(filename);
    raw.pragma('secure_delete = OFF');
    raw.pragma('foreign_keys = ON');
    raw.prepare('DELETE FROM responses WHERE respondent_id = ?').run(target.respondentId);
    raw.prepare('DELETE FROM invitations WHERE respondent_id = ?').run(target.respondentId);
    raw.prepare('DELETE FROM contacts WHERE respondent_id = ?').run(target.respondentId);
    raw.close();
    expect(total(occurrences(filename, target.needles))).toBeGreaterThan(0);
  }, 60_000);
});

describe('upgrading a database written before secure_delete', () => {
  it('scrubs the free space of rows deleted by an earlier version', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'neighbourly-scrub-'));
    try {
      const filename = join(folder, 'old.db');
      const old = new Database(filename);
      old.pragma('journal_mode = WAL');
      old.pragma('secure_delete = OFF');
      for (const migration of migrations.filter((m) => m.version <= 2)) old.exec(migration.sql);
      old.pragma('user_version = 2');
      old.exec(`INSERT INTO projects VALUES ('01900000-0000-7000-8000-000000000001', 'old', 'Old', '["nl"]', 'x',
        NULL, NULL, NULL, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')`);
      const insert = old.prepare(
        `INSERT INTO respondents VALUES (?, '01900000-0000-7000-8000-000000000001', NULL, ?, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')`,
      );
      for (let i = 0; i < 50; i += 1) {
        insert.run(
          `01900000-0000-7000-8000-0000000001${String(i).padStart(2, '0')}`,
          JSON.stringify({ note: `oude notitie ${i} ${'z'.repeat(200)}` }),
        );
      }
      old.exec(`DELETE FROM respondents WHERE id LIKE '%000000000110'`);
      old.close();
      expect(occurrences(filename, ['oude notitie 10 '])['oude notitie 10 ']).toBeGreaterThan(0);

      const store = createSqliteStore({ filename });
      await store.close();
      expect(occurrences(filename, ['oude notitie 10 '])['oude notitie 10 ']).toBe(0);
      expect(occurrences(filename, ['oude notitie 11 '])['oude notitie 11 ']).toBe(1);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
