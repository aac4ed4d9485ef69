import { describe, expect, it } from 'vitest';
import fixtures from '../fixtures/two-sample.json';
import { expectClose, expectP } from '../test/close.js';
import { mannWhitneyU } from './mann-whitney-u.js';

describe('mannWhitneyU', () => {
  for (const c of fixtures.cases) {
    it(`matches scipy mannwhitneyu(method='asymptotic') on ${c.name}`, () => {
      const r = mannWhitneyU(c.a, c.b);
      expectClose(r.U, c.mannWhitneyU.U, 'U');
      expectClose(r.z, c.mannWhitneyU.z, 'z');
      expectP(r.p, c.mannWhitneyU.p, 'p');
    });
  }

  it('rejects empty samples and all-equal values', () => {
    expect(() => mannWhitneyU([], [1, 2])).toThrow(expect.objectContaining({ code: 'too-few-observations' }));
    expect(() => mannWhitneyU([3, 3], [3])).toThrow(expect.objectContaining({ code: 'zero-variance' }));
  });

  it('gives p = 1 and z = 0 when U is at its mean', () => {
    expect(mannWhitneyU([1, 4], [2, 3])).toEqual({ U: 2, z: 0, p: 1 });
  });
});
