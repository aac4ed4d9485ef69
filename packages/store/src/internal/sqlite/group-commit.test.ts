import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../open-sqlite-store.js';
import type { Store } from '../../store.js';
import { StoreError } from '../../store-error.js';
import { seedProject, uniqueTokenHash } from '../contract/fixtures.js';

/*
 * Group commit of response saves, observed from a second connection to the same file: saves asked for in one
 * event-loop turn share one transaction, each in its own savepoint, and none is acknowledged before COMMIT.
 */

const folder = mkdtempSync(join(tmpdir(), 'neighbourly-group-commit-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let files = 0;
let filename: string;
let store: Store;
let observer: Database.Database;

beforeEach(async () => {
  files += 1;
  filename = join(folder, `group-${files}.db`);
  store = await openSqliteStore({ filename, busyTimeoutMs: 50 });
  observer = new Database(filename);
});
afterEach(async () => {
  observer.close();
  await store.close();
});

const committed = () => (observer.prepare('SELECT COUNT(*) AS n FROM responses').get() as { n: number }).n;

describe('group commit of response saves', () => {
  it('commits every save of a turn before acknowledging any of them', async () => {
    const { openWave } = await seedProject(store);
    const seenAtAcknowledgement: number[] = [];
    const saves = Array.from({ length: 50 }, (_, i) =>
      store.responses
        .save({ waveId: openWave.id, status: 'complete', answers: { i }, idempotencyKey: `turn-${i}` })
        .then((result) => {
          // Another connection sees only committed data: the save is on disk when its promise settles.
          seenAtAcknowledgement.push(committed());
          return result;
        }),
    );
    expect(committed()).toBe(0);
    const results = await Promise.all(saves);
    expect(new Set(results.map((result) => result.response.id)).size).toBe(50);
    // One transaction: the first acknowledgement already sees all fifty.
    expect(seenAtAcknowledgement).toEqual(Array.from({ length: 50 }, () => 50));
  });

  it('rolls a failing save back to its savepoint and keeps its neighbours', async () => {
    const { project, wave, openWave, alice } = await seedProject(store);
    // A failure inside SQLite after the response row was written: the key insert aborts.
    observer.exec(`CREATE TRIGGER refuse_marked_keys BEFORE INSERT ON response_keys WHEN NEW.key LIKE 'fail-%'
      BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`);
    const invitation = await store.invitations.create({
      waveId: wave.id,
      respondentId: alice.id,
      tokenHash: uniqueTokenHash(),
    });
    const save = (key: string) =>
      store.responses.save({
        waveId: openWave.id,
        status: 'complete',
        answers: { key },
        idempotencyKey: key,
      });
    const complete = () =>
      store.responses.save({ waveId: wave.id, invitationId: invitation.id, status: 'complete', answers: {} });
    const outcomes = await Promise.allSettled([
      save('ok-1'),
      save('fail-1'),
      save('ok-2'),
      complete(),
      complete(), // the second completion of one invitation in the same batch
      save('ok-3'),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    const reason = (i: number) => (outcomes[i] as PromiseRejectedResult).reason as unknown;
    expect(reason(1)).not.toBeInstanceOf(StoreError);
    expect(String(reason(1))).toContain('refused by the test');
    expect(reason(4)).toBeInstanceOf(StoreError);
    expect((reason(4) as StoreError).code).toBe('already-complete');
    // The failed save left nothing: not its response row, not its key.
    const stored = await store.responses.list({ projectId: project.id }, { limit: 100 });
    expect(stored.map((response) => response.answers.key).filter(Boolean)).toEqual(['ok-1', 'ok-2', 'ok-3']);
    expect(stored).toHaveLength(4);
    expect(committed()).toBe(4);
    const keys = observer.prepare('SELECT key FROM response_keys ORDER BY key').all() as { key: string }[];
    expect(keys.map((row) => row.key)).toEqual(['ok-1', 'ok-2', 'ok-3']);
  });

  it('acknowledges nothing when the batch cannot commit, and the saves can be retried', async () => {
    const { project, openWave } = await seedProject(store);
    // Another connection holds the write lock for longer than the store's busy timeout (50 ms).
    observer.exec('BEGIN IMMEDIATE');
    const outcomes = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) =>
        store.responses.save({
          waveId: openWave.id,
          status: 'complete',
          answers: { i },
          idempotencyKey: `busy-${i}`,
        }),
      ),
    );
    observer.exec('ROLLBACK');
    expect(outcomes.every((outcome) => outcome.status === 'rejected')).toBe(true);
    expect(
      outcomes.every((outcome) => {
        const reason = (outcome as PromiseRejectedResult).reason as unknown;
        return reason instanceof StoreError && reason.code === 'unavailable';
      }),
    ).toBe(true);
    expect(await store.responses.count({ projectId: project.id })).toBe(0);
    const retried = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        store.responses.save({
          waveId: openWave.id,
          status: 'complete',
          answers: { i },
          idempotencyKey: `busy-${i}`,
        }),
      ),
    );
    expect(retried.every((result) => !result.replayed)).toBe(true);
    expect(await store.responses.count({ projectId: project.id })).toBe(5);
  });

  it('commits the saves already asked for when the store closes', async () => {
    const { openWave } = await seedProject(store);
    const saves = Array.from({ length: 10 }, (_, i) =>
      store.responses.save({
        waveId: openWave.id,
        status: 'complete',
        answers: { i },
        idempotencyKey: `close-${i}`,
      }),
    );
    await store.close();
    expect((await Promise.all(saves)).length).toBe(10);
    expect(committed()).toBe(10);
    await expect(
      store.responses.save({
        waveId: openWave.id,
        status: 'complete',
        answers: {},
        idempotencyKey: 'late-1',
      }),
    ).rejects.toMatchObject({ code: 'closed' });
  });

  it('commits saves that arrive while a batch is committed in the next batch', async () => {
    const { project, openWave } = await seedProject(store);
    const first = store.responses.save({
      waveId: openWave.id,
      status: 'complete',
      answers: {},
      idempotencyKey: 'a-1',
    });
    const second = first.then(() =>
      store.responses.save({ waveId: openWave.id, status: 'complete', answers: {}, idempotencyKey: 'a-2' }),
    );
    await second;
    expect(await store.responses.count({ projectId: project.id })).toBe(2);
  });
});
