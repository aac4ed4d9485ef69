import { describe, expect, it } from 'vitest';
import fixtures from '../fixtures/proportion.json';
import { expectClose } from '../test/close.js';
import { proportion } from './proportion.js';

describe('proportion (Wilson)', () => {
  for (const { successes, n, confidence, expected } of fixtures.cases) {
    it(`matches scipy binomtest(${successes}, ${n}).proportion_ci(${confidence}, 'wilson')`, () => {
      const result = proportion(successes, n, { confidence });
      expect(result.p).toBe(expected.p);
      expectClose(result.ci[0], expected.ci[0]!, 'lo');
      expectClose(result.ci[1], expected.ci[1]!, 'hi');
    });
  }

  it('rejects impossible counts', () => {
    expect(() => proportion(1, 0)).toThrow(expect.objectContaining({ code: 'too-few-observations' }));
    expect(() => proportion(11, 10)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => proportion(-1, 10)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => proportion(1.5, 10)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => proportion(1, 10, { confidence: 1 })).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
  });
});
