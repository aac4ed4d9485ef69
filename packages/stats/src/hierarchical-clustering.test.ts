import { describe, expect, it } from 'vitest';
import fixtures from '../fixtures/clustering.json';
import { expectClose } from '../test/close.js';
import { hierarchicalClustering, type LinkageMethod } from './hierarchical-clustering.js';

const methods: LinkageMethod[] = ['ward', 'complete', 'average', 'single'];

describe('hierarchicalClustering', () => {
  for (const c of fixtures.cases) {
    for (const method of methods) {
      it(`matches scipy linkage(method='${method}') on ${c.name} (n=${c.rows.length})`, () => {
        const { merges } = hierarchicalClustering(c.rows, { method });
        const expected = c.linkage[method];
        expect(merges).toHaveLength(expected.length);
        merges.forEach((merge, r) => {
          const want = expected[r]!;
          expect([merge[0], merge[1], merge[3]], `merge ${r}`).toEqual([want[0], want[1], want[3]]);
          expectClose(merge[2], want[2]!, `merge ${r} distance`);
        });
      });
    }
  }

  it('accepts a row-major Float64Array', () => {
    const rows = fixtures.cases.find((c) => c.name === 'blobs')!.rows;
    const data = Float64Array.from(rows.flat());
    expect(hierarchicalClustering({ data, columns: 3 })).toEqual(hierarchicalClustering(rows));
  });

  it('rejects missing values, a single row, ragged rows and unknown methods', () => {
    expect(() =>
      hierarchicalClustering([
        [1, 2],
        [3, null],
      ]),
    ).toThrow(expect.objectContaining({ code: 'missing-values' }));
    expect(() => hierarchicalClustering([[1, 2]])).toThrow(
      expect.objectContaining({ code: 'too-few-observations' }),
    );
    expect(() => hierarchicalClustering([[1, 2], [3]])).toThrow(
      expect.objectContaining({ code: 'non-rectangular' }),
    );
    expect(() => hierarchicalClustering([[1], [2]], { method: 'centroid' as LinkageMethod })).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
  });
});
