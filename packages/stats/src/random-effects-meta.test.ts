import { describe, expect, it } from 'vitest';
import fixtures from '../fixtures/meta-analysis.json';
import { expectAllClose, expectClose, expectP } from '../test/close.js';
import type { MetaCiMethod, MetaMethod } from './internal/meta-model.js';
import { randomEffectsMeta } from './random-effects-meta.js';

/** The bar: every statistic within 1e-8 (relative) of the numpy/scipy reference. */
const REL = 1e-8;

describe('randomEffectsMeta', () => {
  for (const c of fixtures.meta) {
    for (const [key, expected] of Object.entries(c.results)) {
      const [method, ci] = key.split('/') as [MetaMethod, MetaCiMethod];
      it(`matches the numpy/scipy reference on ${c.name} (${key})`, () => {
        const r = randomEffectsMeta(c.estimates, c.variances, { method, ci });
        expect(r.k).toBe(c.estimates.length);
        expectClose(r.tau2, expected.tau2, 'tau2', REL, 1e-12);
        expectClose(r.estimate, expected.estimate, 'estimate', REL);
        expectClose(r.se, expected.se, 'se', REL);
        expectAllClose(r.ci, expected.ci, 'ci', REL);
        expectClose(r.statistic, expected.statistic, 'statistic', REL);
        expectP(r.p, expected.p, 'p');
        expectClose(r.q, expected.q, 'q', REL);
        expect(r.qDf).toBe(expected.qDf);
        expectP(r.qP, expected.qP, 'qP');
        expectClose(r.i2, expected.i2, 'i2', REL, 1e-12);
        expectAllClose(r.weights, expected.weights, 'weights', REL);
        if (expected.predictionInterval === null) expect(r.predictionInterval).toBeNull();
        else
          expectAllClose(r.predictionInterval ?? [], expected.predictionInterval, 'predictionInterval', REL);
      });
    }
  }

  it('finds τ² = 0 exactly when the estimates vary less than their variances say', () => {
    const c = fixtures.meta.find((m) => m.name === 'tau2-zero')!;
    for (const method of ['DL', 'REML'] as const) {
      expect(randomEffectsMeta(c.estimates, c.variances, { method }).tau2).toBe(0);
    }
  });

  it('gives Hartung–Knapp a zero SE (not NaN) on identical estimates', () => {
    const r = randomEffectsMeta([0.5, 0.5, 0.5], [1, 1, 1], { ci: 'hartung-knapp' });
    expect(r.se).toBe(0);
    expect(r.ci).toEqual([0.5, 0.5]);
    expect(r.p).toBe(0);
    const zero = randomEffectsMeta([0, 0, 0], [1, 1, 1], { ci: 'hartung-knapp' });
    expect([zero.statistic, zero.p]).toEqual([0, 1]);
  });

  it('refuses what it cannot pool, with a code', () => {
    expect(() => randomEffectsMeta([1], [0.1])).toThrow(
      expect.objectContaining({ code: 'too-few-observations' }),
    );
    expect(() => randomEffectsMeta([1, 2], [0.1])).toThrow(
      expect.objectContaining({ code: 'mismatched-lengths' }),
    );
    expect(() => randomEffectsMeta([1, 2], [0.1, 0])).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
    expect(() => randomEffectsMeta([1, 2], [0.1, -1])).toThrow(/variance 1 must be finite and > 0/);
    expect(() => randomEffectsMeta([1, Number.NaN], [0.1, 0.1])).toThrow(/estimate 1 must be finite/);
    expect(() => randomEffectsMeta([1, 2], [0.1, 0.2], { confidence: 1 })).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
  });
});
