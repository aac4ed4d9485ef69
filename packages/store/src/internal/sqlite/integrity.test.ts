import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../open-store.js';
import type { Store } from '../../store.js';
import { StoreError } from '../../store-error.js';
import { createSqliteStore } from './sqlite-store.js';

const folders: string[] = [];
function newFile(): string {
  const folder = mkdtempSync(join(tmpdir(), 'neighbourly-integrity-'));
  folders.push(folder);
  return join(folder, 'neighbourly.db');
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function fill(store: Store): Promise<void> {
  const project = await store.projects.create({ slug: 'p', name: 'P', languages: ['nl'], frameworkId: 'x' });
  for (let i = 0; i < 300; i += 1) {
    await store.respondents.create({
      projectId: project.id,
      attributes: { note: `${i} ${'n'.repeat(150)}` },
    });
  }
}

/** Moves everything from the WAL into the file, so the file alone holds the pages. */
function checkpoint(filename: string): void {
  const raw = new Database(filename);
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.close();
}

/** Overwrites `count` whole pages from page `first` (1-based) with a pattern no b-tree page can hold. */
function corruptPages(filename: string, first: number, count: number): void {
  const fd = openSync(filename, 'r+');
  const garbage = Buffer.alloc(4096 * count, 0xa5);
  writeSync(fd, garbage, 0, garbage.length, (first - 1) * 4096);
  closeSync(fd);
}

async function failure(promise: Promise<unknown>): Promise<StoreError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('expected a StoreError');
}

describe('integrity of the SQLite file', () => {
  it('refuses to open a file with corrupted pages, naming the damage', async () => {
    const filename = newFile();
    const store = createSqliteStore({ filename });
    await fill(store);
    await store.close();
    corruptPages(filename, 6, 4);
    const error = await failure(openStore(`sqlite:${filename}`));
    expect(error.code).toBe('damaged');
    expect(error.message).toContain('is damaged');
    expect(error.message).toMatch(/page|btree|tree|malformed/i);
  });

  it('names the cause when the header is damaged', async () => {
    const filename = newFile();
    const store = createSqliteStore({ filename });
    await fill(store);
    await store.close();
    const fd = openSync(filename, 'r+');
    writeSync(fd, Buffer.from('not a database!!'), 0, 16, 0);
    closeSync(fd);
    const error = await failure(openStore(`sqlite:${filename}`));
    expect(error.message).toContain('file is not a database');
  });

  it('opens a sound file, and ping() reports damage found by the periodic quick_check', async () => {
    const filename = newFile();
    let now = Date.parse('2026-01-01T00:00:00Z');
    const store = createSqliteStore({ filename, now: () => new Date(now), integrityCheckIntervalMs: 60_000 });
    await fill(store);
    await store.ping();
    checkpoint(filename);
    corruptPages(filename, 6, 4);
    // Before the interval has passed, no new check runs.
    await store.ping();
    now += 60_000;
    const error = await failure(store.ping());
    expect(error.code).toBe('damaged');
    expect(error.message).toContain('damaged');
    // Damage is remembered: every later ping fails too.
    expect((await failure(store.ping())).code).toBe('damaged');
    await store.close();
  });
});
