import { expect, describe as group, it } from 'vitest';
import fixtures from '../fixtures/describe.json';
import { expectAllClose, expectClose } from '../test/close.js';
import { describe } from './describe.js';
import { StatsError } from './stats-error.js';

group('describe', () => {
  for (const { name, values, expected } of fixtures.cases) {
    it(`matches numpy/scipy on ${name} (n=${expected.n})`, () => {
      const result = describe(values);
      expect(result.n).toBe(expected.n);
      expect(result.missing).toBe(expected.missing);
      for (const key of ['mean', 'sd', 'variance', 'se', 'min', 'max', 'median', 'q1', 'q3'] as const) {
        expectClose(result[key], expected[key], `${name}.${key}`);
      }
      expectAllClose(result.ci95, expected.ci95, `${name}.ci95`);
    });
  }

  it('accepts typed arrays, with NaN as missing', () => {
    const result = describe(new Float64Array([4, Number.NaN, 1, 3, 2]));
    expect(result).toMatchObject({
      n: 4,
      missing: 1,
      mean: 2.5,
      min: 1,
      max: 4,
      median: 2.5,
      q1: 1.75,
      q3: 3.25,
    });
  });

  it('gives a zero-width interval, not NaN, for a constant sample', () => {
    const result = describe([7, 7, 7]);
    expect(result.sd).toBe(0);
    expect(result.ci95).toEqual([7, 7]);
  });

  it('matches a full sort on random data with many ties', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (const n of [2, 3, 4, 5, 10, 101, 1000]) {
      const values = Array.from({ length: n }, () => Math.floor(random() * 6));
      const sorted = [...values].sort((a, b) => a - b);
      const at = (p: number) => {
        const h = (n - 1) * p;
        const lo = Math.floor(h);
        return lo + 1 < n ? sorted[lo]! + (h - lo) * (sorted[lo + 1]! - sorted[lo]!) : sorted[lo]!;
      };
      const result = describe(values);
      expectClose(result.q1, at(0.25), `q1 n=${n}`, 1e-12);
      expectClose(result.median, at(0.5), `median n=${n}`, 1e-12);
      expectClose(result.q3, at(0.75), `q3 n=${n}`, 1e-12);
    }
  });

  it('finds exact quartiles of large inputs through a sample, whatever the shape of the data', () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const n = 120_001;
    const shapes: Record<string, (i: number) => number | null> = {
      uniform: () => random(),
      likert: () => 1 + Math.floor(random() * 5),
      sorted: (i) => i / 7,
      reversed: (i) => -i,
      // periodic with the sampling stride (8 here): the strided sample sees only the large values, so the windows
      // miss the lower quartile and the code must fall back to plain selection
      periodic: (i) => (i % 8 < 4 ? 1000 + random() : random()),
      'heavy tail': () => 1 / (random() + 1e-9),
      'mostly equal': () => (random() < 0.999 ? 42 : random()),
      'with missing': () => (random() < 0.05 ? null : random() < 0.05 ? Number.NaN : random() * 10),
    };
    for (const [shape, make] of Object.entries(shapes)) {
      const values = Array.from({ length: n }, (_, i) => make(i));
      const sorted = Float64Array.from(
        values.filter((v): v is number => v !== null && !Number.isNaN(v)),
      ).sort();
      const m = sorted.length;
      const at = (p: number) => {
        const h = (m - 1) * p;
        const lo = Math.floor(h);
        return sorted[lo]! + (h - lo) * (sorted[lo + 1]! - sorted[lo]!);
      };
      const result = describe(values);
      expectClose(result.q1, at(0.25), `${shape} q1`, 1e-12);
      expectClose(result.median, at(0.5), `${shape} median`, 1e-12);
      expectClose(result.q3, at(0.75), `${shape} q3`, 1e-12);
      expect(result.min).toBe(sorted[0]);
      expect(result.max).toBe(sorted[m - 1]);
      expect(result.n).toBe(m);
    }
  });

  it('throws too-few-observations below two values', () => {
    expect(() => describe([1, null, Number.NaN])).toThrow(StatsError);
    expect(() => describe([])).toThrow(expect.objectContaining({ code: 'too-few-observations' }));
  });

  it('rejects infinite values', () => {
    expect(() => describe([1, 2, Number.POSITIVE_INFINITY])).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
  });
});
