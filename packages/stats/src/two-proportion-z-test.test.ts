import { describe, expect, it } from 'vitest';
import fixtures from '../fixtures/two-proportion-z-test.json';
import { expectAllClose, expectClose, expectP } from '../test/close.js';
import { twoProportionZTest } from './two-proportion-z-test.js';

describe('twoProportionZTest', () => {
  for (const { x1, n1, x2, n2, expected } of fixtures.cases) {
    it(`matches the pooled z-test and Newcombe's interval for ${x1}/${n1} vs ${x2}/${n2}`, () => {
      const r = twoProportionZTest(x1, n1, x2, n2);
      expectClose(r.z, expected.z, 'z');
      expectP(r.p, expected.p, 'p');
      expectClose(r.diff, expected.diff, 'diff');
      expectAllClose(r.ci95, expected.ci95, 'ci95');
    });
  }

  it('rejects identical all-yes samples and bad counts', () => {
    expect(() => twoProportionZTest(5, 5, 7, 7)).toThrow(expect.objectContaining({ code: 'zero-variance' }));
    expect(() => twoProportionZTest(6, 5, 7, 7)).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
    expect(() => twoProportionZTest(0, 0, 7, 7)).toThrow(
      expect.objectContaining({ code: 'too-few-observations' }),
    );
  });
});
