import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metaRegression, randomEffectsMeta } from '../src/index.js';

const RUNS = { numRuns: 150 };
const METHODS = ['FE', 'DL', 'REML'] as const;

const study = fc.record({
  estimate: fc.double({ min: -10, max: 10, noNaN: true }),
  variance: fc.double({ min: 1e-4, max: 10, noNaN: true }),
});
const studies = fc.array(study, { minLength: 2, maxLength: 30 });

function close(a: number, b: number, rel = 1e-9): boolean {
  return Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
}

describe('meta-analysis laws', () => {
  it('weights are positive and sum to 1 for every method', () => {
    fc.assert(
      fc.property(studies, fc.constantFrom(...METHODS), (s, method) => {
        const r = randomEffectsMeta(
          s.map((x) => x.estimate),
          s.map((x) => x.variance),
          { method },
        );
        expect(r.weights.every((w) => w > 0)).toBe(true);
        expect(
          close(
            r.weights.reduce((a, b) => a + b, 0),
            1,
            1e-12,
          ),
        ).toBe(true);
        expect(r.tau2).toBeGreaterThanOrEqual(0);
        expect(r.i2).toBeGreaterThanOrEqual(0);
        expect(r.i2).toBeLessThan(1);
        expect(r.ci[0]).toBeLessThanOrEqual(r.estimate);
        expect(r.ci[1]).toBeGreaterThanOrEqual(r.estimate);
      }),
      RUNS,
    );
  });

  it('FE = DL = REML when all estimates are equal (τ² = 0)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.array(fc.double({ min: 1e-4, max: 10, noNaN: true }), { minLength: 2, maxLength: 30 }),
        (value, variances) => {
          const estimates = variances.map(() => value);
          const [fe, dl, reml] = METHODS.map((method) => randomEffectsMeta(estimates, variances, { method }));
          for (const r of [dl!, reml!]) {
            expect(r.tau2).toBe(0);
            expect(close(r.estimate, fe!.estimate)).toBe(true);
            expect(close(r.se, fe!.se)).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });

  it('does not depend on the order of the projects', () => {
    fc.assert(
      fc.property(
        studies.chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray(s, { minLength: s.length }))),
        fc.constantFrom(...METHODS),
        fc.constantFrom('wald' as const, 'hartung-knapp' as const),
        ([s, shuffled], method, ci) => {
          const a = randomEffectsMeta(
            s.map((x) => x.estimate),
            s.map((x) => x.variance),
            { method, ci },
          );
          const b = randomEffectsMeta(
            shuffled.map((x) => x.estimate),
            shuffled.map((x) => x.variance),
            { method, ci },
          );
          for (const key of ['estimate', 'se', 'tau2', 'q', 'i2'] as const) {
            expect(close(a[key], b[key], 1e-8), `${key}: ${a[key]} vs ${b[key]}`).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });

  it('a subgroup analysis does not depend on the order of the projects either', () => {
    const grouped = fc
      .array(fc.tuple(study, fc.constantFrom('a', 'b')), { minLength: 4, maxLength: 24 })
      .filter((rows) => ['a', 'b'].every((level) => rows.filter(([, l]) => l === level).length >= 2));
    fc.assert(
      fc.property(
        grouped.chain((rows) =>
          fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length })),
        ),
        ([rows, shuffled]) => {
          const run = (r: typeof rows) =>
            metaRegression(
              r.map(([s]) => s.estimate),
              r.map(([s]) => s.variance),
              r.map(([, l]) => l),
            );
          const a = run(rows);
          const b = run(shuffled);
          if (a.kind !== 'categorical' || b.kind !== 'categorical') throw new Error('expected subgroups');
          expect(close(a.qBetween, b.qBetween, 1e-8)).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
