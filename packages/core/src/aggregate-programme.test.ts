import { normalQuantile, proportion, randomEffectsMeta } from '@neighbourly/stats';
import { describe, expect, it } from 'vitest';
import { aggregateProgramme, type ProgrammeProject } from './aggregate-programme.js';
import type { IndicatorDefinitionInput } from './indicator-definition.js';
import { computeIndicatorsSync } from './indicator-engine.js';

const definitions: IndicatorDefinitionInput[] = [
  {
    id: 'trust',
    label: { en: 'Trust', nl: 'Vertrouwen' },
    objectiveId: 'social-cohesion',
    kind: 'mean',
    items: ['trust'],
  },
  {
    id: 'can-ask-help',
    label: { en: 'Can ask for help' },
    objectiveId: 'co-reliance',
    kind: 'proportion',
    items: ['help'],
    success: { op: 'gte', value: 4 },
  },
];

/** A small seeded generator (mulberry32) so the projects are the same on every run. */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Spec {
  id: string;
  n: number;
  level: number;
  change: number;
  context: Record<string, string | number | null>;
}

/** Raw answers per wave, so the test can compute each project's mean and SE on its own. */
function makeProject(spec: Spec, seed: number): { project: ProgrammeProject; raw: Record<string, number[]> } {
  const random = generator(seed);
  const raw: Record<string, number[]> = { baseline: [], end: [] };
  const waveId: string[] = [];
  const trust: number[] = [];
  const help: number[] = [];
  for (const [w, wave] of ['baseline', 'end'].entries()) {
    for (let i = 0; i < spec.n; i++) {
      const answer = Math.min(
        5,
        Math.max(1, Math.round(spec.level + w * spec.change + 2 * (random() - 0.5))),
      );
      waveId.push(wave);
      trust.push(answer);
      help.push(Math.min(5, Math.max(1, Math.round(spec.level + 2.4 * (random() - 0.5)))));
      raw[wave]?.push(answer);
    }
  }
  const results = computeIndicatorsSync({
    definitions,
    records: [{ kind: 'columns', length: waveId.length, waveId, answers: { trust, help } }],
  });
  return { project: { id: spec.id, name: spec.id.toUpperCase(), context: spec.context, results }, raw };
}

const specs: Spec[] = [
  { id: 'a', n: 40, level: 3.0, change: 0.4, context: { density: 6000, older_share: 14, region: 'city' } },
  { id: 'b', n: 60, level: 3.4, change: 0.1, context: { density: 5500, older_share: 15, region: 'city' } },
  { id: 'c', n: 25, level: 2.8, change: 0.6, context: { density: 200, older_share: 27, region: 'rural' } },
  { id: 'd', n: 80, level: 3.1, change: 0.2, context: { density: 250, older_share: 26, region: 'rural' } },
  { id: 'e', n: 33, level: 3.6, change: 0.3, context: { density: 1500, older_share: 22, region: 'rural' } },
  { id: 'f', n: 50, level: 3.2, change: 0.5, context: { density: 6200, older_share: 13, region: 'city' } },
];
const built = specs.map((spec, i) => makeProject(spec, 1000 + i));
const projects = built.map((b) => b.project);

function meanAndSe(values: number[]): { mean: number; se: number } {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
  return { mean, se: Math.sqrt(variance / n) };
}

