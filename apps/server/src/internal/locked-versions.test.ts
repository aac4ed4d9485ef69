import { openStore } from '@neighbourly/store';
import { describe, expect, it } from 'vitest';
import { LockedVersionCache } from './locked-versions.js';

describe('LockedVersionCache', () => {
  it('keeps locked versions and reads unlocked ones fresh', async () => {
    const store = await openStore('sqlite::memory:');
    const project = await store.projects.create({
      name: 'P',
      slug: 'p',
      languages: ['en'],
      frameworkId: 'x',
    });
    const survey = await store.surveys.create({
      projectId: project.id,
      name: 'S',
      definition: { elements: [{ type: 'text', name: 'q1' }] },
    });
    const cache = new LockedVersionCache(store);
    // Unlocked: a new definition replaces version 1, and the cache sees it.
    expect((await cache.get(survey.id, 1))?.locked).toBe(false);
    await store.surveys.saveDefinition(survey.id, { elements: [{ type: 'text', name: 'q2' }] });
    expect(JSON.stringify((await cache.get(survey.id, 1))?.definition)).toContain('q2');
    // Locked by a wave: read once, then served from memory even if the store were to change underneath.
    await store.waves.create({
      projectId: project.id,
      surveyId: survey.id,
      label: 'W',
      access: 'open',
      status: 'open',
    });
    const first = await cache.get(survey.id, 1);
    expect(first?.locked).toBe(true);
    await store.close();
    expect(await cache.get(survey.id, 1)).toBe(first);
  });
});
