import { describe, expect, it } from 'vitest';
import { caringNeighbourhoodsFramework } from './caring-neighbourhoods-framework.js';
import { sampleIndicatorSet, sampleTheoryOfChange } from './sample-project.js';
import { type TheoryOfChangeInput, validateTheoryOfChange } from './theory-of-change.js';

const small = (): TheoryOfChangeInput => ({
  id: 'small',
  label: { en: 'Small' },
  nodes: [
    { id: 'team', kind: 'input', label: { en: 'Team' } },
    { id: 'cafe', kind: 'activity', label: { en: 'Café' } },
    { id: 'visits', kind: 'output', label: { en: 'Visits' } },
    { id: 'meet', kind: 'outcome', label: { en: 'Meet' }, objectiveIds: ['encounters'], indicatorIds: ['x'] },
    { id: 'qol', kind: 'impact', label: { en: 'QoL' }, objectiveIds: ['quality-of-life'] },
  ],
  edges: [
    { from: 'team', to: 'cafe' },
    { from: 'cafe', to: 'visits' },
    { from: 'visits', to: 'meet', assumption: { en: 'People come' } },
    { from: 'meet', to: 'qol' },
  ],
});

const codes = (result: ReturnType<typeof validateTheoryOfChange>) =>
  result.ok ? (result.warnings ?? []).map((w) => w.code) : result.issues.map((i) => i.code);

describe('validateTheoryOfChange', () => {
  it('accepts the sample model against the default framework and its indicators', () => {
    const result = validateTheoryOfChange(JSON.parse(JSON.stringify(sampleTheoryOfChange)), {
      framework: caringNeighbourhoodsFramework,
      indicators: sampleIndicatorSet.indicators,
    });
    expect(result).toEqual({ ok: true, value: sampleTheoryOfChange });
  });

  it('accepts a small valid model and applies defaults', () => {
    const result = validateTheoryOfChange(small(), {
      framework: caringNeighbourhoodsFramework,
      indicators: ['x'],
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.nodes[0]?.indicatorIds).toEqual([]);
  });

  it('finds cycles and names them', () => {
    const toc = small();
    toc.edges = [...(toc.edges ?? []), { from: 'meet', to: 'cafe' }];
    const result = validateTheoryOfChange(toc);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const cycle = result.issues.find((i) => i.code === 'cycle');
      expect(cycle).toEqual({
        code: 'cycle',
        path: ['edges', 4],
        message: 'cycle: cafe → visits → meet → cafe',
      });
    }
  });

  it('reports dangling edges, self-loops and duplicate nodes with paths', () => {
    const toc = small();
    toc.nodes.push({ id: 'cafe', kind: 'activity', label: { en: 'again' } });
    toc.edges = [{ from: 'team', to: 'ghost' }, { from: 'cafe', to: 'cafe' }, ...(toc.edges ?? [])];
    const result = validateTheoryOfChange(toc);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.filter((i) => i.severity !== 'warning')).toEqual([
        {
          code: 'duplicate-node',
          path: ['nodes', 5, 'id'],
          message: 'node id "cafe" is already used by nodes[1]',
        },
        { code: 'unknown-node', path: ['edges', 0, 'to'], message: 'unknown node "ghost"' },
        { code: 'self-loop', path: ['edges', 1], message: 'node "cafe" points at itself' },
      ]);
    }
  });

  it('checks objective, building block and indicator ids when told what exists', () => {
    const toc = small();
    const meet = toc.nodes[3];
    if (meet) {
      meet.objectiveIds = ['encounters', 'world-peace'];
      meet.buildingBlockIds = ['knitting'];
    }
    const result = validateTheoryOfChange(toc, {
      framework: caringNeighbourhoodsFramework,
      indicators: ['y'],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => [i.code, i.path])).toEqual([
        ['unknown-objective', ['nodes', 3, 'objectiveIds', 1]],
        ['unknown-building-block', ['nodes', 3, 'buildingBlockIds', 0]],
        ['unknown-indicator', ['nodes', 3, 'indicatorIds', 0]],
      ]);
    }
    // Without a framework or indicators, ids are not checked.
    expect(validateTheoryOfChange(toc).ok).toBe(true);
  });

  it('warns about outcomes without indicators and impact no activity reaches', () => {
    const toc = small();
    const meet = toc.nodes[3];
    if (meet) meet.indicatorIds = [];
    toc.edges = (toc.edges ?? []).filter((edge) => edge.to !== 'qol');
    const result = validateTheoryOfChange(toc);
    expect(result.ok).toBe(true);
    expect(codes(result).sort()).toEqual([
      'isolated-node',
      'outcome-without-indicator',
      'unreachable-impact',
    ]);
  });

  it('warns about arrows against the reading order and repeated arrows', () => {
    const toc = small();
    toc.nodes.push({ id: 'cafe-2', kind: 'activity', label: { en: 'Second café' } });
    toc.edges = [...(toc.edges ?? []), { from: 'meet', to: 'cafe-2' }, { from: 'team', to: 'cafe' }];
    expect(codes(validateTheoryOfChange(toc))).toEqual(['backward-edge', 'duplicate-edge']);
  });

  it('reports schema problems as issues, never throwing', () => {
    for (const input of [undefined, null, 42, 'toc', { id: 'x' }, { ...small(), nodes: [] }]) {
      const result = validateTheoryOfChange(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
    }
    const bad = validateTheoryOfChange({
      ...small(),
      nodes: [{ id: 'a', kind: 'wish', label: { en: 'A' } }],
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]?.path).toEqual(['nodes', 0, 'kind']);
  });
});
