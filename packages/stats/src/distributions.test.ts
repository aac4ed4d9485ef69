import { describe, expect, it } from 'vitest';
import fixtures from '../fixtures/distributions.json';
import { expectClose, expectP } from '../test/close.js';
import {
  chiSquareCdf,
  chiSquareQuantile,
  normalCdf,
  normalQuantile,
  tCdf,
  tQuantile,
} from './distributions.js';

describe('distribution helpers', () => {
  it('match scipy.stats.t', () => {
    for (const c of fixtures.cases.t) {
      if ('cdf' in c && c.x !== undefined) expectP(tCdf(c.x, c.df), c.cdf, `t.cdf(${c.x}, ${c.df})`);
      if ('quantile' in c && c.p !== undefined)
        expectClose(tQuantile(c.p, c.df), c.quantile, `t.ppf(${c.p}, ${c.df})`, 1e-9);
    }
  });

  it('match scipy.stats.norm', () => {
    for (const c of fixtures.cases.normal) {
      if ('cdf' in c && c.x !== undefined) expectP(normalCdf(c.x, c.mean, c.sd), c.cdf, `norm.cdf(${c.x})`);
      if ('quantile' in c && c.p !== undefined)
        expectClose(normalQuantile(c.p, c.mean, c.sd), c.quantile, `norm.ppf(${c.p})`, 1e-9);
    }
  });

  it('match scipy.stats.chi2', () => {
    for (const c of fixtures.cases.chisquare) {
      if ('cdf' in c && c.x !== undefined)
        expectP(chiSquareCdf(c.x, c.df), c.cdf, `chi2.cdf(${c.x}, ${c.df})`);
      if ('quantile' in c && c.p !== undefined)
        expectClose(chiSquareQuantile(c.p, c.df), c.quantile, `chi2.ppf(${c.p}, ${c.df})`, 1e-9);
    }
  });

  it('throw instead of returning NaN for invalid parameters', () => {
    expect(() => tCdf(1, 0)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => tQuantile(1.5, 3)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => normalCdf(Number.NaN)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => normalQuantile(0.5, 0, 0)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => chiSquareQuantile(0.5, -1)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});
