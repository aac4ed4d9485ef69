import { describe, expect, it } from 'vitest';
import fixtures from '../fixtures/mean-confidence-interval.json';
import { expectAllClose } from '../test/close.js';
import { meanConfidenceInterval } from './mean-confidence-interval.js';

describe('meanConfidenceInterval', () => {
  for (const { mean, sd, n, confidence, expected } of fixtures.cases) {
    it(`matches scipy t.interval for mean=${mean}, sd=${sd}, n=${n}, confidence=${confidence}`, () => {
      expectAllClose(meanConfidenceInterval({ mean, sd, n }, { confidence }), expected, 'ci');
    });
  }

  it('rejects n < 2 and a negative sd', () => {
    expect(() => meanConfidenceInterval({ mean: 1, sd: 1, n: 1 })).toThrow(
      expect.objectContaining({ code: 'too-few-observations' }),
    );
    expect(() => meanConfidenceInterval({ mean: 1, sd: -1, n: 5 })).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
  });
});
