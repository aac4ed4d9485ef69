import { describe, expect, it } from 'vitest';
import fixtures from '../fixtures/standardize.json';
import { expectClose } from '../test/close.js';
import { standardize } from './standardize.js';

describe('standardize', () => {
  for (const c of fixtures.cases) {
    it(`matches scipy zscore(ddof=1, nan_policy='omit') on ${c.name}`, () => {
      const result = standardize(c.rows);
      expect(result).toHaveLength(c.expected.length);
      c.expected.forEach((row, i) => {
        row.forEach((want, j) => {
          if (want === null) expect(result[i]![j], `[${i}][${j}] stays missing`).toBeNull();
          else expectClose(result[i]![j]!, want, `[${i}][${j}]`);
        });
      });
    });
  }

  it('keeps NaN as NaN and undefined as null', () => {
    const out = standardize([
      [1, Number.NaN],
      [2, 5],
      [3, 7],
      [undefined, 9],
    ]);
    expect(out[0]![1]).toBeNaN();
    expect(out[3]![0]).toBeNull();
    expect(out[1]![0]).toBe(0);
  });

  it('rejects constant columns, ragged rows and columns with one value', () => {
    expect(() =>
      standardize([
        [1, 2],
        [1, 3],
      ]),
    ).toThrow(expect.objectContaining({ code: 'zero-variance' }));
    expect(() => standardize([[1, 2], [3]])).toThrow(expect.objectContaining({ code: 'non-rectangular' }));
    expect(() =>
      standardize([
        [1, null],
        [2, 3],
      ]),
    ).toThrow(expect.objectContaining({ code: 'too-few-observations' }));
  });
});
