import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from './migrations.js';
import { createSqliteStore } from './sqlite-store.js';

describe('SQLite schema', () => {
  it('numbers migrations 1, 2, 3 … without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('applies every migration to a new database and enforces the audit log and locked versions', async () => {
    const store = createSqliteStore({ filename: ':memory:' });
    const project = await store.projects.create({
      slug: 'p',
      name: 'P',
      languages: ['en'],
      frameworkId: 'x',
    });
    const survey = await store.surveys.create({ projectId: project.id, name: 'S', definition: { v: 1 } });
    await store.waves.create({ projectId: project.id, surveyId: survey.id, label: 'W' });
    await store.audit.append({ actor: 'cli', action: 'project.update', projectId: project.id });
    await store.close();
  });

  it('upgrades a database written by an earlier schema version, keeping its data', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'neighbourly-migrate-'));
    try {
      const filename = join(folder, 'old.db');
      const old = new Database(filename);
      old.exec(migrations[0]?.sql ?? '');
      old.pragma('user_version = 1');
      old.exec(`INSERT INTO projects VALUES ('01900000-0000-7000-8000-000000000001', 'old', 'Old', '["nl"]', 'x', NULL, NULL, NULL,
        '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')`);
      old.close();
      const store = createSqliteStore({ filename });
      expect((await store.projects.getBySlug('old'))?.name).toBe('Old');
      await store.close();
      const raw = new Database(filename, { readonly: true });
      expect(raw.pragma('user_version', { simple: true })).toBe(migrations.at(-1)?.version);
      expect(
        raw.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name`).pluck().all(),
      ).toEqual(['audit_log_no_delete', 'audit_log_no_update', 'survey_versions_locked']);
      raw.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('refuses to change audit entries or locked survey versions even with raw SQL', () => {
    const db = new Database(':memory:');
    for (const migration of migrations) db.exec(migration.sql);
    db.exec(`INSERT INTO audit_log (id, at, actor, action, project_id) VALUES ('a', 't', 'cli', 'x', 'p')`);
    expect(() => db.exec(`UPDATE audit_log SET actor = 'someone else'`)).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM audit_log')).toThrow(/append-only/);
    db.exec(`INSERT INTO imports_in_progress (project_id) VALUES ('p')`);
    db.exec('DELETE FROM audit_log'); // allowed only while rolling back an import of that project
    expect(db.prepare('SELECT COUNT(*) AS n FROM audit_log').get()).toEqual({ n: 0 });

    db.exec(`INSERT INTO projects VALUES ('p', 'p', 'P', '["en"]', 'x', NULL, NULL, NULL, 't', 't')`);
    db.exec(`INSERT INTO surveys VALUES ('s', 'p', 'S', 1, 't', 't')`);
    db.exec(`INSERT INTO survey_versions VALUES ('s', 'p', 1, '{}', 1, 't', 't')`);
    expect(() => db.exec(`UPDATE survey_versions SET definition = '{"x":1}'`)).toThrow(/used by a wave/);
    expect(() => db.exec('UPDATE survey_versions SET locked = 0')).toThrow(/used by a wave/);
    db.exec(`UPDATE survey_versions SET updated_at = 'later'`);
    db.close();
  });
});
