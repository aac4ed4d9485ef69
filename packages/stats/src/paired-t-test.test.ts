import { describe, expect, it } from 'vitest';
import fixtures from '../fixtures/paired.json';
import { expectAllClose, expectClose, expectP } from '../test/close.js';
import { pairedTTest } from './paired-t-test.js';

describe('pairedTTest', () => {
  for (const c of fixtures.cases) {
    it(`matches scipy ttest_rel on ${c.name}`, () => {
      const r = pairedTTest(c.a, c.b);
      expectClose(r.t, c.paired.t, 't');
      expect(r.df).toBe(c.paired.df);
      expectP(r.p, c.paired.p, 'p');
      expectClose(r.meanDiff, c.paired.meanDiff, 'meanDiff');
      expectAllClose(r.ci95, c.paired.ci95, 'ci95');
    });
  }

  it('rejects different lengths', () => {
    expect(() => pairedTTest([1, 2, 3], [1, 2])).toThrow(
      expect.objectContaining({ code: 'mismatched-lengths' }),
    );
  });

  it('drops incomplete pairs, then needs two of them', () => {
    expect(() => pairedTTest([1, null, 3], [2, 5, Number.NaN])).toThrow(
      expect.objectContaining({ code: 'too-few-observations' }),
    );
  });

  it('rejects constant differences', () => {
    expect(() => pairedTTest([2, 3, 4], [1, 2, 3])).toThrow(
      expect.objectContaining({ code: 'zero-variance' }),
    );
  });
});
