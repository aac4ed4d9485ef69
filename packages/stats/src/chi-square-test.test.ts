import { describe, expect, it } from 'vitest';
import fixtures from '../fixtures/chi-square.json';
import { expectClose, expectP } from '../test/close.js';
import { chiSquareTest } from './chi-square-test.js';

describe('chiSquareTest', () => {
  for (const c of fixtures.cases) {
    it(`matches chi2_contingency(correction=False) on ${c.name}`, () => {
      const r = chiSquareTest(c.table);
      expectClose(r.chi2, c.expected.chi2, 'chi2');
      expect(r.df).toBe(c.expected.df);
      expectP(r.p, c.expected.p, 'p');
      expectClose(r.cramersV, c.expected.cramersV, 'cramersV');
    });
  }

  it('rejects ragged, too small, negative and empty-margin tables', () => {
    expect(() => chiSquareTest([[1, 2], [3]])).toThrow(expect.objectContaining({ code: 'non-rectangular' }));
    expect(() => chiSquareTest([[1, 2]])).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() =>
      chiSquareTest([
        [1, -2],
        [3, 4],
      ]),
    ).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() =>
      chiSquareTest([
        [0, 2],
        [0, 4],
      ]),
    ).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});
