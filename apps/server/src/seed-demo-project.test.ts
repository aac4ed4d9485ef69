import { IndicatorSetSchema } from '@neighbourly/core';
import { createDemoProject } from '@neighbourly/demo';
import { openSqliteStore } from '@neighbourly/store';
import { listAnswerFields } from '@neighbourly/surveys';
import { describe, expect, it } from 'vitest';
import { seedDemoProject } from './seed-demo-project.js';

describe('seedDemoProject', () => {
  it('gives the project only indicators its survey feeds (the staff round stays out)', async () => {
    const store = await openSqliteStore({ filename: ':memory:' });
    try {
      const demo = createDemoProject();
      const summary = await seedDemoProject(store, demo);
      const project = await store.projects.get(summary.projectId);
      const set = IndicatorSetSchema.parse(project?.indicatorSet);
      const fields = new Set(listAnswerFields(demo.survey.definition).map((field) => field.name));
      expect(set.indicators.length).toBeGreaterThanOrEqual(5);
      for (const indicator of set.indicators) {
        for (const item of indicator.items) expect(fields).toContain(item);
      }
      // The demo's process indicators read the staff and volunteer questionnaire, which is not seeded.
      const processIds = demo.processRound.indicators.map((indicator) => indicator.id);
      expect(processIds.length).toBeGreaterThan(0);
      const seeded = set.indicators.map((indicator) => indicator.id);
      for (const id of processIds) expect(seeded).not.toContain(id);
    } finally {
      await store.close();
    }
  });
});
