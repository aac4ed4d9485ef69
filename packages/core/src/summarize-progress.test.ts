import { describe, expect, it } from 'vitest';
import type { IndicatorResults, WaveComparison } from './indicator-results.js';
import { sampleTheoryOfChange } from './sample-project.js';
import { summarizeProgress } from './summarize-progress.js';

const results: IndicatorResults = {
  waves: ['w1', 'w2'],
  groupBy: [],
  respondents: { w1: 10, w2: 12 },
  issues: [],
  cells: [
    {
      indicatorId: 'meets-neighbours-weekly',
      waveId: 'w1',
      group: {},
      n: 10,
      missing: 0,
      suppressed: false,
      value: 0.3,
    },
    { indicatorId: 'meets-neighbours-weekly', waveId: 'w2', group: {}, n: 3, missing: 0, suppressed: true },
    {
      indicatorId: 'social-cohesion-score',
      waveId: 'w2',
      group: {},
      n: 12,
      missing: 0,
      suppressed: false,
      value: 3.1,
    },
    {
      indicatorId: 'social-cohesion-score',
      waveId: 'w1',
      group: {},
      n: 10,
      missing: 0,
      suppressed: false,
      value: 2.9,
    },
  ],
};

const side = (waveId: string, value?: number) => ({
  waveId,
  n: 10,
  suppressed: false,
  ...(value !== undefined ? { value } : {}),
});
const comparison: WaveComparison = {
  from: 'w1',
  to: 'w2',
  adjustment: 'holm',
  alpha: 0.05,
  comparisons: [
    {
      indicatorId: 'knows-neighbour-for-help',
      group: {},
      from: side('w1', 0.5),
      to: side('w2', 0.7),
      linked: 0,
      test: 'two-proportion-z',
      status: 'improving',
      change: 0.2,
      significant: true,
    },
    {
      indicatorId: 'social-cohesion-score',
      group: {},
      from: side('w1', 2.9),
      to: side('w2', 3.1),
      linked: 0,
      test: 'welch-t',
      status: 'no-change',
      change: 0.2,
    },
    {
      indicatorId: 'wellbeing-who5',
      group: {},
      from: side('w1', 60),
      to: side('w2', 50),
      linked: 0,
      test: 'welch-t',
      status: 'worsening',
    },
    {
      indicatorId: 'often-lonely',
      group: {},
      from: side('w1', 0.2),
      to: side('w2', 0.1),
      linked: 0,
      test: 'two-proportion-z',
      status: 'achieved',
    },
    {
      indicatorId: 'wellbeing-who5',
      group: { area: 'x' },
      from: side('w1', 60),
      to: side('w2', 70),
      linked: 0,
      test: 'welch-t',
      status: 'improving',
    },
  ],
};

describe('summarizeProgress', () => {
  it('tells from results alone which indicators have data', () => {
    const summary = summarizeProgress(sampleTheoryOfChange, results);
    const node = (id: string) => summary.nodes.find((n) => n.nodeId === id);
    expect(node('more-encounters')?.indicators).toEqual([
      {
        indicatorId: 'meets-neighbours-weekly',
        collected: true,
        waves: ['w1'],
        latest: { waveId: 'w1', value: 0.3, n: 10 },
      },
    ]);
    expect(node('stronger-cohesion')?.indicators[0]?.waves).toEqual(['w1', 'w2']);
    expect(node('stronger-cohesion')?.indicators[0]?.latest?.value).toBe(3.1);
    expect(node('more-co-reliance')?.indicators[0]?.collected).toBe(false);
    expect(summary.from).toBeUndefined();
    expect(summary.nodes.every((n) => n.status === 'insufficient-data')).toBe(true);
  });

  it('gives each node a verdict from a comparison, using whole-group figures only', () => {
    const summary = summarizeProgress(sampleTheoryOfChange, comparison);
    const status = Object.fromEntries(summary.nodes.map((n) => [n.nodeId, n.status]));
    expect(status).toEqual({
      'more-encounters': 'insufficient-data',
      'stronger-cohesion': 'no-change',
      'more-co-reliance': 'improving',
      'needs-detected-early': 'insufficient-data',
      'better-quality-of-life': 'mixed', // worsening well-being, achieved loneliness
    });
    expect(summary.counts).toMatchObject({ mixed: 1, improving: 1, 'no-change': 1, 'insufficient-data': 2 });
    expect(summary).toMatchObject({ from: 'w1', to: 'w2' });
  });
});

describe('summarizeProgress on a theory of change that was not validated', () => {
  it('applies the defaults of the schema: a node without indicatorIds is simply not measured', () => {
    const toc = {
      id: 'toc',
      label: { en: 'Unvalidated' },
      nodes: [{ id: 'impact', kind: 'impact', label: { en: 'Everyone is well' } }],
    } as unknown as Parameters<typeof summarizeProgress>[0];
    const summary = summarizeProgress(toc, results);
    expect(summary.nodes).toEqual([expect.objectContaining({ nodeId: 'impact', status: 'not-measured' })]);
  });

  it('throws a CoreError naming the path of what is wrong, never a TypeError', () => {
    const toc = {
      id: 'toc',
      label: { en: 'Broken' },
      nodes: [{ id: 'impact', kind: 'impact', label: { en: 'x' }, indicatorIds: 'wellbeing' }],
    } as unknown as Parameters<typeof summarizeProgress>[0];
    expect(() => summarizeProgress(toc, results)).toThrow(
      expect.objectContaining({
        name: 'CoreError',
        code: 'invalid-input',
        message: expect.stringMatching(
          /^summarizeProgress: the theory of change is not valid at nodes\[0\]\.indicatorIds: /,
        ),
      }),
    );
    expect(() =>
      summarizeProgress(undefined as unknown as Parameters<typeof summarizeProgress>[0], results),
    ).toThrow(expect.objectContaining({ name: 'CoreError', code: 'invalid-input' }));
  });
});
