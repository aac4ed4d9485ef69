import { IndicatorSetSchema } from '@neighbourly/core';
import { createDemoProject } from '@neighbourly/demo';
import { openSqliteStore } from '@neighbourly/store';
import { listAnswerFields } from '@neighbourly/surveys';
import { describe, expect, it } from 'vitest';
import { seedDemoProject } from './seed-demo-project.js';

describe('seedDemoProject', () => {
  it('seeds the residents and the process round as questionnaires sharing three rounds', async () => {
    const store = await openSqliteStore({ filename: ':memory:' });
    try {
      const demo = createDemoProject();
      const summary = await seedDemoProject(store, demo);
      expect(summary).toMatchObject({ waves: 3, questionnaires: 1 + demo.processRound.surveys.length });
      const waves = await store.waves.list(summary.projectId, { limit: 100 });
      expect(waves).toHaveLength(3 * summary.questionnaires);
      expect(new Set(waves.map((wave) => wave.label))).toEqual(new Set(demo.waves.map((wave) => wave.label)));

      // Every indicator of the project reads the questions of one of the seeded questionnaires.
      const project = await store.projects.get(summary.projectId);
      const set = IndicatorSetSchema.parse(project?.indicatorSet);
      const surveys = [demo.survey, ...demo.processRound.surveys];
      const fieldSets = surveys.map(
        (survey) => new Set(listAnswerFields(survey.definition).map((field) => field.name)),
      );
      for (const indicator of set.indicators) {
        expect(fieldSets.some((fields) => indicator.items.every((item) => fields.has(item)))).toBe(true);
      }
      const seeded = set.indicators.map((indicator) => indicator.id);
      for (const indicator of demo.processRound.indicators) expect(seeded).toContain(indicator.id);
    } finally {
      await store.close();
    }
  });

  it('leaves out indicators no seeded questionnaire feeds', async () => {
    const store = await openSqliteStore({ filename: ':memory:' });
    try {
      const demo = createDemoProject();
      // Without the process round, its indicators would have nothing to read.
      const { processRound: _, ...residentsOnly } = demo;
      const summary = await seedDemoProject(store, residentsOnly);
      expect(summary.questionnaires).toBe(1);
      const project = await store.projects.get(summary.projectId);
      const seeded = IndicatorSetSchema.parse(project?.indicatorSet).indicators.map(
        (indicator) => indicator.id,
      );
      expect(seeded.length).toBeGreaterThanOrEqual(5);
      for (const indicator of demo.processRound.indicators) expect(seeded).not.toContain(indicator.id);
    } finally {
      await store.close();
    }
  });
});
