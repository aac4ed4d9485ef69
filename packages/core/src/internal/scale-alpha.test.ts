import { cronbachAlpha } from '@neighbourly/stats';
import { describe, expect, it } from 'vitest';
import { random as seeded } from '../../test/builders.js';
import { alphaPerWave } from './scale-alpha.js';

describe('alphaPerWave', () => {
  it('equals cronbachAlpha of @neighbourly/stats on each wave’s complete, recoded rows', () => {
    const random = seeded(11);
    const length = 3000;
    const k = 4;
    const items = Array.from({ length: k }, () => new Float64Array(length));
    const wave = new Int32Array(length);
    const population = new Uint8Array(length);
    for (let r = 0; r < length; r++) {
      wave[r] = r % 3;
      population[r] = random() < 0.9 ? 1 : 0;
      const trait = random() * 4;
      for (let j = 0; j < k; j++) {
        const answer = Math.max(1, Math.min(5, Math.round(1 + trait + (random() - 0.5) * 2)));
        // Item 3 is reverse-keyed; 5% missing; an occasional 9 (off the scale) counts as missing.
        const value = j === 3 ? 6 - answer : answer;
        (items[j] as Float64Array)[r] = random() < 0.05 ? Number.NaN : random() < 0.01 ? 9 : value;
      }
    }
    const reverse = [false, false, false, true];
    const alphas = alphaPerWave({
      items,
      reverse,
      flip: 6,
      min: 1,
      max: 5,
      wave,
      waves: 3,
      population,
      length,
    });
    for (let w = 0; w < 3; w++) {
      const rows: number[][] = [];
      for (let r = 0; r < length; r++) {
        if (wave[r] !== w || population[r] === 0) continue;
        const row = items.map((column, j) => {
          const x = column[r] as number;
          return x > 5 ? Number.NaN : reverse[j] ? 6 - x : x;
        });
        rows.push(row);
      }
      const expected = cronbachAlpha(rows).alpha;
      expect(expected).toBeGreaterThan(0.5);
      expect(alphas[w]).toBeCloseTo(expected, 12);
    }
  });

  it('is undefined for fewer than 2 complete rows and for a total that does not vary', () => {
    const column = (...values: number[]) => Float64Array.from(values);
    const base = {
      reverse: [false, false],
      flip: 6,
      min: 1,
      max: 5,
      waves: 2,
      population: undefined,
      length: 3,
    };
    const alphas = alphaPerWave({
      ...base,
      items: [column(3, 3, 4), column(3, 3, Number.NaN)],
      wave: Int32Array.of(0, 0, 1),
    });
    expect(alphas).toEqual([undefined, undefined]);
  });
});
