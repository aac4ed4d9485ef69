import { describe, expect, it } from 'vitest';
import fixtures from '../fixtures/clustering.json';
import { expectClose } from '../test/close.js';
import { silhouetteScore } from './silhouette-score.js';

describe('silhouetteScore', () => {
  for (const c of fixtures.cases) {
    for (const [k, { labels, score }] of Object.entries(
      c.silhouette as Record<string, { labels: number[]; score: number }>,
    )) {
      it(`matches the reference (sklearn definition) on ${c.name}, k=${k}`, () => {
        expectClose(silhouetteScore(c.rows, labels), score, 'silhouette');
      });
    }
  }

  it('accepts string labels and computes s = (b - a) / max(a, b) per row', () => {
    // rows 0 and 3: a = 1, b = 10.5; rows 1 and 2: a = 1, b = 9.5
    const expected = (9.5 / 10.5 + 8.5 / 9.5) / 2;
    expect(silhouetteScore([[0], [1], [10], [11]], ['a', 'a', 'b', 'b'])).toBeCloseTo(expected, 14);
  });

  it('rejects one cluster, n clusters and mismatched labels', () => {
    const rows = [[0], [1], [2]];
    expect(() => silhouetteScore(rows, [0, 0, 0])).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
    expect(() => silhouetteScore(rows, [0, 1, 2])).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
    expect(() => silhouetteScore(rows, [0, 1])).toThrow(
      expect.objectContaining({ code: 'mismatched-lengths' }),
    );
  });
});
