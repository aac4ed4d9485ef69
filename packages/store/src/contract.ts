import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  definition,
  largeExport,
  seedProject,
  sequentialId,
  uniqueSlug,
  uniqueTokenHash,
} from './internal/contract/fixtures.js';
import { createSecret, hashSecret } from './secret.js';
import type { Store } from './store.js';
import { StoreError, type StoreErrorCode } from './store-error.js';

/** Options of {@link runStoreContract}. */
export interface StoreContractOptions {
  /** How many responses the streaming test writes and streams (default 100,000). */
  streamCount?: number;
  /** Upper bound on heap growth while streaming, in MiB (default 64). */
  streamHeapBoundMiB?: number;
}

/** Resolves the code of the StoreError a promise rejects with (fails the test for anything else). */
async function errorCode(promise: Promise<unknown>): Promise<StoreErrorCode> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StoreError) return error.code;
    throw error;
  }
  throw new Error('expected the operation to fail with a StoreError');
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/**
 * Registers the contract test suite of the `Store` interface with vitest: every store implementation must pass
 * it. `makeStore` opens a fresh, empty store each time it is called; the suite closes it.
 *
 * @example
 * // sqlite-store.test.ts
 * import { runStoreContract } from '@neighbourly/store/contract';
 * runStoreContract('sqlite :memory:', () => openSqliteStore({ filename: ':memory:' }));
 */
