import { describe, expect, it } from 'vitest';
import { oneItemMean, random as seeded } from '../../test/builders.js';
import { computeIndicatorsSync } from '../indicator-engine.js';
import type { ResponseRecord } from '../response-record.js';

/** Plain arithmetic over the records of one cell: the reference for the engine's one-pass sums. */
function reference(values: number[]) {
  const n = values.length;
  const mean = values.reduce((sum, x) => sum + x, 0) / n;
  const sd = Math.sqrt(values.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (n - 1));
  return { n, mean, sd };
}

describe('cell sums', () => {
  it.each([
    // Far from zero with a small spread (a naive sum of squares would lose digits): summed row by row.
    ['values far from zero', (random: () => number) => 1e6 + Math.floor(random() * 7) / 4],
    // Whole numbers 0-7: counted in a histogram per level combination.
    ['whole numbers', (random: () => number) => Math.floor(random() * 8)],
  ])(
    'match plain arithmetic for %s when group variables need two passes (81 × 81 level combinations)',
    (_, draw) => {
      const random = seeded(7);
      const records: ResponseRecord[] = [];
      for (let r = 0; r < 6000; r++) {
        records.push({
          waveId: r % 3 === 0 ? 'end' : 'baseline',
          group: { street: `s${Math.floor(random() * 80)}`, block: `b${Math.floor(random() * 80)}` },
          answers: { x: random() < 0.1 ? null : draw(random) },
        });
      }
      const results = computeIndicatorsSync({
        definitions: [oneItemMean('m', 'x', 5)],
        records,
        groupBy: ['street', 'block'],
      });
      expect(results.issues).toEqual([]);
      // 2 waves × (1 + 80 streets + 80 blocks)
      expect(results.cells).toHaveLength(2 * 161);
      let checked = 0;
      for (const cell of results.cells) {
        const [name, level] = Object.entries(cell.group)[0] ?? [];
        const rows = records.filter(
          (record) => record.waveId === cell.waveId && (name === undefined || record.group?.[name] === level),
        );
        const values = rows
          .map((record) => record.answers.x)
          .filter((x): x is number => typeof x === 'number');
        expect(cell.n).toBe(values.length);
        if (name === undefined) {
          // Whole-wave cells carry the distribution of the values (8 or 7 distinct ones, all frequent).
          const counts = new Map<number, number>();
          for (const x of values) counts.set(x, (counts.get(x) ?? 0) + 1);
          const expected = [...counts]
            .sort((a, b) => a[0] - b[0])
            .map(([value, count]) => ({ value, count }));
          expect(cell.distribution).toEqual(expected);
        }
        expect(cell.missing).toBe(rows.length - values.length);
        if (cell.suppressed || values.length < 2) continue;
        const expected = reference(values);
        expect(cell.value).toBeCloseTo(expected.mean, 6);
        expect(Math.abs((cell.sd as number) - expected.sd)).toBeLessThan(1e-9 * expected.sd + 1e-12);
        checked++;
      }
      expect(checked).toBeGreaterThan(300);
    },
  );

  it('give no spurious spread to values equal up to rounding, whatever comes first', () => {
    // Two values one ulp apart in wave w2, far from the values of wave w1 read before them.
    const x = 7 / 3;
    const records: ResponseRecord[] = [
      ...[9, 9.5, 10, 9].map((value) => ({ waveId: 'w1', answers: { x: value } })),
      { waveId: 'w2', answers: { x } },
      { waveId: 'w2', answers: { x: x + 4e-16 } },
    ];
    for (const order of [records, [...records].reverse()]) {
      const results = computeIndicatorsSync({ definitions: [oneItemMean('m', 'x')], records: order });
      const cell = results.cells.find((c) => c.waveId === 'w2');
      expect(cell?.sd).toBeLessThan(1e-15);
    }
  });
});
