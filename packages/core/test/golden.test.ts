import { describe, expect, it } from 'vitest';
import {
  compareWaves,
  computeIndicators,
  type IndicatorCell,
  type IndicatorResults,
  sampleTheoryOfChange,
  summarizeProgress,
  type TheoryOfChange,
} from '../src/index.js';
import { syntheticDefinitions, syntheticRecords, wellbeingScorer } from './builders.js';
import reference from './fixtures/change-estimands.json' with { type: 'json' };

/**
 * The golden test: the synthetic project of `builders.ts` computed end to end, with values
 * derived by hand (the arithmetic is in the comments) and test statistics from scipy.
 */
describe('golden: a synthetic project with 3 waves', async () => {
  const results = await computeIndicators({
    definitions: syntheticDefinitions(),
    records: syntheticRecords(),
    groupBy: ['area', 'age_band'],
    waves: ['w1', 'w2', 'w3'],
    scorers: { wb: wellbeingScorer },
  });
  const cell = (indicatorId: string, waveId: string, group: Record<string, string> = {}): IndicatorCell => {
    const found = results.cells.find(
      (c) =>
        c.indicatorId === indicatorId &&
        c.waveId === waveId &&
        JSON.stringify(c.group) === JSON.stringify(group),
    );
    if (!found) throw new Error(`no cell ${indicatorId} ${waveId} ${JSON.stringify(group)}`);
    return found;
  };

  it('has no issues, and counts records per wave', () => {
    expect(results.issues).toEqual([]);
    expect(results.waves).toEqual(['w1', 'w2', 'w3']);
    expect(results.respondents).toEqual({ w1: 7, w2: 2, w3: 6 });
    // 6 indicators × 3 waves × (1 + 2 areas + 2 age bands)
    expect(results.cells).toHaveLength(6 * 3 * 5);
  });

  it('computes a reverse-coded multi-item mean with minItems', () => {
    // w1 per respondent (c3 reversed as 6 - c3): p1 (4+4+4)/3 = 4, p2 3, p3 (5+4+5)/3 = 14/3,
    // p4 (2+2)/2 = 2 (two items suffice), p5 3; the anonymous one has one item, the volunteer none.
    const c = cell('cohesion', 'w1');
    expect(c.n).toBe(5);
    expect(c.missing).toBe(2);
    expect(c.value).toBeCloseTo(10 / 3, 12); // (4 + 3 + 14/3 + 2 + 3) / 5
    expect(c.sd).toBeCloseTo(Math.sqrt(38 / 9 / 4), 12); // squares 4/9 + 1/9 + 16/9 + 16/9 + 1/9
    expect(c.ci?.[0]).toBeCloseTo(2.0576448437483785, 10); // scipy t.interval(0.95, 4, ...)
    expect(c.ci?.[1]).toBeCloseTo(4.609021822918288, 10);
    expect(c.alpha).toBeCloseTo(0.9583333333333333, 10); // complete rows p1, p2, p3, p5
    expect(cell('cohesion', 'w3').value).toBeCloseTo(73 / 18, 12);
  });

  it('computes proportions with Wilson intervals and respects respondent groups', () => {
    // Residents only: yes, no, yes, yes, no, (missing); the volunteer's "yes" is not counted.
    const c = cell('knows-help', 'w1');
    expect([c.n, c.missing, c.value]).toEqual([5, 1, 0.6]);
    expect(c.ci?.[0]).toBeCloseTo(0.23072428127601297, 10);
    expect(c.ci?.[1]).toBeCloseTo(0.8823792257673521, 10);
    // Threshold rule: meet >= 4 for p1, p3, the anonymous one and the volunteer: 4 of 7.
    expect(cell('meets-weekly', 'w1').value).toBeCloseTo(4 / 7, 14);
    expect(cell('meets-weekly', 'w1', { area: 'north' }).value).toBeCloseTo(2 / 3, 14);
    expect(cell('meets-weekly', 'w1', { area: 'south' }).value).toBe(0.5);
    expect(cell('meets-weekly', 'w1').distribution).toEqual([
      { value: 0, count: 3 },
      { value: 1, count: 4 },
    ]);
  });

  it('counts, scores through a registered scorer, and combines composites per respondent', () => {
    expect(cell('volunteers', 'w1')).toMatchObject({ n: 7, value: 4 });
    // (wb1 + wb2) × 2: 14, 8, 16, (missing), 12, 8 → 58 / 5
    const wellbeing = cell('wellbeing', 'w1');
    expect([wellbeing.n, wellbeing.missing]).toEqual([5, 2]);
    expect(wellbeing.value).toBeCloseTo(11.6, 12);
    expect(wellbeing.alpha).toBeCloseTo(0.9375, 10);
    // 0.75 × cohesion + 0.25 × well-being: p1 6.5, p2 4.25, p3 7.5, p5 5.25 (p4 lacks well-being)
    expect(cell('connectedness', 'w1').value).toBeCloseTo(23.5 / 4, 12);
    expect(cell('connectedness', 'w1').n).toBe(4);
  });

  it('suppresses small cells and their complements without leaking numbers', () => {
    const north = cell('cohesion', 'w1', { area: 'north' });
    expect(north).toEqual({
      indicatorId: 'cohesion',
      waveId: 'w1',
      group: { area: 'north' },
      n: 2,
      missing: 1,
      suppressed: true,
      suppression: 'small-cell',
    });
    // South alone would give north away by subtraction from the total.
    const south = cell('cohesion', 'w1', { area: 'south' });
    expect(south.suppressed).toBe(true);
    expect(south.suppression).toBe('complementary');
    expect(south.value).toBeUndefined();
    // w2 has two records: the mean indicators (minCellSize 3 and 5) are suppressed...
    expect(cell('cohesion', 'w2').suppressed).toBe(true);
    expect(cell('wellbeing', 'w2').suppressed).toBe(true);
    // ...while meets-weekly (minCellSize 2) is not: p1 meets weekly, the other does not.
    expect(cell('meets-weekly', 'w2').value).toBe(0.5);
    for (const c of results.cells) {
      if (c.suppressed)
        expect(Object.keys(c).sort()).toEqual([
          'group',
          'indicatorId',
          'missing',
          'n',
          'suppressed',
          'suppression',
          'waveId',
        ]);
    }
  });

  it('compares w1 with w3 with tests chosen by the data', () => {
    const comparison = compareWaves(results, { from: 'w1', to: 'w3' });
    const overall = (id: string) =>
      comparison.comparisons.find((c) => c.indicatorId === id && Object.keys(c.group).length === 0);

    // Cohesion: 5 respondents linked (≥ minCellSize 3 and ≥ half of 5) → paired t.
    const cohesion = overall('cohesion');
    expect(cohesion?.test).toBe('paired-t');
    expect(cohesion?.linked).toBe(5);
    expect(cohesion?.change).toBeCloseTo(73 / 18 - 10 / 3, 12);
    expect(cohesion?.statistic).toBeCloseTo(5.879747322073334, 9); // scipy ttest_rel
    expect(cohesion?.p).toBeCloseTo(0.0041810721356403055, 9);
    // Two estimands, each with its own interval (reference: fixtures/change-estimands.py, scipy).
    // The whole-wave change over all respondents of each wave, with Welch's interval from the same samples:
    expect(cohesion?.change).toBeCloseTo(reference.cohesion.change, 12);
    expect(cohesion?.changeCi?.[0]).toBeCloseTo(reference.cohesion.change_ci[0] as number, 9);
    expect(cohesion?.changeCi?.[1]).toBeCloseTo(reference.cohesion.change_ci[1] as number, 9);
    // ...and the paired change over the 5 linked respondents, with the paired-t interval.
    expect(cohesion?.pairedChange).toBeCloseTo(reference.cohesion.paired_change, 12);
    expect(cohesion?.pairedCi?.[0]).toBeCloseTo(reference.cohesion.paired_ci[0] as number, 9);
    expect(cohesion?.pairedCi?.[1]).toBeCloseTo(reference.cohesion.paired_ci[1] as number, 9);
    expect(cohesion?.pairedN).toBe(reference.cohesion.paired_n);
    expect(cohesion?.statistic).toBeCloseTo(reference.cohesion.paired_t, 9);
    expect(cohesion?.secondaryTest).toEqual({
      test: 'wilcoxon-signed-rank',
      p: expect.closeTo(0.04216819709715596, 9),
    });
    // Holm over the 5 tested indicators: cohesion has the second smallest p → × 4.
    expect(cohesion?.pAdjusted).toBeCloseTo(4 * 0.0041810721356403055, 9);
    expect(cohesion?.status).toBe('improving');
    expect(cohesion?.progress).toBeCloseTo((73 / 18 - 10 / 3) / (4.5 - 10 / 3), 12);

    // Well-being: only 4 linked (< minCellSize 5) → Welch; its target 14 is met (86/6).
    const wellbeing = overall('wellbeing');
    expect(wellbeing?.test).toBe('welch-t');
    expect(wellbeing?.statistic).toBeCloseTo(1.1032832313085361, 9);
    expect(wellbeing?.p).toBeCloseTo(reference.wellbeing.welch_p, 9);
    expect(wellbeing?.change).toBeCloseTo(reference.wellbeing.change, 12);
    expect(wellbeing?.changeCi?.[0]).toBeCloseTo(reference.wellbeing.change_ci[0] as number, 9);
    expect(wellbeing?.changeCi?.[1]).toBeCloseTo(reference.wellbeing.change_ci[1] as number, 9);
    // 4 linked < minCellSize 5: no paired estimate.
    expect(wellbeing?.pairedChange).toBeUndefined();
    expect(wellbeing?.pairedCi).toBeUndefined();
    expect(wellbeing?.pairedN).toBeUndefined();
    expect(wellbeing?.secondaryTest?.test).toBe('mann-whitney-u');
    expect(wellbeing?.effectSize?.kind).toBe('hedges-g');
    expect(wellbeing?.status).toBe('achieved');
    expect(wellbeing?.progress).toBeCloseTo((86 / 6 - 10) / (14 - 10), 12);

    // Knows help: 5/6 vs 3/5, pooled two-proportion z.
    const help = overall('knows-help');
    const pooled = 8 / 11;
    const z = (5 / 6 - 3 / 5) / Math.sqrt(pooled * (1 - pooled) * (1 / 6 + 1 / 5));
    expect(help?.test).toBe('two-proportion-z');
    expect(help?.statistic).toBeCloseTo(z, 12);
    expect(help?.effectSize?.value).toBeCloseTo(
      2 * Math.asin(Math.sqrt(5 / 6)) - 2 * Math.asin(Math.sqrt(3 / 5)),
      12,
    );
    expect(help?.status).toBe('achieved'); // 5/6 ≥ target 0.8

    // Counts: no test, the sign decides (4 → 4: no change).
    expect(overall('volunteers')).toMatchObject({ test: 'none', change: 0, status: 'no-change' });

    // Suppressed cells make comparisons without numbers.
    const north = comparison.comparisons.find(
      (c) => c.indicatorId === 'cohesion' && c.group.area === 'north',
    );
    expect(north?.status).toBe('insufficient-data');
    expect(north?.change).toBeUndefined();
    expect(north?.from.value).toBeUndefined();
  });

  it('summarises progress per theory-of-change node', () => {
    const toc: TheoryOfChange = {
      ...sampleTheoryOfChange,
      nodes: sampleTheoryOfChange.nodes.map((node) =>
        node.id === 'stronger-cohesion'
          ? { ...node, indicatorIds: ['cohesion', 'connectedness'] }
          : node.id === 'better-quality-of-life'
            ? { ...node, indicatorIds: ['wellbeing', 'not-computed'] }
            : node.id === 'more-co-reliance'
              ? { ...node, indicatorIds: [] }
              : node,
      ),
    };
    const comparison = compareWaves(results, { from: 'w1', to: 'w3' });
    const summary = summarizeProgress(toc, { results, comparison });
    const node = (id: string) => summary.nodes.find((n) => n.nodeId === id);
    expect(node('stronger-cohesion')?.status).toBe('improving');
    expect(node('stronger-cohesion')?.indicators[0]).toMatchObject({
      indicatorId: 'cohesion',
      collected: true,
      waves: ['w1', 'w3'],
      latest: { waveId: 'w3', n: 6 },
      status: 'improving',
      significant: true,
    });
    expect(node('better-quality-of-life')?.status).toBe('achieved');
    expect(node('better-quality-of-life')?.indicators[1]).toEqual({
      indicatorId: 'not-computed',
      collected: false,
      waves: [],
      status: 'insufficient-data',
    });
    expect(node('more-co-reliance')?.status).toBe('not-measured');
    expect(summary.nodes.map((n) => n.kind)).toEqual(['outcome', 'outcome', 'outcome', 'outcome', 'impact']);
    expect(summary.counts['not-measured']).toBe(1);
  });

  it('keeps per-respondent data out of JSON', () => {
    const json = JSON.stringify(results);
    const back = JSON.parse(json) as IndicatorResults;
    expect(Object.keys(results).sort()).toEqual([
      'cells',
      'groupBy',
      'indicators',
      'issues',
      'respondents',
      'waves',
    ]);
    expect(json).not.toContain('p1');
    expect(Object.getOwnPropertySymbols({ ...results })).toEqual([]);
    expect(Object.getOwnPropertySymbols(structuredClone(results))).toEqual([]);
    // Read back from JSON, proportions are still tested; means cannot be.
    const comparison = compareWaves(back, { from: 'w1', to: 'w3' });
    const overall = (id: string) =>
      comparison.comparisons.find((c) => c.indicatorId === id && Object.keys(c.group).length === 0);
    expect(overall('knows-help')?.test).toBe('two-proportion-z');
    expect(overall('cohesion')).toMatchObject({ test: 'none', status: 'insufficient-data' });
  });
});