export function runStoreContract(
  name: string,
  makeStore: () => Promise<Store>,
  options: StoreContractOptions = {},
): void {
  const streamCount = options.streamCount ?? 100_000;
  const heapBound = (options.streamHeapBoundMiB ?? 64) * 1024 * 1024;

  describe(`Store contract: ${name}`, () => {
    let store: Store;
    const extra: Store[] = [];
    const another = async () => {
      const made = await makeStore();
      extra.push(made);
      return made;
    };

    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
      for (const made of extra.splice(0)) await made.close();
    });

    describe('projects', () => {
      it('creates, reads, lists and updates projects', async () => {
        const slug = uniqueSlug();
        const created = await store.projects.create({
          slug,
          name: 'Zorgzame buurt Molenbeek',
          languages: ['fr', 'nl'],
          frameworkId: 'caring-neighbourhoods',
          theoryOfChange: { nodes: [{ id: 'meet', kind: 'activity' }], edges: [] },
        });
        expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
        expect(created.createdAt).toBe(created.updatedAt);
        expect(await store.projects.get(created.id)).toEqual(created);
        expect(await store.projects.getBySlug(slug)).toEqual(created);
        expect(await store.projects.get('01900000-0000-7000-8000-00000000ffff')).toBeUndefined();

        const updated = await store.projects.update(created.id, {
          name: 'Caring neighbourhood Molenbeek',
          theoryOfChange: null,
          indicatorSet: { id: 'core-set', indicators: [] },
        });
        expect(updated.name).toBe('Caring neighbourhood Molenbeek');
        expect(updated).not.toHaveProperty('theoryOfChange');
        expect(updated.indicatorSet).toEqual({ id: 'core-set', indicators: [] });
        expect(await store.projects.get(created.id)).toEqual(updated);
      });

      it('pages through projects in creation order', async () => {
        const made = [];
        for (let i = 0; i < 5; i += 1) {
          made.push(
            await store.projects.create({
              slug: uniqueSlug(),
              name: `P${i}`,
              languages: ['en'],
              frameworkId: 'x',
            }),
          );
        }
        const first = await store.projects.list({ limit: 2 });
        const second = await store.projects.list({ limit: 2, after: first.at(-1)?.id ?? '' });
        const all = await store.projects.list();
        expect(all.map((p) => p.id)).toEqual(made.map((p) => p.id));
        expect([...first, ...second].map((p) => p.name)).toEqual(['P0', 'P1', 'P2', 'P3']);
      });

      it('rejects duplicate slugs, invalid input and unknown ids', async () => {
        const slug = uniqueSlug();
        await store.projects.create({ slug, name: 'A', languages: ['nl'], frameworkId: 'x' });
        expect(
          await errorCode(store.projects.create({ slug, name: 'B', languages: ['nl'], frameworkId: 'x' })),
        ).toBe('duplicate');
        const invalid = await store.projects
          .create({ slug: 'Not A Slug', name: '', languages: [], frameworkId: 'x' })
          .catch((error: unknown) => error);
        expect(invalid).toBeInstanceOf(StoreError);
        expect((invalid as StoreError).code).toBe('invalid-input');
        expect((invalid as StoreError).issues.map((issue) => issue.path[0])).toEqual(
          expect.arrayContaining(['slug', 'name', 'languages']),
        );
        expect(
          await errorCode(store.projects.update('01900000-0000-7000-8000-00000000ffff', { name: 'X' })),
        ).toBe('not-found');
      });

      it('never turns a lookup value into a query operator', async () => {
        await store.projects.create({ slug: uniqueSlug(), name: 'A', languages: ['nl'], frameworkId: 'x' });
        const operator = { $gt: '' } as unknown as string;
        expect(await errorCode(store.projects.get(operator))).toBe('invalid-input');
        expect(await errorCode(store.projects.getBySlug(operator))).toBe('invalid-input');
        expect(await errorCode(store.invitations.getByTokenHash({ $ne: null } as unknown as string))).toBe(
          'invalid-input',
        );
        expect(await store.projects.getBySlug('{"$gt":""}')).toBeUndefined();
        expect(await errorCode(store.responses.list({ projectId: operator }))).toBe('invalid-input');
      });
    });

    describe('surveys and waves', () => {
      it('keeps versions immutable once a wave uses them', async () => {
        const { project, survey, wave } = await seedProject(store);
        expect(wave.surveyVersion).toBe(1);
        const v1 = await store.surveys.getVersion(survey.id, 1);
        expect(v1?.locked).toBe(true);
        expect(v1?.definition).toEqual(definition);

        const changed = { ...definition, title: { en: 'Changed' } };
        const v2 = await store.surveys.saveDefinition(survey.id, changed);
        expect(v2.version).toBe(2);
        expect(v2.locked).toBe(false);
        expect((await store.surveys.getVersion(survey.id, 1))?.definition).toEqual(definition);

        const v2again = await store.surveys.saveDefinition(survey.id, { ...changed, title: { en: 'Again' } });
        expect(v2again.version).toBe(2);
        expect((await store.surveys.get(survey.id))?.latestVersion).toBe(2);
        expect((await store.surveys.getVersion(survey.id))?.definition).toEqual({
          ...changed,
          title: { en: 'Again' },
        });
        expect((await store.surveys.listVersions(survey.id)).map((v) => [v.version, v.locked])).toEqual([
          [1, true],
          [2, false],
        ]);
        expect(await store.surveys.getVersion(survey.id, 3)).toBeUndefined();
        expect((await store.surveys.list(project.id)).map((s) => s.id)).toEqual([survey.id]);
        const renamed = await store.surveys.rename(survey.id, 'Nulmeting');
        expect((await store.surveys.get(survey.id))?.name).toBe(renamed.name);
      });

      it('creates and updates waves', async () => {
        const { project, survey, wave, openWave } = await seedProject(store);
        expect(wave.access).toBe('invitation');
        expect(openWave.access).toBe('open');
        expect((await store.waves.list(project.id)).map((w) => w.id)).toEqual([wave.id, openWave.id]);
        const scheduled = await store.waves.update(wave.id, {
          opensAt: '2025-03-01T10:00:00+01:00',
          closesAt: '2025-04-01T10:00:00Z',
          status: 'closed',
        });
        expect(scheduled.opensAt).toBe('2025-03-01T09:00:00.000Z');
        expect(scheduled.status).toBe('closed');
        const cleared = await store.waves.update(wave.id, { opensAt: null });
        expect(cleared).not.toHaveProperty('opensAt');
        expect(await store.waves.get(wave.id)).toEqual(cleared);

        const other = await store.projects.create({
          slug: uniqueSlug(),
          name: 'O',
          languages: ['en'],
          frameworkId: 'x',
        });
        expect(
          await errorCode(store.waves.create({ projectId: other.id, surveyId: survey.id, label: 'Wrong' })),
        ).toBe('conflict');
        expect(
          await errorCode(
            store.waves.create({ projectId: project.id, surveyId: survey.id, surveyVersion: 9, label: 'X' }),
          ),
        ).toBe('not-found');
      });
    });

    describe('respondents and contacts', () => {
      it('keeps contact details apart and erases them alone', async () => {
        const { project, alice } = await seedProject(store);
        expect(alice).not.toHaveProperty('email');
        const contact = await store.respondents.setContact(alice.id, {
          name: 'Alice Peeters',
          email: 'alice@example.org',
          language: 'nl',
        });
        expect(contact.projectId).toBe(project.id);
        expect(await store.respondents.getContact(alice.id)).toEqual(contact);
        expect(JSON.stringify(await store.respondents.get(alice.id))).not.toContain('alice@example.org');
        expect(await store.respondents.eraseContact(alice.id)).toBe(true);
        expect(await store.respondents.eraseContact(alice.id)).toBe(false);
        expect(await store.respondents.getContact(alice.id)).toBeUndefined();
        expect(await store.respondents.get(alice.id)).toEqual(alice);

        const updated = await store.respondents.update(alice.id, {
          attributes: { ageBand: '65-79', carer: true },
        });
        expect(updated.attributes).toEqual({ ageBand: '65-79', carer: true });
        expect((await store.respondents.list(project.id)).length).toBe(2);
        expect(await errorCode(store.respondents.setContact(alice.id, { email: 'not an address' }))).toBe(
          'invalid-input',
        );
      });
    });

    describe('invitations', () => {
      it('stores only token hashes and finds invitations by them', async () => {
        const { wave, alice } = await seedProject(store);
        const { secret, hash } = createSecret('inv_');
        const invitation = await store.invitations.create({
          waveId: wave.id,
          respondentId: alice.id,
          tokenHash: hash,
        });
        expect(invitation.status).toBe('pending');
        expect(JSON.stringify(invitation)).not.toContain(secret);
        expect(await store.invitations.getByTokenHash(hashSecret(secret))).toEqual(invitation);
        expect(await store.invitations.getByTokenHash(hashSecret('wrong'))).toBeUndefined();
        expect(
          await errorCode(
            store.invitations.create({ waveId: wave.id, respondentId: alice.id, tokenHash: hash }),
          ),
        ).toBe('duplicate');
        expect(
          await errorCode(
            store.invitations.create({ waveId: wave.id, respondentId: alice.id, tokenHash: secret }),
          ),
        ).toBe('invalid-input');
        expect((await store.invitations.list(wave.id)).map((i) => i.id)).toEqual([invitation.id]);
        const revoked = await store.invitations.revoke(invitation.id);
        expect(revoked.status).toBe('revoked');
        expect(
          await errorCode(
            store.responses.save({
              waveId: wave.id,
              invitationId: invitation.id,
              status: 'partial',
              answers: {},
            }),
          ),
        ).toBe('conflict');
      });

      it('replaces the token of a pending invitation only, and the old token stops working', async () => {
        const { wave, alice, bob } = await seedProject(store);
        const first = createSecret();
        const invitation = await store.invitations.create({
          waveId: wave.id,
          respondentId: alice.id,
          tokenHash: first.hash,
        });
        const second = createSecret();
        const replaced = await store.invitations.replaceToken(invitation.id, second.hash);
        expect(replaced).toMatchObject({ id: invitation.id, tokenHash: second.hash, status: 'pending' });
        expect(await store.invitations.getByTokenHash(first.hash)).toBeUndefined();
        expect((await store.invitations.getByTokenHash(second.hash))?.id).toBe(invitation.id);
        const other = await store.invitations.create({
          waveId: wave.id,
          respondentId: bob.id,
          tokenHash: uniqueTokenHash(),
        });
        expect(await errorCode(store.invitations.replaceToken(other.id, second.hash))).toBe('duplicate');
        expect(await errorCode(store.invitations.replaceToken(invitation.id, 'not-a-hash'))).toBe(
          'invalid-input',
        );
        await store.responses.save({
          waveId: wave.id,
          invitationId: invitation.id,
          status: 'partial',
          answers: {},
        });
        expect(await errorCode(store.invitations.replaceToken(invitation.id, uniqueTokenHash()))).toBe(
          'conflict',
        );
        const resumed = await store.invitations.replaceToken(invitation.id, uniqueTokenHash(), {
          allowStarted: true,
        });
        expect(resumed.status).toBe('started');
        await store.invitations.revoke(other.id);
        expect(await errorCode(store.invitations.replaceToken(other.id, uniqueTokenHash()))).toBe('conflict');
        expect(
          await errorCode(
            store.invitations.replaceToken(other.id, uniqueTokenHash(), { allowStarted: true }),
          ),
        ).toBe('conflict');
        expect(
          await errorCode(
            store.invitations.replaceToken('01900000-0000-7000-8000-00000000ffff', uniqueTokenHash()),
          ),
        ).toBe('not-found');
      });

      it('refuses expired invitations and invitations of another wave', async () => {
        const { wave, openWave, alice, bob } = await seedProject(store);
        const expired = await store.invitations.create({
          waveId: wave.id,
          respondentId: alice.id,
          tokenHash: uniqueTokenHash(),
          expiresAt: '2000-01-01T00:00:00Z',
        });
        expect(
          await errorCode(
            store.responses.save({
              waveId: wave.id,
              invitationId: expired.id,
              status: 'partial',
              answers: {},
            }),
          ),
        ).toBe('conflict');
        const valid = await store.invitations.create({
          waveId: wave.id,
          respondentId: bob.id,
          tokenHash: uniqueTokenHash(),
        });
        expect(
          await errorCode(
            store.responses.save({
              waveId: openWave.id,
              invitationId: valid.id,
              status: 'partial',
              answers: {},
            }),
          ),
        ).toBe('conflict');
        expect(
          await errorCode(
            store.responses.save({
              waveId: wave.id,
              invitationId: valid.id,
              respondentId: alice.id,
              status: 'partial',
              answers: {},
            }),
          ),
        ).toBe('conflict');
        expect(await store.responses.count({ projectId: wave.projectId })).toBe(0);
      });

      it('refuses respondents of another project', async () => {
        const first = await seedProject(store);
        const second = await seedProject(store);
        expect(
          await errorCode(
            store.invitations.create({
              waveId: first.wave.id,
              respondentId: second.alice.id,
              tokenHash: uniqueTokenHash(),
            }),
          ),
        ).toBe('conflict');
      });
    });

    describe('responses', () => {
      it('saves progress into one response per invitation and completes it once', async () => {
        const { wave, alice } = await seedProject(store);
        const invitation = await store.invitations.create({
          waveId: wave.id,
          respondentId: alice.id,
          tokenHash: uniqueTokenHash(),
        });
        const first = await store.responses.save({
          waveId: wave.id,
          invitationId: invitation.id,
          status: 'partial',
          answers: { wellbeing: 3 },
        });
        expect(first.replayed).toBe(false);
        expect(first.response).toMatchObject({
          respondentId: alice.id,
          invitationId: invitation.id,
          status: 'partial',
          surveyVersion: 1,
        });
        expect(first.response).not.toHaveProperty('submittedAt');
        expect((await store.invitations.get(invitation.id))?.status).toBe('started');

        const second = await store.responses.save({
          waveId: wave.id,
          invitationId: invitation.id,
          status: 'complete',
          answers: { wellbeing: 4, knowsNeighbour: true },
          language: 'nl',
        });
        expect(second.response.id).toBe(first.response.id);
        expect(second.response.status).toBe('complete');
        expect(second.response.submittedAt).toBeDefined();
        expect(second.response.createdAt).toBe(first.response.createdAt);
        expect(await store.responses.get(first.response.id)).toEqual(second.response);
        expect((await store.invitations.get(invitation.id))?.status).toBe('completed');

        expect(
          await errorCode(
            store.responses.save({
              waveId: wave.id,
              invitationId: invitation.id,
              status: 'complete',
              answers: {},
            }),
          ),
        ).toBe('already-complete');
        expect(
          await errorCode(
            store.responses.save({ waveId: wave.id, respondentId: alice.id, status: 'partial', answers: {} }),
          ),
        ).toBe('already-complete');
        expect(await store.responses.count({ projectId: wave.projectId })).toBe(1);
      });

      it('keeps how a response was collected: online by default, paper or interview when given', async () => {
        const { wave, openWave, alice } = await seedProject(store);
        const online = await store.responses.save({ waveId: openWave.id, status: 'complete', answers: {} });
        expect(online.response.mode).toBe('online');
        const paper = await store.responses.save({
          waveId: wave.id,
          respondentId: alice.id,
          status: 'complete',
          answers: { wellbeing: 2 },
          mode: 'paper',
        });
        expect(paper.response.mode).toBe('paper');
        expect((await store.responses.get(paper.response.id))?.mode).toBe('paper');
        const interview = await store.responses.save({
          waveId: openWave.id,
          status: 'complete',
          answers: {},
          mode: 'interview',
        });
        const listed = await store.responses.list({ projectId: wave.projectId });
        expect(new Map(listed.map((r) => [r.id, r.mode]))).toEqual(
          new Map([
            [online.response.id, 'online'],
            [paper.response.id, 'paper'],
            [interview.response.id, 'interview'],
          ]),
        );
        const streamed = [];
        for await (const r of store.streamResponses({ projectId: wave.projectId })) streamed.push(r.mode);
        expect(streamed.sort()).toEqual(['interview', 'online', 'paper']);
        expect(
          await errorCode(
            store.responses.save({
              waveId: openWave.id,
              status: 'complete',
              answers: {},
              mode: 'telepathy' as 'paper',
            }),
          ),
        ).toBe('invalid-input');
      });

      it('replays the same idempotency key without writing', async () => {
        const { openWave } = await seedProject(store);
        const input = {
          waveId: openWave.id,
          status: 'complete' as const,
          answers: { wellbeing: 5 },
          idempotencyKey: 'submit-7f3a',
        };
        const first = await store.responses.save(input);
        const again = await store.responses.save({ ...input, answers: { wellbeing: 1 } });
        expect(first.replayed).toBe(false);
        expect(again.replayed).toBe(true);
        expect(again.response).toEqual(first.response);
        const anonymous = await store.responses.save({
          waveId: openWave.id,
          status: 'complete',
          answers: {},
        });
        expect(anonymous.response.id).not.toBe(first.response.id);
        expect(await store.responses.count({ projectId: openWave.projectId })).toBe(2);
      });

      it('lists and counts with filters', async () => {
        const { project, wave, openWave, alice, bob } = await seedProject(store);
        await store.responses.save({
          waveId: wave.id,
          respondentId: alice.id,
          status: 'complete',
          answers: { a: 1 },
        });
        await store.responses.save({
          waveId: wave.id,
          respondentId: bob.id,
          status: 'partial',
          answers: { a: 2 },
        });
        await store.responses.save({ waveId: openWave.id, status: 'complete', answers: { a: 3 } });
        expect(await store.responses.count({ projectId: project.id })).toBe(3);
        expect(await store.responses.count({ projectId: project.id, waveId: wave.id })).toBe(2);
        expect(await store.responses.count({ projectId: project.id, status: 'complete' })).toBe(2);
        const bobs = await store.responses.list({ projectId: project.id, respondentId: bob.id });
        expect(bobs.map((r) => r.answers)).toEqual([{ a: 2 }]);
        const paged = await store.responses.list({ projectId: project.id }, { limit: 2 });
        const rest = await store.responses.list({ projectId: project.id }, { after: paged.at(-1)?.id ?? '' });
        expect([...paged, ...rest].map((r) => r.answers)).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
        expect(
          await errorCode(
            store.responses.save({
              waveId: '01900000-0000-7000-8000-00000000ffff',
              status: 'complete',
              answers: {},
            }),
          ),
        ).toBe('not-found');
      });
    });

    describe('concurrency', () => {
      it('100 parallel submissions with distinct keys create 100 responses', async () => {
        const { project, openWave } = await seedProject(store);
        const results = await Promise.all(
          Array.from({ length: 100 }, (_, i) =>
            store.responses.save({
              waveId: openWave.id,
              status: 'complete',
              answers: { i },
              idempotencyKey: `distinct-${i}`,
            }),
          ),
        );
        expect(results.every((r) => !r.replayed)).toBe(true);
        expect(new Set(results.map((r) => r.response.id)).size).toBe(100);
        expect(await store.responses.count({ projectId: project.id })).toBe(100);
      });

      it('100 parallel submissions with repeated keys never duplicate', async () => {
        const { project, openWave } = await seedProject(store);
        const results = await Promise.all(
          Array.from({ length: 100 }, (_, i) =>
            store.responses.save({
              waveId: openWave.id,
              status: 'complete',
              answers: { i },
              idempotencyKey: `repeated-${i % 10}`,
            }),
          ),
        );
        expect(await store.responses.count({ projectId: project.id })).toBe(10);
        expect(results.filter((r) => r.replayed).length).toBe(90);
        const byKey = new Map<number, Set<string>>();
        results.forEach((r, i) => {
          const ids = byKey.get(i % 10) ?? new Set<string>();
          ids.add(r.response.id);
          byKey.set(i % 10, ids);
        });
        expect([...byKey.values()].every((ids) => ids.size === 1)).toBe(true);
      });

      it('100 parallel completions from one invitation store one response', async () => {
        const { project, wave, alice } = await seedProject(store);
        const invitation = await store.invitations.create({
          waveId: wave.id,
          respondentId: alice.id,
          tokenHash: uniqueTokenHash(),
        });
        const outcomes = await Promise.allSettled(
          Array.from({ length: 100 }, (_, i) =>
            store.responses.save({
              waveId: wave.id,
              invitationId: invitation.id,
              status: 'complete',
              answers: { i },
            }),
          ),
        );
        const fulfilled = outcomes.filter((o) => o.status === 'fulfilled');
        const rejected = outcomes.filter((o) => o.status === 'rejected');
        expect(fulfilled.length).toBe(1);
        expect(
          rejected.every((o) => o.reason instanceof StoreError && o.reason.code === 'already-complete'),
        ).toBe(true);
        expect(await store.responses.count({ projectId: project.id })).toBe(1);
      });
    });

    describe('streaming', () => {
      it(`streams ${streamCount} responses in stable order with bounded memory`, {
        timeout: 180_000,
      }, async () => {
        const { projectId } = { projectId: '01900000-0000-7000-8000-000000000001' };
        const summary = await store.importNdjson(largeExport(streamCount, sequentialId));
        expect(summary.projectId).toBe(projectId);
        expect(summary.counts.response).toBe(streamCount);

        const before = process.memoryUsage().heapUsed;
        let peak = before;
        let count = 0;
        let previous = '';
        let ordered = true;
        let wellbeingSum = 0;
        for await (const response of store.streamResponses({ projectId, batchSize: 2000 })) {
          if (response.id <= previous) ordered = false;
          previous = response.id;
          wellbeingSum += response.answers.wellbeing as number;
          count += 1;
          if (count % 5000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
        }
        expect(count).toBe(streamCount);
        expect(ordered).toBe(true);
        expect(previous).toBe(sequentialId(streamCount - 1));
        let expectedSum = 0;
        for (let i = 0; i < streamCount; i += 1) expectedSum += (i % 5) + 1;
        expect(wellbeingSum).toBe(expectedSum);
        // Holding every response would take far more than this (each parsed record is ~1 KiB).
        expect(peak - before).toBeLessThan(heapBound);
      });

      it('filters by wave, status and since', async () => {
        const { project, wave, openWave, alice } = await seedProject(store);
        await store.responses.save({
          waveId: wave.id,
          respondentId: alice.id,
          status: 'partial',
          answers: { n: 1 },
        });
        const open = await store.responses.save({
          waveId: openWave.id,
          status: 'complete',
          answers: { n: 2 },
        });
        expect(
          (await collect(store.streamResponses({ projectId: project.id }))).map((r) => r.answers),
        ).toEqual([{ n: 2 }]);
        expect(
          (await collect(store.streamResponses({ projectId: project.id, status: 'all', batchSize: 1 })))
            .length,
        ).toBe(2);
        expect(
          (
            await collect(store.streamResponses({ projectId: project.id, status: 'all', waveIds: [wave.id] }))
          ).map((r) => r.answers),
        ).toEqual([{ n: 1 }]);
        const later = new Date(Date.parse(open.response.updatedAt) + 60_000).toISOString();
        expect(await collect(store.streamResponses({ projectId: project.id, since: later }))).toEqual([]);
        expect(
          await collect(store.streamResponses({ projectId: project.id, since: open.response.updatedAt })),
        ).toEqual([open.response]);
      });
    });

    describe('erasure', () => {
      it('removes a respondent with responses, invitations and contact, and audits counts only', async () => {
        const { project, wave, openWave, alice, bob } = await seedProject(store);
        const invitation = await store.invitations.create({
          waveId: wave.id,
          respondentId: alice.id,
          tokenHash: uniqueTokenHash(),
        });
        await store.respondents.setContact(alice.id, { email: 'alice@example.org', name: 'Alice Peeters' });
        await store.responses.save({
          waveId: wave.id,
          invitationId: invitation.id,
          status: 'complete',
          answers: { wellbeing: 2 },
          idempotencyKey: 'alice-key',
        });
        await store.responses.save({
          waveId: openWave.id,
          respondentId: alice.id,
          status: 'partial',
          answers: {},
        });
        const kept = await store.responses.save({
          waveId: wave.id,
          respondentId: bob.id,
          status: 'complete',
          answers: {},
        });

        const summary = await store.eraseRespondent(project.id, alice.id, { actor: 'coordinator' });
        expect(summary).toMatchObject({ responses: 2, invitations: 1, contact: true });
        expect(await store.respondents.get(alice.id)).toBeUndefined();
        expect(await store.respondents.getContact(alice.id)).toBeUndefined();
        expect(await store.invitations.get(invitation.id)).toBeUndefined();
        expect(await store.responses.list({ projectId: project.id })).toEqual([kept.response]);
        const audit = await store.audit.list({ projectId: project.id });
        const entry = audit.find((e) => e.id === summary.auditEntryId);
        expect(entry).toMatchObject({
          action: 'respondent.erase',
          actor: 'coordinator',
          projectId: project.id,
        });
        const text = JSON.stringify(audit);
        expect(text).not.toContain(alice.id);
        expect(text).not.toContain('alice@example.org');
        // The idempotency key went with the response: using it again writes a new response.
        const reused = await store.responses.save({
          waveId: openWave.id,
          status: 'complete',
          answers: {},
          idempotencyKey: 'alice-key',
        });
        expect(reused.replayed).toBe(false);
        expect(await errorCode(store.eraseRespondent(project.id, alice.id))).toBe('not-found');
        // An id that differs from Bob's in its last character (never Bob's own id).
        const unknownId = bob.id.slice(0, -1) + (bob.id.endsWith('0') ? '1' : '0');
        expect(await errorCode(store.eraseRespondent(project.id, unknownId))).toBe('not-found');
      });
      it('redacts audit entries that mention the erased respondent, and only those', async () => {
        const { project, wave, alice, bob } = await seedProject(store);
        const tokenHash = uniqueTokenHash();
        const invitation = await store.invitations.create({
          waveId: wave.id,
          respondentId: alice.id,
          tokenHash,
        });
        await store.responses.save({
          waveId: wave.id,
          invitationId: invitation.id,
          status: 'complete',
          answers: { remarks: 'Mijn buurvrouw Jeanine helpt mij elke dinsdag' },
        });
        const mentions = [
          await store.audit.append({
            actor: 'cli',
            action: 'respondent.note',
            projectId: project.id,
            target: alice.id,
          }),
          await store.audit.append({
            actor: 'cli',
            action: 'invitation.resend',
            projectId: project.id,
            details: { invitation: invitation.id, hash: tokenHash },
          }),
          await store.audit.append({
            actor: 'cli',
            action: 'response.flag',
            projectId: project.id,
            details: { quote: 'Mijn buurvrouw Jeanine helpt mij elke dinsdag' },
          }),
        ];
        const unrelated = await store.audit.append({
          actor: 'cli',
          action: 'respondent.note',
          projectId: project.id,
          target: bob.id,
          details: { note: 'dinsdag' },
        });
        const summary = await store.eraseRespondent(project.id, alice.id);
        expect(summary.redactedAuditEntries).toBe(mentions.length);
        const audit = await store.audit.list({ projectId: project.id });
        const text = JSON.stringify(audit);
        for (const trace of [alice.id, invitation.id, tokenHash, 'Jeanine'])
          expect(text).not.toContain(trace);
        for (const mention of mentions) {
          const after = audit.find((entry) => entry.id === mention.id);
          // Who did what and when stays; what it was about is gone.
          expect(after).toMatchObject({ actor: 'cli', action: mention.action, at: mention.at });
          expect(after?.target).toBeUndefined();
          expect(after?.details).toEqual({ redacted: 'respondent.erase' });
        }
        expect(audit.find((entry) => entry.id === unrelated.id)).toEqual(unrelated);
      });
    });

    describe('NDJSON export and import', () => {
      it('round-trips every record exactly', async () => {
        const { project, survey, wave, alice, bob } = await seedProject(store);
        await store.projects.update(project.id, { context: { urbanisation: 'urban', population: 23_000 } });
        await store.surveys.saveDefinition(survey.id, { ...definition, title: { en: 'v2' } });
        const invitation = await store.invitations.create({
          waveId: wave.id,
          respondentId: alice.id,
          tokenHash: uniqueTokenHash(),
          expiresAt: '2030-01-01T00:00:00Z',
        });
        await store.respondents.setContact(bob.id, { phone: '+32 9 123 45 67' });
        await store.responses.save({
          waveId: wave.id,
          invitationId: invitation.id,
          status: 'complete',
          answers: { wellbeing: 4, nested: { list: [1, 2.5, null, 'x'], flag: false }, text: 'é ünïcode ✓' },
          idempotencyKey: 'k-1',
          language: 'fr',
        });
        await store.responses.save({ waveId: wave.id, respondentId: bob.id, status: 'partial', answers: {} });
        await store.audit.append({
          actor: 'cli',
          action: 'project.update',
          projectId: project.id,
          target: project.id,
        });

        const exported = await collect(store.exportNdjson(project.id));
        expect(exported.every((line) => line.endsWith('\n'))).toBe(true);
        const types = exported.map((line) => (JSON.parse(line) as { type: string }).type);
        expect(types[0]).toBe('header');
        expect(types.filter((t) => t === 'response').length).toBe(2);
        expect(types).toContain('contact');
        expect(types).toContain('responseKey');

        const target = await another();
        const summary = await target.importNdjson(exported);
        expect(summary.projectId).toBe(project.id);
        expect(summary.counts).toMatchObject({
          project: 1,
          survey: 1,
          surveyVersion: 2,
          wave: 2,
          respondent: 2,
        });
        const again = await collect(target.exportNdjson(project.id));
        expect(again.slice(1)).toEqual(exported.slice(1));

        // The restored store behaves like the original: replays and token lookups still work.
        const replay = await target.responses.save({
          waveId: wave.id,
          status: 'complete',
          answers: {},
          idempotencyKey: 'k-1',
        });
        expect(replay.replayed).toBe(true);
        expect((await target.invitations.getByTokenHash(invitation.tokenHash))?.id).toBe(invitation.id);

        // Importing a project that exists is refused.
        expect(await errorCode(store.importNdjson(exported))).toBe('duplicate');
      });

      it('accepts byte chunks split anywhere', async () => {
        const { project } = await seedProject(store);
        const text = (await collect(store.exportNdjson(project.id))).join('');
        const bytes = new TextEncoder().encode(text);
        const chunks = [];
        for (let i = 0; i < bytes.length; i += 7) chunks.push(bytes.subarray(i, i + 7));
        const target = await another();
        await target.importNdjson(chunks);
        expect(await target.projects.get(project.id)).toEqual(await store.projects.get(project.id));
      });

      it('rejects malformed imports and leaves nothing behind', async () => {
        const { project } = await seedProject(store);
        const exported = await collect(store.exportNdjson(project.id));
        const target = await another();
        const broken = [...exported.slice(0, 4), '{"type":"response","record":{"id":"x"}}\n'];
        expect(await errorCode(target.importNdjson(broken))).toBe('invalid-import');
        expect(await target.projects.get(project.id)).toBeUndefined();
        expect(await target.audit.list({ projectId: project.id })).toEqual([]);
        expect(await errorCode(target.importNdjson(['not json\n']))).toBe('invalid-import');
        expect(await errorCode(target.importNdjson(exported.slice(1)))).toBe('invalid-import');
        expect(await errorCode(target.importNdjson([]))).toBe('invalid-import');
        // After the failures the same export still imports cleanly.
        await target.importNdjson(exported);
        expect(await target.projects.get(project.id)).toEqual(await store.projects.get(project.id));
      });
    });

    describe('API keys and audit log', () => {
      it('finds active keys by hash and forgets revoked ones', async () => {
        const { project } = await seedProject(store);
        const { secret, hash } = createSecret('nbk_');
        const key = await store.apiKeys.create({
          name: 'Dashboard',
          role: 'viewer',
          projectId: project.id,
          keyHash: hash,
        });
        expect(await store.apiKeys.getByHash(hashSecret(secret))).toEqual(key);
        expect(await errorCode(store.apiKeys.create({ name: 'Again', role: 'admin', keyHash: hash }))).toBe(
          'duplicate',
        );
        const revoked = await store.apiKeys.revoke(key.id);
        expect(revoked.revokedAt).toBeDefined();
        expect(await store.apiKeys.getByHash(hash)).toBeUndefined();
        expect(await store.apiKeys.get(key.id)).toEqual(revoked);
        expect((await store.apiKeys.list()).map((k) => k.id)).toEqual([key.id]);
      });

      it('appends and lists audit entries in order', async () => {
        const { project } = await seedProject(store);
        const first = await store.audit.append({
          actor: 'cli',
          action: 'project.export',
          projectId: project.id,
        });
        const second = await store.audit.append({
          actor: 'key:1',
          action: 'apikey.create',
          details: { role: 'admin' },
        });
        expect((await store.audit.list()).map((e) => e.id)).toEqual([first.id, second.id]);
        expect((await store.audit.list({ projectId: project.id })).map((e) => e.id)).toEqual([first.id]);
        expect(await store.audit.list({ after: first.id })).toEqual([second]);
        expect('remove' in store.audit || 'delete' in store.audit || 'update' in store.audit).toBe(false);
      });
    });

    describe('accounts, sessions and one-time links', () => {
      const passwordHash =
        '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA';

      it('creates accounts by e-mail address in lower case, with roles per project, and updates them', async () => {
        const { project } = await seedProject(store);
        const email = `${uniqueSlug('coordinator')}@Example.org`;
        const account = await store.accounts.create({
          email: ` ${email} `,
          name: 'An Peeters',
          grants: [{ role: 'editor', projectId: project.id }],
        });
        expect(account).toMatchObject({ email: email.toLowerCase(), language: 'nl', status: 'invited' });
        expect(account.passwordHash).toBeUndefined();
        expect(await store.accounts.get(account.id)).toEqual(account);
        expect(await store.accounts.getByEmail(email.toUpperCase())).toEqual(account);
        expect(await store.accounts.getByEmail('nobody@example.org')).toBeUndefined();
        expect(await store.accounts.getByEmail('not an address')).toBeUndefined();
        expect(await errorCode(store.accounts.create({ email, name: 'Twin' }))).toBe('duplicate');
        expect(
          await errorCode(
            store.accounts.create({
              email: `x-${email}`,
              name: 'X',
              grants: [{ role: 'viewer', projectId: '0190b5f2-0000-7000-8000-000000000000' }],
            }),
          ),
        ).toBe('not-found');
        expect(await errorCode(store.accounts.create({ email: 'x', name: 'X' }))).toBe('invalid-input');
        expect(
          await errorCode(
            store.accounts.create({ email: `y-${email}`, name: 'Y', passwordHash: 'plain-text' }),
          ),
        ).toBe('invalid-input');

        const updated = await store.accounts.update(account.id, {
          passwordHash,
          status: 'active',
          language: 'fr',
          grants: [{ role: 'viewer', projectId: project.id }, { role: 'admin' }],
        });
        expect(updated).toMatchObject({
          status: 'active',
          language: 'fr',
          passwordHash,
          email: account.email,
        });
        expect(updated.grants).toEqual([{ role: 'viewer', projectId: project.id }, { role: 'admin' }]);
        expect(await store.accounts.get(account.id)).toEqual(updated);
        expect((await store.accounts.list()).map((a) => a.id)).toEqual([account.id]);
        expect(await errorCode(store.accounts.update(account.id, { name: '' }))).toBe('invalid-input');
        expect(
          await errorCode(store.accounts.update('0190b5f2-0000-7000-8000-000000000000', { name: 'Z' })),
        ).toBe('not-found');
      });

      it('finds unexpired sessions by token hash and ends one or all of an account', async () => {
        const account = await store.accounts.create({ email: `${uniqueSlug('s')}@example.org`, name: 'S' });
        const later = new Date(Date.now() + 3_600_000).toISOString();
        const one = await store.sessions.create({
          accountId: account.id,
          tokenHash: uniqueTokenHash(),
          expiresAt: later,
        });
        const two = await store.sessions.create({
          accountId: account.id,
          tokenHash: uniqueTokenHash(),
          expiresAt: later,
        });
        const stale = await store.sessions.create({
          accountId: account.id,
          tokenHash: uniqueTokenHash(),
          expiresAt: new Date(Date.now() - 1000).toISOString(),
        });
        expect(await store.sessions.getByTokenHash(one.tokenHash)).toEqual(one);
        expect(await store.sessions.getByTokenHash(stale.tokenHash)).toBeUndefined();
        expect(
          await errorCode(
            store.sessions.create({ accountId: account.id, tokenHash: one.tokenHash, expiresAt: later }),
          ),
        ).toBe('duplicate');
        expect(await store.sessions.delete(one.id)).toBe(true);
        expect(await store.sessions.delete(one.id)).toBe(false);
        expect(await store.sessions.getByTokenHash(one.tokenHash)).toBeUndefined();
        expect(await store.sessions.getByTokenHash(two.tokenHash)).toEqual(two);
        expect(await store.sessions.deleteForAccount(account.id)).toBeGreaterThanOrEqual(1);
        expect(await store.sessions.getByTokenHash(two.tokenHash)).toBeUndefined();
      });

      it('spends a one-time link once, refuses expired, reused, unknown and wrong-purpose tokens', async () => {
        const account = await store.accounts.create({ email: `${uniqueSlug('l')}@example.org`, name: 'L' });
        const later = new Date(Date.now() + 3_600_000).toISOString();
        const invite = await store.accountLinks.create({
          accountId: account.id,
          purpose: 'invitation',
          tokenHash: uniqueTokenHash(),
          expiresAt: later,
        });
        expect((await store.accountLinks.use(invite.tokenHash, 'password-reset')).status).toBe('unknown');
        const [first, second] = await Promise.all([
          store.accountLinks.use(invite.tokenHash, 'invitation'),
          store.accountLinks.use(invite.tokenHash, 'invitation'),
        ]);
        expect([first?.status, second?.status].sort()).toEqual(['already-used', 'used']);
        const used = first?.status === 'used' ? first : second;
        expect(used?.status === 'used' && used.link.accountId).toBe(account.id);
        expect((await store.accountLinks.use(invite.tokenHash, 'invitation')).status).toBe('already-used');
        expect((await store.accountLinks.use(uniqueTokenHash(), 'invitation')).status).toBe('unknown');

        const expired = await store.accountLinks.create({
          accountId: account.id,
          purpose: 'password-reset',
          tokenHash: uniqueTokenHash(),
          expiresAt: new Date(Date.now() - 1000).toISOString(),
        });
        expect((await store.accountLinks.use(expired.tokenHash, 'password-reset')).status).toBe('expired');

        const old = await store.accountLinks.create({
          accountId: account.id,
          purpose: 'password-reset',
          tokenHash: uniqueTokenHash(),
          expiresAt: later,
        });
        expect(await store.accountLinks.spendAll(account.id, 'password-reset')).toBe(2);
        expect((await store.accountLinks.use(old.tokenHash, 'password-reset')).status).toBe('already-used');
        expect(
          await errorCode(
            store.accountLinks.create({
              accountId: '0190b5f2-0000-7000-8000-000000000000',
              purpose: 'invitation',
              tokenHash: uniqueTokenHash(),
              expiresAt: later,
            }),
          ),
        ).toBe('not-found');
      });
    });

    describe('e-mail queue', () => {
      const later = (ms: number) => new Date(Date.now() + ms).toISOString();

      it('queues an e-mail, claims it once, and records the outcome', async () => {
        const { project, wave, alice } = await seedProject(store);
        const invitation = await store.invitations.create({
          waveId: wave.id,
          respondentId: alice.id,
          tokenHash: uniqueTokenHash(),
        });
        const queued = await store.mail.enqueue({
          kind: 'resident-invitation',
          to: 'alice@example.org',
          language: 'fr',
          projectId: project.id,
          waveId: wave.id,
          invitationId: invitation.id,
          respondentId: alice.id,
        });
        expect(queued).toMatchObject({
          status: 'queued',
          attempts: 0,
          to: 'alice@example.org',
          language: 'fr',
        });
        expect(await store.mail.get(queued.id)).toEqual(queued);

        const [claimed, ...more] = await store.mail.claimDue({ now: later(1000) });
        expect(more).toEqual([]);
        expect(claimed).toMatchObject({ id: queued.id, status: 'sending', attempts: 1 });
        // Claimed: a second worker gets nothing until the claim goes stale.
        expect(await store.mail.claimDue({ now: later(1000) })).toEqual([]);

        const retry = await store.mail.markRetry(queued.id, {
          nextAttemptAt: later(60_000),
          error: 'smtp-451',
        });
        expect(retry).toMatchObject({ status: 'queued', lastError: 'smtp-451' });
        expect(await store.mail.claimDue({ now: later(1000) })).toEqual([]);
        const [again] = await store.mail.claimDue({ now: later(120_000) });
        expect(again).toMatchObject({ id: queued.id, attempts: 2 });

        expect(again?.to).toBeDefined();
        const sent = await store.mail.markSent(queued.id);
        expect(sent.status).toBe('sent');
        expect(sent.sentAt).toBeDefined();
        // Sent, the address is no longer kept with the message.
        expect(sent.to).toBeUndefined();
        expect((await store.mail.get(queued.id))?.to).toBeUndefined();
        expect(await store.mail.claimDue({ now: later(24 * 3600_000) })).toEqual([]);
        expect(await store.mail.count({ waveId: wave.id, status: 'sent' })).toBe(1);
        expect(await store.mail.list({ invitationId: invitation.id })).toEqual([sent]);

        expect(await errorCode(store.mail.markSent('0190b5f2-0000-7000-8000-000000000000'))).toBe(
          'not-found',
        );
        expect(await errorCode(store.mail.markFailed(queued.id, 'Refused: alice@example.org'))).toBe(
          'invalid-input',
        );
        expect(
          await errorCode(store.mail.enqueue({ kind: 'reminder', to: 'not an address', language: 'nl' })),
        ).toBe('invalid-input');
      });

      it('keeps a scheduled e-mail until its time, and claims a stale one again', async () => {
        const { project, wave } = await seedProject(store);
        const at = later(3_600_000);
        const scheduled = await store.mail.enqueue({
          kind: 'reminder',
          to: 'bob@example.org',
          language: 'nl',
          projectId: project.id,
          waveId: wave.id,
          sendAt: at,
        });
        expect(scheduled).toMatchObject({ scheduledAt: at, nextAttemptAt: at });
        expect(await store.mail.claimDue({ now: later(1000) })).toEqual([]);
        const [claimed] = await store.mail.claimDue({ now: later(3_600_001), staleAfterMs: 60_000 });
        expect(claimed?.id).toBe(scheduled.id);
        // The worker died: after the stale time another claims it again.
        expect(await store.mail.claimDue({ now: later(3_630_000), staleAfterMs: 60_000 })).toEqual([]);
        const [reclaimed] = await store.mail.claimDue({ now: later(3_700_000), staleAfterMs: 60_000 });
        expect(reclaimed).toMatchObject({ id: scheduled.id, attempts: 2, status: 'sending' });
        const failed = await store.mail.markFailed(scheduled.id, 'smtp-550');
        expect(failed.status).toBe('failed');
        expect(failed.to).toBeUndefined();
        const cancelled = await store.mail.enqueue({ kind: 'reminder', to: 'c@example.org', language: 'en' });
        expect(cancelled.to).toBe('c@example.org');
        const settled = await store.mail.cancel(cancelled.id, 'completed');
        expect(settled.status).toBe('cancelled');
        expect(settled.to).toBeUndefined();
        expect(await store.mail.count({ waveId: wave.id })).toBe(1);
        expect(await store.mail.count({ kind: 'reminder' })).toBe(2);
      });

      it('never gives one message to two concurrent claims', async () => {
        for (let i = 0; i < 20; i += 1) {
          await store.mail.enqueue({ kind: 'reminder', to: `r${i}@example.org`, language: 'nl' });
        }
        const second = store;
        const claims = await Promise.all(
          Array.from({ length: 6 }, () => second.mail.claimDue({ now: later(1000), limit: 5 })),
        );
        const ids = claims.flat().map((message) => message.id);
        expect(ids).toHaveLength(20);
        expect(new Set(ids).size).toBe(20);
      });

      it('erases the e-mails of an erased respondent with their address', async () => {
        const { project, wave, alice, bob } = await seedProject(store);
        for (const respondent of [alice, bob]) {
          await store.mail.enqueue({
            kind: 'resident-invitation',
            to: `${respondent.group}@example.org`,
            language: 'nl',
            projectId: project.id,
            waveId: wave.id,
            respondentId: respondent.id,
          });
        }
        await store.eraseRespondent(project.id, alice.id);
        const left = await store.mail.list({ waveId: wave.id });
        expect(left.map((message) => message.respondentId)).toEqual([bob.id]);
      });
    });

    describe('lifecycle', () => {
      it('answers ping and refuses work after close', async () => {
        await expect(store.ping()).resolves.toBeUndefined();
        const closing = await another();
        await closing.close();
        expect(await errorCode(closing.ping())).toBe('closed');
        expect(await errorCode(closing.projects.list())).toBe('closed');
      });
    });
  });
}
