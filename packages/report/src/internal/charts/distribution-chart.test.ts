import { describe, expect, it } from 'vitest';
import { shareAxis } from './distribution-chart.js';

describe('shareAxis', () => {
  it.each([
    [0.05, 0.15, 0.05],
    [0.29, 0.4, 0.1],
    [0.45, 0.5, 0.1],
    [0.55, 0.8, 0.2],
    [0.63, 0.8, 0.2],
    [0.85, 1, 0.2],
    [1, 1, 0.25],
  ])('puts the tallest column %f under a top of %f in steps of %f', (tallest, max, stepSize) => {
    expect(shareAxis(tallest)).toEqual({ max, stepSize });
  });

  it('always ends on a whole step and keeps room above the tallest column', () => {
    for (let tallest = 0; tallest <= 1; tallest += 0.01) {
      const { max, stepSize } = shareAxis(tallest);
      expect(Math.abs(max / stepSize - Math.round(max / stepSize))).toBeLessThan(1e-9);
      expect(max / stepSize).toBeLessThanOrEqual(5);
      expect(max).toBeGreaterThanOrEqual(Math.min(1, tallest * 1.1) - 1e-9);
    }
  });
});
