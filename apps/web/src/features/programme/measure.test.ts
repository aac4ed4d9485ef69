import type { ProgrammeResults } from '@neighbourly/core';
import { describe, expect, it } from 'vitest';
import { defaultMeasure, measuredIndicatorIds, measureKey, measuresOf, sameMeasure } from './measure';

const programme = (waves: string[], changes: { from: string; to: string }[]) =>
  ({ waves, changes }) as unknown as ProgrammeResults;

describe('programme measures', () => {
  it('lists each round, then each change, with distinct keys', () => {
    const measures = measuresOf(
      programme(
        ['baseline', 'mid', 'end'],
        [
          { from: 'baseline', to: 'mid' },
          { from: 'mid', to: 'end' },
          { from: 'baseline', to: 'end' },
        ],
      ),
    );
    expect(measures.map(measureKey)).toEqual([
      'wave:baseline',
      'wave:mid',
      'wave:end',
      'change:baseline:mid',
      'change:mid:end',
      'change:baseline:end',
    ]);
  });
  it('starts on the change from the first round to the last, else on the last round', () => {
    const three = programme(
      ['a', 'b', 'c'],
      [
        { from: 'a', to: 'b' },
        { from: 'a', to: 'c' },
      ],
    );
    expect(defaultMeasure(three)).toEqual({ kind: 'change', from: 'a', to: 'c' });
    expect(defaultMeasure(programme(['a'], []))).toEqual({ kind: 'wave', waveId: 'a' });
    expect(defaultMeasure(programme([], []))).toBeUndefined();
    expect(sameMeasure({ kind: 'wave', waveId: 'a' }, { kind: 'change', from: 'a', to: 'a' })).toBe(false);
  });
  it('counts an indicator as measured when any project published it or had too few for it in any round', () => {
    const coverage = [
      { projectId: 'a', indicatorId: 'published', waves: { r1: 'absent', r2: 'measured' } },
      { projectId: 'a', indicatorId: 'small', waves: { r1: 'suppressed', r2: 'absent' } },
      { projectId: 'a', indicatorId: 'never', waves: { r1: 'absent', r2: 'absent' } },
      { projectId: 'b', indicatorId: 'never', waves: { r1: 'absent', r2: 'absent' } },
    ];
    const ids = measuredIndicatorIds({ coverage } as unknown as ProgrammeResults);
    expect([...ids].sort()).toEqual(['published', 'small']);
  });
});
