import { describe, expect, it } from 'vitest';
import fixtures from '../fixtures/two-sample.json';
import { expectClose } from '../test/close.js';
import { cohensD } from './cohens-d.js';
import { hedgesG } from './hedges-g.js';

describe('cohensD and hedgesG', () => {
  for (const c of fixtures.cases) {
    if (!('cohensD' in c) || typeof c.cohensD !== 'number' || typeof c.hedgesG !== 'number') continue;
    const { cohensD: d, hedgesG: g } = c;
    it(`match the pooled-sd formulas (exact J) on ${c.name}`, () => {
      expectClose(cohensD(c.a, c.b), d, 'd');
      expectClose(hedgesG(c.a, c.b), g, 'g');
    });
  }

  it('hedgesG shrinks d towards zero, more for small samples', () => {
    const d = cohensD([5, 6, 7, 6], [4, 5, 5, 4]);
    const g = hedgesG([5, 6, 7, 6], [4, 5, 5, 4]);
    expect(g).toBeLessThan(d);
    expect(g / d).toBeCloseTo(0.8686, 3); // J(6)
  });

  it('reject constant samples and too few values', () => {
    expect(() => cohensD([1, 1], [1, 1])).toThrow(expect.objectContaining({ code: 'zero-variance' }));
    expect(() => cohensD([1], [2])).toThrow(expect.objectContaining({ code: 'too-few-observations' }));
    expect(() => hedgesG([1, 2], [3])).toThrow(expect.objectContaining({ code: 'too-few-observations' }));
  });
});
