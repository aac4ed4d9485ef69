import { describe, expect, it } from 'vitest';
import { averageRanks } from './rank.js';

/** The definition: a value's average rank is (values below it) + (values equal to it, itself included, + 1) / 2. */
function definitionRanks(values: number[]) {
  return values.map((v) => {
    const below = values.filter((w) => w < v).length;
    const equal = values.filter((w) => w === v).length;
    return below + (equal + 1) / 2;
  });
}

describe('averageRanks', () => {
  it('gives each value its average rank and the tie term, on tied, negative and -0 values', () => {
    let seed = 3;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (const size of [1, 2, 7, 200]) {
      const values = Array.from({ length: size }, () =>
        random() < 0.1 ? -0 : Math.round(random() * 10 - 5) / (random() < 0.5 ? 1 : 4),
      );
      const { ranks, tieTerm } = averageRanks(Float64Array.from(values));
      expect([...ranks]).toEqual(definitionRanks(values));
      const groups = new Map<number, number>();
      for (const v of values) groups.set(v, (groups.get(v) ?? 0) + 1);
      expect(tieTerm).toBe([...groups.values()].reduce((sum, t) => sum + t ** 3 - t, 0));
    }
  });
});