describe('aggregateProgramme', () => {
  const programme = aggregateProgramme(
    { projects, definitions },
    { typology: { vars: ['density', 'older_share'], k: 2 }, by: ['region', 'older_share'] },
  );
  const cell = (indicatorId: string, kind: 'wave' | 'change') =>
    programme.pooled.find(
      (c) =>
        c.indicatorId === indicatorId &&
        c.measure.kind === kind &&
        (kind === 'change' || (c.measure.kind === 'wave' && c.measure.waveId === 'baseline')),
    )!;

  it('pools each project mean with its SE, as a meta-analysis of the raw data would', () => {
    const own = built.map((b) => meanAndSe(b.raw.baseline!));
    const expected = randomEffectsMeta(
      own.map((o) => o.mean),
      own.map((o) => o.se ** 2),
      { method: 'REML', ci: 'hartung-knapp' },
    );
    const pooled = cell('trust', 'wave');
    expect(pooled.k).toBe(6);
    expect(pooled.meta?.estimate).toBeCloseTo(expected.estimate, 10);
    expect(pooled.meta?.tau2).toBeCloseTo(expected.tau2, 10);
    expect(pooled.meta?.ci[0]).toBeCloseTo(expected.ci[0], 10);
    pooled.projects.forEach((row, i) => {
      expect(row.estimate).toBeCloseTo(own[i]!.mean, 12);
      expect(row.se).toBeCloseTo(own[i]!.se, 12);
      expect(row.weight).toBeCloseTo(expected.weights[i]!, 12);
    });
  });

  it('pools the wave-over-wave change with √(se_from² + se_to²)', () => {
    const own = built.map((b) => {
      const from = meanAndSe(b.raw.baseline!);
      const to = meanAndSe(b.raw.end!);
      return { change: to.mean - from.mean, variance: from.se ** 2 + to.se ** 2 };
    });
    const expected = randomEffectsMeta(
      own.map((o) => o.change),
      own.map((o) => o.variance),
      { ci: 'hartung-knapp' },
    );
    const pooled = cell('trust', 'change');
    expect(pooled.measure).toEqual({ kind: 'change', from: 'baseline', to: 'end' });
    expect(pooled.meta?.estimate).toBeCloseTo(expected.estimate, 10);
    expect(pooled.meta?.se).toBeCloseTo(expected.se, 10);
  });

  it('weighs shares by the Wilson interval, which is never zero wide', () => {
    const row = cell('can-ask-help', 'wave').projects[0]!;
    const results = projects[0]!.results;
    const source = results.cells.find(
      (c) => c.indicatorId === 'can-ask-help' && c.waveId === 'baseline' && !c.group.x,
    )!;
    const { ci } = proportion(Math.round(source.value! * source.n), source.n);
    expect(row.se).toBeCloseTo((ci[1] - ci[0]) / 2 / normalQuantile(0.975), 12);
  });

  it('breaks down by typology cluster and by text (subgroups) or numeric (slope) context variables', () => {
    expect(programme.typology?.clusters).toHaveLength(6);
    expect(new Set(programme.typology?.clusters)).toEqual(new Set([1, 2]));
    const byCluster = programme.breakdowns.find(
      (b) => b.variable === 'cluster' && b.indicatorId === 'trust',
    )!;
    expect(byCluster.kind).toBe('categorical');
    expect(byCluster.levels?.map((l) => l.level)).toEqual(['1', '2']);
    const byRegion = programme.breakdowns.find(
      (b) => b.variable === 'region' && b.indicatorId === 'trust' && b.measure.kind === 'change',
    )!;
    expect(byRegion.levels?.map((l) => [l.level, l.k])).toEqual([
      ['city', 3],
      ['rural', 3],
    ]);
    expect(byRegion.test?.df).toBe(1);
    expect(byRegion.test?.p).toBeGreaterThan(0);
    const bySlope = programme.breakdowns.find(
      (b) => b.variable === 'older_share' && b.indicatorId === 'trust',
    )!;
    expect(bySlope.kind).toBe('continuous');
    expect(bySlope.slope?.k).toBe(6);
  });

  it('pools each wave to the next and the first to the last by default', () => {
    const three = aggregateProgramme({ projects, definitions }, { waves: ['baseline', 'end', 'later'] });
    expect(three.changes).toEqual([
      { from: 'baseline', to: 'end' },
      { from: 'end', to: 'later' },
      { from: 'baseline', to: 'later' },
    ]);
    expect(programme.changes).toEqual([{ from: 'baseline', to: 'end' }]);
  });

  it('does not depend on the order of the projects', () => {
    const reversed = aggregateProgramme({ projects: [...projects].reverse(), definitions });
    const again = aggregateProgramme({ projects, definitions });
    reversed.pooled.forEach((c, i) => {
      expect(c.meta?.estimate).toBeCloseTo(again.pooled[i]!.meta!.estimate, 9);
      expect(c.meta?.tau2).toBeCloseTo(again.pooled[i]!.meta!.tau2, 9);
    });
  });

  it('records coverage per project, indicator and wave', () => {
    expect(programme.coverage).toHaveLength(12);
    expect(programme.coverage[0]).toEqual({
      projectId: 'a',
      indicatorId: 'trust',
      waves: { baseline: 'measured', end: 'measured' },
    });
  });
});

