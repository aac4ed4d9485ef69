import { describe, expect, it } from 'vitest';
import fixtures from '../fixtures/paired.json';
import { expectClose, expectP } from '../test/close.js';
import { wilcoxonSignedRank } from './wilcoxon-signed-rank.js';

describe('wilcoxonSignedRank', () => {
  for (const c of fixtures.cases) {
    it(`matches scipy wilcoxon(zero_method='wilcox', correction=False, method='asymptotic') on ${c.name}`, () => {
      const r = wilcoxonSignedRank(c.a, c.b);
      expectClose(r.W, c.wilcoxon.W, 'W');
      expectClose(r.z, c.wilcoxon.z, 'z');
      expectP(r.p, c.wilcoxon.p, 'p');
      expectClose(r.wPlus, c.wilcoxon.wPlus, 'wPlus');
      expectClose(r.wMinus, c.wilcoxon.wMinus, 'wMinus');
      expect(r.n).toBe(c.wilcoxon.n);
    });
  }

  it('drops zero differences before ranking', () => {
    const withZeros = wilcoxonSignedRank([5, 6, 7, 6, 8, 3, 3], [4, 6, 5, 5, 5, 3, 3]);
    const without = wilcoxonSignedRank([5, 7, 6, 8], [4, 5, 5, 5]);
    expect(withZeros).toEqual(without);
    expect(without.n).toBe(4);
  });

  it('rejects different lengths and all-zero differences', () => {
    expect(() => wilcoxonSignedRank([1], [1, 2])).toThrow(
      expect.objectContaining({ code: 'mismatched-lengths' }),
    );
    expect(() => wilcoxonSignedRank([1, 2], [1, 2])).toThrow(
      expect.objectContaining({ code: 'too-few-observations' }),
    );
  });
});
