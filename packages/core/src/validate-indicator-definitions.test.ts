import { describe, expect, it } from 'vitest';
import { formatPath } from './issue.js';
import { sampleIndicatorSet } from './sample-project.js';
import { validateIndicatorDefinitions } from './validate-indicator-definitions.js';

const base = { label: { en: 'X' }, objectiveId: 'encounters' };

describe('validateIndicatorDefinitions', () => {
  it('accepts the sample set once its instrument has a scorer', () => {
    const without = validateIndicatorDefinitions(sampleIndicatorSet.indicators);
    expect(without.ok).toBe(false);
    if (!without.ok) expect(without.issues.map((i) => i.code)).toEqual(['unknown-instrument']);
    const result = validateIndicatorDefinitions(sampleIndicatorSet.indicators, {
      scorers: { 'who-5': () => 1 },
    });
    expect(result.ok).toBe(true);
  });

  it('prefers an instrument:subscale scorer over the instrument one', () => {
    const definition = { ...base, id: 's', kind: 'scale', instrument: 'ucla', subscale: 'social' };
    expect(validateIndicatorDefinitions([definition], { scorers: { ucla: () => 1 } }).ok).toBe(true);
    expect(validateIndicatorDefinitions([definition], { scorers: { 'ucla:other': () => 1 } }).ok).toBe(false);
  });

  it('explains each problem with a path', () => {
    const result = validateIndicatorDefinitions([
      { ...base, id: 'p', kind: 'proportion', items: ['a', 'a'] },
      { ...base, id: 'm', kind: 'mean', items: ['a'], minItems: 3, success: { op: 'gt', value: 1 } },
      { ...base, id: 'c1', kind: 'composite', components: [{ indicatorId: 'c2', weight: 1 }] },
      { ...base, id: 'c2', kind: 'composite', components: [{ indicatorId: 'c1', weight: 1 }] },
      { ...base, id: 'n', kind: 'count', items: ['a'] },
      { ...base, id: 'c3', kind: 'composite', components: [{ indicatorId: 'n', weight: 1 }] },
      { ...base, id: 'r', kind: 'mean', items: ['a'], scale: { min: 5, max: 1 } },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => `${i.code} ${formatPath(i.path)}`)).toEqual([
        'missing-success definitions[0].success',
        'duplicate-item definitions[0].items[1]',
        'unexpected-success definitions[1].success',
        'invalid-min-items definitions[1].minItems',
        'invalid-scale definitions[6].scale',
        'invalid-component definitions[5].components[0].indicatorId',
        'component-cycle definitions[2].components',
      ]);
    }
  });

  it('rejects something that is not a list', () => {
    expect(validateIndicatorDefinitions({})).toMatchObject({ ok: false, issues: [{ code: 'invalid-type' }] });
  });
});
