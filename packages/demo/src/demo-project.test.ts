import { compareWaves, computeIndicators } from '@neighbourly/core';
import { validateResponse } from '@neighbourly/surveys';
import { describe, expect, it } from 'vitest';
import { createDemoProject } from './demo-project.js';
import { demoRecords } from './demo-records.js';

describe('createDemoProject', () => {
  const demo = createDemoProject();

  it('is the same for the same seed and different for another', () => {
    expect(createDemoProject().responses).toEqual(demo.responses);
    expect(createDemoProject({ seed: 7 }).responses).not.toEqual(demo.responses);
  });

  it('has three waves with panel members linked across them', () => {
    expect(demo.waves.map((wave) => wave.key)).toEqual(['baseline', 'mid-term', 'end']);
    const wavesPerPerson = new Map<string, Set<string>>();
    for (const response of demo.responses) {
      const waves = wavesPerPerson.get(response.respondentKey) ?? new Set();
      waves.add(response.waveKey);
      wavesPerPerson.set(response.respondentKey, waves);
    }
    const inAllThree = [...wavesPerPerson.values()].filter((waves) => waves.size === 3).length;
    expect(inAllThree).toBeGreaterThan(40);
    for (const wave of demo.waves) {
      const count = demo.responses.filter((response) => response.waveKey === wave.key).length;
      expect(count).toBeGreaterThan(100);
      expect(count).toBeLessThan(180);
    }
  });

  it('answers every question in a way the survey accepts', () => {
    for (const response of demo.responses) {
      const result = validateResponse(demo.survey.definition, response.answers);
      if (!result.ok) throw new Error(`${response.respondentKey}: ${JSON.stringify(result.issues)}`);
    }
  });

  it('tells the story it promises: encounters and signalling improve, well-being hardly moves', async () => {
    const results = await computeIndicators({
      definitions: demo.indicators,
      records: demoRecords(demo),
      groupBy: demo.groupBy,
      scorers: demo.scorers,
    });
    expect(results.issues).toEqual([]);
    const comparison = compareWaves(results, { from: 'baseline', to: 'end', groups: 'overall' });
    const byId = new Map(comparison.comparisons.map((item) => [item.indicatorId, item]));
    expect(byId.get('meets-neighbours-weekly')?.change).toBeGreaterThan(0.1);
    expect(byId.get('meets-neighbours-weekly')?.significant).toBe(true);
    expect(byId.get('knows-where-to-signal')?.significant).toBe(true);
    expect(Math.abs(byId.get('social-cohesion-score')?.change ?? 1)).toBeLessThan(0.6);
    expect(byId.get('often-lonely')?.change).toBeLessThan(0);
    // Breakdowns by age band exist and small cells are suppressed, never shown.
    const ageCells = results.cells.filter((cell) => 'age_band' in cell.group);
    expect(ageCells.length).toBeGreaterThan(0);
    for (const cell of ageCells.filter((c) => c.suppressed)) expect(cell.value).toBeUndefined();
  });
});
