import { describe, expect, it } from 'vitest';
import fixtures from '../fixtures/meta-analysis.json';
import { expectAllClose, expectClose, expectP } from '../test/close.js';
import type { MetaCiMethod, MetaMethod } from './internal/meta-model.js';
import { type MetaCoefficient, metaRegression } from './meta-regression.js';

const REL = 1e-8;

function expectCoefficient(actual: MetaCoefficient, expected: MetaCoefficient, what: string) {
  expectClose(actual.estimate, expected.estimate, `${what}.estimate`, REL);
  expectClose(actual.se, expected.se, `${what}.se`, REL);
  expectAllClose(actual.ci, expected.ci, `${what}.ci`, REL);
  expectClose(actual.statistic, expected.statistic, `${what}.statistic`, REL);
  expectP(actual.p, expected.p, `${what}.p`);
}

describe('metaRegression (continuous moderator)', () => {
  for (const c of fixtures.regression) {
    for (const [key, expected] of Object.entries(c.results)) {
      const [method, ci] = key.split('/') as [MetaMethod, MetaCiMethod];
      it(`matches the numpy/scipy reference on ${c.name} (${key})`, () => {
        const r = metaRegression(c.estimates, c.variances, c.moderator, { method, ci });
        if (r.kind !== 'continuous') throw new Error('expected a continuous moderator');
        expectClose(r.tau2, expected.tau2, 'tau2', REL, 1e-12);
        expectCoefficient(r.intercept, expected.intercept as MetaCoefficient, 'intercept');
        expectCoefficient(r.slope, expected.slope as MetaCoefficient, 'slope');
        expectClose(r.qResidual, expected.qResidual, 'qResidual', REL);
        expect(r.qResidualDf).toBe(expected.qResidualDf);
        expectP(r.qResidualP, expected.qResidualP, 'qResidualP');
        expectClose(r.i2, expected.i2, 'i2', REL, 1e-12);
      });
    }
  }

  it('needs a moderator that varies and three studies', () => {
    expect(() => metaRegression([1, 2, 3], [0.1, 0.1, 0.1], [5, 5, 5])).toThrow(
      expect.objectContaining({ code: 'zero-variance' }),
    );
    expect(() => metaRegression([1, 2], [0.1, 0.1], [0, 1])).toThrow(
      expect.objectContaining({ code: 'too-few-observations' }),
    );
    expect(() => metaRegression([1, 2, 3], [0.1, 0.1, 0.1], [0, 1])).toThrow(
      expect.objectContaining({ code: 'mismatched-lengths' }),
    );
    expect(() => metaRegression([1, 2, 3], [0.1, 0.1, 0.1], [0, 1, Number.NaN])).toThrow(/moderator 2/);
  });
});

describe('metaRegression (categorical moderator: subgroup analysis)', () => {
  for (const c of fixtures.subgroups) {
    for (const [key, expected] of Object.entries(c.results)) {
      const [method, ci] = key.split('/') as [MetaMethod, MetaCiMethod];
      it(`matches the numpy/scipy reference on ${c.name} (${key})`, () => {
        const r = metaRegression(c.estimates, c.variances, c.moderator, { method, ci });
        if (r.kind !== 'categorical') throw new Error('expected a categorical moderator');
        expect(r.subgroups.map((s) => s.level)).toEqual(expected.levels);
        r.subgroups.forEach((s, g) => {
          const e = expected.subgroups[g]!;
          expectClose(s.result.estimate, e.estimate, `subgroup ${g} estimate`, REL);
          expectClose(s.result.se, e.se, `subgroup ${g} se`, REL);
          expectClose(s.result.tau2, e.tau2, `subgroup ${g} tau2`, REL, 1e-12);
        });
        expectClose(r.qBetween, expected.qBetween, 'qBetween', REL);
        expect(r.qBetweenDf).toBe(expected.qBetweenDf);
        expectP(r.qBetweenP, expected.qBetweenP, 'qBetweenP');
      });
    }
  }

  it('treats numeric cluster codes as categories when asked', () => {
    const c = fixtures.subgroups[0]!;
    const codes = c.moderator.map((level) => ({ a: 1, b: 2, c: 3 })[level as 'a' | 'b' | 'c']);
    const r = metaRegression(c.estimates, c.variances, codes, { moderator: 'categorical' });
    expect(r.kind).toBe('categorical');
    if (r.kind === 'categorical') expect(r.subgroups.map((s) => s.level)).toEqual(['1', '2', '3']);
  });

  it('gives the same answer in any order on a flat REML likelihood (a fast-check counterexample)', () => {
    const rows: [number, number, string][] = [
      [-0.06888279319998168, 0.0001, 'a'],
      [0, 0.0001, 'a'],
      [0, 0.0001, 'b'],
      [0, 0.0001, 'b'],
      [0, 0.029142910593860198, 'a'],
    ];
    const run = (order: number[]) => {
      const r = metaRegression(
        order.map((i) => rows[i]![0]),
        order.map((i) => rows[i]![1]),
        order.map((i) => rows[i]![2]),
      );
      if (r.kind !== 'categorical') throw new Error('expected subgroups');
      return r.qBetween;
    };
    expectClose(run([2, 4, 1, 0, 3]), run([0, 1, 2, 3, 4]), 'qBetween', 1e-9);
  });

  it('needs two levels and two studies per level', () => {
    expect(() => metaRegression([1, 2, 3], [0.1, 0.1, 0.1], ['a', 'a', 'a'])).toThrow(/at least 2 levels/);
    expect(() => metaRegression([1, 2, 3], [0.1, 0.1, 0.1], ['a', 'a', 'b'])).toThrow(/level "b" has 1/);
  });
});