describe('aggregateProgramme with projects below the cell size', () => {
  /** Three respondents per wave with answers that vary (so each small project has a variance). */
  const small = (id: string, trust: number[]): ProgrammeProject => ({
    id,
    results: computeIndicatorsSync({
      definitions,
      records: [
        {
          kind: 'columns',
          length: 6,
          waveId: ['baseline', 'baseline', 'baseline', 'end', 'end', 'end'],
          answers: { trust, help: trust },
        },
      ],
    }),
  });
  const tiny = small('tiny', [5, 4, 5, 5, 5, 4]);
  const tiny2 = small('tiny-2', [1, 2, 1, 2, 1, 1]);

  it('leaves out a lone small project: its value could be worked out from the pooled result', () => {
    const r = aggregateProgramme({ projects: [...projects, tiny], definitions });
    const pooled = r.pooled.find((c) => c.indicatorId === 'trust' && c.measure.kind === 'wave')!;
    expect(pooled.k).toBe(6);
    expect(pooled.leftOut).toBe(1);
    const row = pooled.projects.find((p) => p.projectId === 'tiny')!;
    expect(row).toEqual({ projectId: 'tiny', n: 3, hidden: true });
    expect(r.coverage.find((c) => c.projectId === 'tiny')?.waves.baseline).toBe('suppressed');
  });

  it('pools small projects through their variances when together they reach the cell size, never showing them', () => {
    const r = aggregateProgramme({ projects: [...projects, tiny, tiny2], definitions });
    const pooled = r.pooled.find((c) => c.indicatorId === 'trust' && c.measure.kind === 'wave')!;
    expect(pooled.k).toBe(8);
    expect(pooled.hidden).toBe(2);
    expect(pooled.leftOut).toBe(0);
    for (const id of ['tiny', 'tiny-2']) {
      const row = pooled.projects.find((p) => p.projectId === id)!;
      expect(row.estimate).toBeUndefined();
      expect(row.weight).toBeUndefined();
    }
    const withoutSmall = aggregateProgramme({ projects, definitions }).pooled[0]!.meta!;
    expect(pooled.meta?.estimate).not.toBeCloseTo(withoutSmall.estimate, 6);
    for (const c of r.pooled) {
      for (const row of c.projects)
        if (row.hidden) expect(Object.keys(row).sort()).toEqual(['hidden', 'n', 'projectId']);
    }
  });

  it('leaves small projects out when the results come back from storage (no individual values)', () => {
    const stored = [...projects, tiny, tiny2].map((p) => ({
      ...p,
      results: JSON.parse(JSON.stringify(p.results)),
    }));
    const pooled = aggregateProgramme({ projects: stored, definitions }).pooled[0]!;
    expect(pooled.k).toBe(6);
  });

  it('says why a cell has no pooled value with fewer than two projects', () => {
    const r = aggregateProgramme({ projects: [projects[0]!], definitions });
    expect(r.pooled[0]?.status).toBe('too-few-projects');
    expect(r.pooled[0]?.meta).toBeUndefined();
  });

  it('refuses invalid input with a clear error', () => {
    expect(() => aggregateProgramme({ projects: [] })).toThrow(/at least one project/);
    expect(() => aggregateProgramme({ projects: [projects[0]!, projects[0]!] })).toThrow(/appears twice/);
    expect(() => aggregateProgramme({ projects }, { method: 'ML' as never })).toThrow(
      /invalid programme options/,
    );
    expect(() => aggregateProgramme({ projects }, { changes: [{ from: 'baseline', to: 'later' }] })).toThrow(
      /"later"/,
    );
  });
});
