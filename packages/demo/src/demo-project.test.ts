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

  describe('the process round among staff and volunteers', () => {
    const round = demo.processRound;

    it('answers the process template of each group, in every wave, in a way the survey accepts', () => {
      expect(round.surveys.map((survey) => survey.group)).toEqual([
        'volunteer',
        'professional',
        'coordinator',
      ]);
      const groupOf = new Map(round.respondents.map((respondent) => [respondent.key, respondent.group]));
      const residents = new Set(demo.respondents.map((respondent) => respondent.key));
      for (const response of round.responses) {
        expect(groupOf.get(response.respondentKey)).toBe(response.group);
        expect(residents.has(response.respondentKey)).toBe(false);
        const survey = round.surveys.find((entry) => entry.group === response.group)!;
        const result = validateResponse(survey.definition, response.answers);
        if (!result.ok) throw new Error(`${response.respondentKey}: ${JSON.stringify(result.issues)}`);
      }
      for (const wave of demo.waves) {
        const inWave = round.responses.filter((response) => response.waveKey === wave.key);
        expect(inWave.filter((response) => response.group === 'volunteer').length).toBeGreaterThanOrEqual(10);
        expect(inWave.filter((response) => response.group !== 'volunteer').length).toBeGreaterThanOrEqual(5);
      }
    });

    it('is deterministic and leaves the resident panel as it is', () => {
      expect(createDemoProject().processRound).toEqual(round);
      expect(createDemoProject({ seed: 7 }).processRound.responses).not.toEqual(round.responses);
      expect(demo.respondents).toHaveLength(180);
      expect(new Set(demo.responses.map((response) => response.waveKey))).toEqual(
        new Set(demo.waves.map((wave) => wave.key)),
      );
    });

    it('measures every process objective, improving modestly, and suppresses what is too small', async () => {
      const processIds = new Set(demo.framework.processObjectives.map((objective) => objective.id));
      const measured = new Set(
        demo.indicators
          .filter((indicator) => processIds.has(indicator.objectiveId))
          .map((i) => i.objectiveId),
      );
      expect(measured).toEqual(processIds);

      const results = await computeIndicators({
        definitions: demo.indicators,
        records: demoRecords(demo),
        groupBy: demo.groupBy,
        scorers: demo.scorers,
      });
      expect(results.issues).toEqual([]);
      const overall = (indicatorId: string, waveId: string) =>
        results.cells.find(
          (cell) =>
            cell.indicatorId === indicatorId &&
            cell.waveId === waveId &&
            Object.keys(cell.group).length === 0,
        );
      const statements = round.indicators.filter((indicator) => indicator.id.startsWith('process-'));
      expect(statements).toHaveLength(7);
      for (const indicator of statements) {
        for (const wave of demo.waves) {
          const cell = overall(indicator.id, wave.key);
          expect(cell?.suppressed, `${indicator.id} in ${wave.key}`).toBe(false);
          // Agreement 1-5: plausible process scores, not the extremes.
          expect(cell?.value).toBeGreaterThan(2);
          expect(cell?.value).toBeLessThan(4.5);
        }
        const change = overall(indicator.id, 'end')!.value! - overall(indicator.id, 'baseline')!.value!;
        expect(change, indicator.id).toBeGreaterThan(0);
        expect(change, indicator.id).toBeLessThan(1);
      }
      // Two coordinators report the staffing: too few to publish, so no number comes out.
      for (const wave of demo.waves) {
        const fte = overall('staff-fte', wave.key);
        expect(fte?.suppressed).toBe(true);
        expect(fte?.value).toBeUndefined();
      }
      // Volunteers and staff can be compared: both roles pass the minimum cell size.
      const roles = results.cells.filter(
        (cell) =>
          cell.indicatorId === 'process-communication' && cell.waveId === 'end' && 'role' in cell.group,
      );
      expect(roles.map((cell) => [cell.group.role, cell.suppressed]).sort()).toEqual([
        ['staff', false],
        ['volunteer', false],
      ]);
    });
  });
});
