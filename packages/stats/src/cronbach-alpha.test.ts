import { describe, expect, it } from 'vitest';
import fixtures from '../fixtures/cronbach-alpha.json';
import { expectAllClose, expectClose } from '../test/close.js';
import { cronbachAlpha } from './cronbach-alpha.js';

describe('cronbachAlpha', () => {
  for (const c of fixtures.cases) {
    it(`matches the numpy formula with listwise deletion on ${c.name}`, () => {
      const r = cronbachAlpha(c.rows);
      expect(r.n).toBe(c.expected.n);
      expect(r.k).toBe(c.expected.k);
      expectClose(r.alpha, c.expected.alpha, 'alpha');
      expectAllClose(r.alphaIfItemDeleted, c.expected.alphaIfItemDeleted, 'alphaIfItemDeleted');
    });

    it(`gives the same on a row-major Float64Array for ${c.name}`, () => {
      const k = c.expected.k;
      const data = Float64Array.from(c.rows.flat(), (v) => (v === null ? Number.NaN : v));
      const r = cronbachAlpha({ data, columns: k });
      const fromRows = cronbachAlpha(c.rows);
      expect(r.n).toBe(fromRows.n);
      expectClose(r.alpha, fromRows.alpha, 'alpha', 1e-14);
    });
  }

  it('rejects ragged rows, one item, too few rows and a constant total', () => {
    expect(() => cronbachAlpha([[1, 2], [3]])).toThrow(expect.objectContaining({ code: 'non-rectangular' }));
    expect(() => cronbachAlpha({ data: [1, 2, 3], columns: 2 })).toThrow(
      expect.objectContaining({ code: 'non-rectangular' }),
    );
    expect(() => cronbachAlpha([[1], [2]])).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() =>
      cronbachAlpha([
        [1, 2],
        [3, null],
      ]),
    ).toThrow(expect.objectContaining({ code: 'too-few-observations' }));
    expect(() =>
      cronbachAlpha([
        [1, 3],
        [2, 2],
        [3, 1],
      ]),
    ).toThrow(expect.objectContaining({ code: 'zero-variance' }));
  });

  it('throws rather than dividing by ~0 when the rest of the scale is constant', () => {
    expect(() =>
      cronbachAlpha([
        [1, 2, 2],
        [2, 2, 2],
        [4, 2, 2],
      ]),
    ).toThrow(expect.objectContaining({ code: 'zero-variance' }));
  });
});
