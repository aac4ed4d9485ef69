import { describe, expect, it } from 'vitest';
import fixtures from '../fixtures/clustering.json';
import { cutTree } from './cut-tree.js';
import type { Merge } from './hierarchical-clustering.js';

describe('cutTree', () => {
  for (const c of fixtures.cases) {
    for (const [method, cuts] of Object.entries(c.cutTree)) {
      it(`matches scipy cut_tree on ${c.name} / ${method}`, () => {
        const merges = (c.linkage as Record<string, number[][]>)[method] as Merge[];
        for (const [k, labels] of Object.entries(cuts as Record<string, number[]>)) {
          expect(cutTree(merges, Number(k)), `k=${k}`).toEqual(labels);
        }
      });
    }
  }

  it('numbers clusters in order of first appearance', () => {
    const merges: Merge[] = [
      [1, 3, 1, 2],
      [0, 2, 2, 2],
      [4, 5, 9, 4],
    ];
    expect(cutTree(merges, 2)).toEqual([0, 1, 0, 1]);
    expect(cutTree(merges, 4)).toEqual([0, 1, 2, 3]);
    expect(cutTree(merges, 1)).toEqual([0, 0, 0, 0]);
  });

  it('rejects a bad k and malformed merges', () => {
    const merges: Merge[] = [[0, 1, 1, 2]];
    expect(() => cutTree(merges, 3)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => cutTree(merges, 0)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => cutTree([[0, 0, 1, 2]], 1)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => cutTree([[0, 5, 1, 2]], 1)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});
