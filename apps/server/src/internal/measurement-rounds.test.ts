import type { Wave } from '@neighbourly/store';
import { describe, expect, it } from 'vitest';
import { measurementRounds } from './project-analysis.js';

const wave = (id: string, surveyId: string, label: string) => ({ id, surveyId, label }) as Wave;

describe('measurementRounds', () => {
  it('puts waves of different questionnaires with one label in one round, in order of first wave', () => {
    const rounds = measurementRounds([
      wave('r1', 'residents', 'Baseline'),
      wave('s1', 'staff', 'Baseline'),
      wave('r2', 'residents', 'End'),
      wave('s2', 'staff', 'End'),
      wave('v1', 'volunteers', 'Baseline'),
    ]);
    expect(rounds.map((round) => [round.id, round.label, round.waves.map((w) => w.id)])).toEqual([
      ['r1', 'Baseline', ['r1', 's1', 'v1']],
      ['r2', 'End', ['r2', 's2']],
    ]);
  });

  it('keeps two waves of the same questionnaire apart, whatever their labels', () => {
    const rounds = measurementRounds([
      wave('a', 'residents', 'Wave'),
      wave('b', 'residents', 'Wave'),
      wave('c', 'staff', 'Wave'),
    ]);
    expect(rounds.map((round) => round.waves.map((w) => w.id))).toEqual([['a', 'c'], ['b']]);
  });
});
