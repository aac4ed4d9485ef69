import { describe, expect, it } from 'vitest';
import fixtures from '../fixtures/adjust-p-values.json';
import { expectAllClose } from '../test/close.js';
import { adjustPValues, type PAdjustMethod } from './adjust-p-values.js';

describe('adjustPValues', () => {
  for (const c of fixtures.cases) {
    it(`holm matches the step-down reference on ${c.name}`, () => {
      expectAllClose(adjustPValues(c.p, 'holm'), c.holm, 'holm');
    });
    it(`bh matches scipy false_discovery_control on ${c.name}`, () => {
      expectAllClose(adjustPValues(c.p, 'bh'), c.bh, 'bh');
    });
  }

  it('keeps input order and handles an empty list', () => {
    expect(adjustPValues([0.04, 0.01], 'holm')).toEqual([0.04, 0.02]);
    expect(adjustPValues([], 'bh')).toEqual([]);
  });

  it('rejects missing or out-of-range p-values and unknown methods', () => {
    expect(() => adjustPValues([0.1, Number.NaN], 'bh')).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
    expect(() => adjustPValues([1.2], 'holm')).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => adjustPValues([0.1], 'bonferroni' as PAdjustMethod)).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
  });
});
