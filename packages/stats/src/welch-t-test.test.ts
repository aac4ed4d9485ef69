import { describe, expect, it } from 'vitest';
import fixtures from '../fixtures/two-sample.json';
import { expectAllClose, expectClose, expectP } from '../test/close.js';
import { welchTTest } from './welch-t-test.js';

describe('welchTTest', () => {
  for (const c of fixtures.cases) {
    const welch = 'welch' in c ? c.welch : undefined;
    if (!welch) continue;
    it(`matches scipy ttest_ind(equal_var=False) on ${c.name}`, () => {
      const r = welchTTest(c.a, c.b);
      expectClose(r.t, welch.t, 't');
      expectClose(r.df, welch.df, 'df');
      expectP(r.p, welch.p, 'p');
      expectClose(r.meanDiff, welch.meanDiff, 'meanDiff');
      expectAllClose(r.ci95, welch.ci95, 'ci95');
    });
  }

  it('needs two values per sample and some variance', () => {
    expect(() => welchTTest([1], [2, 3])).toThrow(expect.objectContaining({ code: 'too-few-observations' }));
    expect(() => welchTTest([1, null, 2], [Number.NaN])).toThrow(
      expect.objectContaining({ code: 'too-few-observations' }),
    );
    expect(() => welchTTest([2, 2, 2], [5, 5])).toThrow(expect.objectContaining({ code: 'zero-variance' }));
  });

  it('accepts one constant sample (the other carries the variance)', () => {
    const r = welchTTest([2, 2, 2], [1, 3, 5]);
    expect(r.df).toBeCloseTo(2, 12);
    expect(r.t).toBeCloseTo(-1 / Math.sqrt(4 / 3), 12);
  });
});
