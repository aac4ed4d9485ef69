import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishableBins } from './distribution-bins.js';

const counts = (entries: [number, number][]) => new Map(entries);

describe('publishableBins', () => {
  it('keeps bins that are large enough, in value order', () => {
    expect(
      publishableBins(
        counts([
          [2, 6],
          [1, 9],
        ]),
        5,
      ),
    ).toEqual([
      { value: 1, count: 9 },
      { value: 2, count: 6 },
    ]);
  });

  it('leaves out small bins, and a second one when only one would go', () => {
    // 3 < 5 goes; alone it could be found as n - 10 - 8, so the smaller of the rest (8) goes too.
    expect(
      publishableBins(
        counts([
          [0, 10],
          [1, 3],
          [2, 8],
        ]),
        5,
      ),
    ).toEqual([{ value: 0, count: 10 }]);
    // Two small bins hide each other.
    expect(
      publishableBins(
        counts([
          [0, 10],
          [1, 3],
          [2, 2],
          [3, 8],
        ]),
        5,
      ),
    ).toEqual([
      { value: 0, count: 10 },
      { value: 3, count: 8 },
    ]);
  });

  it('rounds many fractional values (means of items) to whole answers', () => {
    const means = counts(Array.from({ length: 17 }, (_, i): [number, number] => [1 + i / 4, 5]));
    const bins = publishableBins(means, 1);
    expect(bins.map((bin) => bin.value)).toEqual([1, 2, 3, 4, 5]);
    // 1 and 1.25 → 1; 1.5, 1.75, 2, 2.25 → 2 (Math.round rounds .5 up) …
    expect(bins.map((bin) => bin.count)).toEqual([10, 20, 20, 20, 15]);
  });

  it('groups a wide whole-number score into six ranges', () => {
    const scores = counts(Array.from({ length: 26 }, (_, i): [number, number] => [i, 10]));
    const bins = publishableBins(scores, 5);
    expect(bins.map((bin) => bin.range)).toEqual([
      [0, 4],
      [5, 9],
      [10, 14],
      [15, 19],
      [20, 24],
      [25, 25],
    ]);
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(260);
  });

  it('never publishes a bin below the threshold, nor exactly one hidden bin', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 12 })), {
          maxLength: 11,
        }),
        fc.integer({ min: 1, max: 8 }),
        (entries, min) => {
          const input = new Map<number, number>();
          for (const [value, count] of entries) input.set(value, count);
          const bins = publishableBins(input, min);
          for (const bin of bins) expect(bin.count).toBeGreaterThanOrEqual(min);
          const hidden = input.size - bins.length;
          if (bins.length > 0) expect(hidden === 1).toBe(false);
        },
      ),
    );
  });
});
