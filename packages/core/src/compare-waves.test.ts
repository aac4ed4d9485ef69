import { describe, expect, it } from 'vitest';
import { random, record } from '../test/builders.js';
import { compareWaves } from './compare-waves.js';
import { CoreError } from './core-error.js';
import type { IndicatorDefinitionInput } from './indicator-definition.js';
import { computeIndicatorsSync } from './indicator-engine.js';

const score: IndicatorDefinitionInput = {
  id: 'score',
  label: { en: 'Score' },
  objectiveId: 'quality-of-life',
  kind: 'mean',
  items: ['q'],
  direction: 'lower-is-better',
};

function panel(options: { linked: boolean; shift: number; n?: number }) {
  const next = random(7);
  const records = [];
  for (let i = 0; i < (options.n ?? 40); i++) {
    const base = 3 + next() * 2;
    const id = options.linked ? { id: `r${i}` } : {};
    records.push(record('a', { q: base }, { ...id, area: i % 2 ? 'x' : 'y' }));
    records.push(
      record('b', { q: base + options.shift + (next() - 0.5) * 0.2 }, { ...id, area: i % 2 ? 'x' : 'y' }),
    );
  }
  return records;
}

describe('compareWaves', () => {
  it('uses a paired test for linked respondents and Welch otherwise', () => {
    const linked = computeIndicatorsSync({
      definitions: [score],
      records: panel({ linked: true, shift: 0.1 }),
    });
    const unlinked = computeIndicatorsSync({
      definitions: [score],
      records: panel({ linked: false, shift: 0.1 }),
    });
    const a = compareWaves(linked, { from: 'a', to: 'b', groups: 'overall' }).comparisons;
    const b = compareWaves(unlinked, { from: 'a', to: 'b', groups: 'overall' }).comparisons;
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ test: 'paired-t', linked: 40, effectSize: { kind: 'dz' } });
    expect(b[0]).toMatchObject({ test: 'welch-t', linked: 0, effectSize: { kind: 'hedges-g' } });
    // The same small shift is clear within people and lost between them.
    expect(a[0]?.p).toBeLessThan(1e-6);
    expect(b[0]?.p).toBeGreaterThan(0.05);
    // Lower is better: a significant rise is worsening.
    expect(a[0]?.status).toBe('worsening');
    expect(b[0]?.status).toBe('no-change');
  });

  it('adjusts p-values per breakdown with Holm, BH or not at all', () => {
    const results = computeIndicatorsSync({
      definitions: [score, { ...score, id: 'other' }],
      records: panel({ linked: true, shift: 0.05 }),
      groupBy: ['area'],
    });
    const holm = compareWaves(results, { from: 'a', to: 'b' });
    const bh = compareWaves(results, { from: 'a', to: 'b', adjust: 'bh' });
    const none = compareWaves(results, { from: 'a', to: 'b', adjust: 'none' });
    expect(holm.adjustment).toBe('holm');
    expect(holm.comparisons).toHaveLength(6);
    const overall = holm.comparisons.filter((c) => Object.keys(c.group).length === 0);
    // Two identical indicators in one family: Holm doubles the smaller p.
    expect(overall[0]?.pAdjusted).toBeCloseTo(Math.min(1, 2 * (overall[0]?.p ?? 0)), 12);
    for (const [i, c] of none.comparisons.entries()) {
      expect(c.pAdjusted).toBe(c.p);
      expect(bh.comparisons[i]?.pAdjusted).toBeLessThanOrEqual(holm.comparisons[i]?.pAdjusted ?? 0);
    }
  });

  it('reports progress towards the target from the baseline', () => {
    const results = computeIndicatorsSync({
      definitions: [{ ...score, direction: 'higher-is-better', baseline: 3, target: 5 }],
      records: panel({ linked: true, shift: 0.5 }),
    });
    const [c] = compareWaves(results, { from: 'a', to: 'b' }).comparisons;
    expect(c?.progress).toBeCloseTo(((c?.to.value ?? 0) - 3) / 2, 12);
    expect(c?.status).toBe('improving');
  });

  it('decides by the sign when no test can run (no variance)', () => {
    const records = [
      ...Array.from({ length: 6 }, (_, i) => record('a', { q: 2 }, { id: `r${i}` })),
      ...Array.from({ length: 6 }, (_, i) => record('b', { q: 1 }, { id: `r${i}` })),
    ];
    const results = computeIndicatorsSync({ definitions: [score], records });
    const [c] = compareWaves(results, { from: 'a', to: 'b' }).comparisons;
    expect(c).toMatchObject({ test: 'none', change: -1, status: 'improving' });
    expect(c?.note).toMatch(/^no test/);
  });

  it('refuses waves the results do not have', () => {
    const results = computeIndicatorsSync({
      definitions: [score],
      records: panel({ linked: true, shift: 0 }),
    });
    expect(() => compareWaves(results, { from: 'a', to: 'z' })).toThrow(CoreError);
  });
});
