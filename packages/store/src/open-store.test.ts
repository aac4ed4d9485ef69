import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from './internal/sqlite/migrations.js';
import { openStore } from './open-store.js';
import { StoreError } from './store-error.js';

const folder = mkdtempSync(join(tmpdir(), 'neighbourly-open-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function failure(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

describe('openStore', () => {
  it('opens SQLite in memory and in a file whose folder it creates', async () => {
    const memory = await openStore('sqlite::memory:');
    expect(memory.kind).toBe('sqlite');
    await memory.close();

    const filename = join(folder, 'nested', 'dir', 'neighbourly.db');
    const first = await openStore(`sqlite:${filename}`);
    const project = await first.projects.create({
      slug: 'keep',
      name: 'Keep',
      languages: ['nl'],
      frameworkId: 'x',
    });
    await first.close();
    const second = await openStore(`sqlite:${filename}`);
    expect(await second.projects.get(project.id)).toEqual(project);
    await second.close();

    const raw = new Database(filename, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('user_version', { simple: true })).toBe(migrations.at(-1)?.version);
    raw.close();
  });

  it('refuses a database written by a newer schema', async () => {
    const filename = join(folder, 'future.db');
    const raw = new Database(filename);
    raw.pragma('user_version = 99');
    raw.close();
    const error = await failure(openStore(`sqlite:${filename}`));
    expect(error.code).toBe('unavailable');
  });

  it('names unknown schemes without the password', async () => {
    const error = await failure(openStore('postgres://admin:hunter2@db.example.org/neighbourly'));
    expect(error.code).toBe('unsupported-url');
    expect(error.message).toContain('postgres://admin:***@db.example.org/neighbourly');
    expect(error.message).not.toContain('hunter2');
  });

  it('reports an unreachable MongoDB server without the password', { timeout: 20_000 }, async () => {
    // Port 9 (discard) on localhost: nothing answers MongoDB there.
    const url =
      'mongodb://reader:s3cret@127.0.0.1:9/neighbourly?serverSelectionTimeoutMS=300&connectTimeoutMS=300';
    const error = await failure(openStore(url));
    expect(error.code).toBe('unavailable');
    expect(error.message).toContain('mongodb://reader:***@127.0.0.1:9/neighbourly');
    expect(error.message).not.toContain('s3cret');
  });
});
