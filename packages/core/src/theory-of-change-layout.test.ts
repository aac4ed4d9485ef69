import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleTheoryOfChange } from './sample-project.js';
import { type TheoryOfChange, type TocNodeKind, tocNodeKinds } from './theory-of-change.js';
import { layoutTheoryOfChange, type TheoryOfChangeLayout } from './theory-of-change-layout.js';

function expectNoOverlaps(layout: TheoryOfChangeLayout) {
  const boxes = layout.nodes;
  for (let a = 0; a < boxes.length; a++) {
    for (let b = a + 1; b < boxes.length; b++) {
      const p = boxes[a];
      const q = boxes[b];
      if (!p || !q) continue;
      const apart =
        p.x + p.width <= q.x || q.x + q.width <= p.x || p.y + p.height <= q.y || q.y + q.height <= p.y;
      expect(apart, `${p.id} overlaps ${q.id}`).toBe(true);
    }
  }
  for (const node of boxes) {
    expect(node.x).toBeGreaterThanOrEqual(0);
    expect(node.y).toBeGreaterThanOrEqual(0);
    expect(node.x + node.width).toBeLessThanOrEqual(layout.width);
    expect(node.y + node.height).toBeLessThanOrEqual(layout.height);
  }
}

describe('layoutTheoryOfChange', () => {
  const layout = layoutTheoryOfChange(sampleTheoryOfChange);

  it('places every node once, in columns by kind, left to right', () => {
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(sampleTheoryOfChange.nodes.map((n) => n.id).sort());
    const rank = (kind: TocNodeKind) => tocNodeKinds.indexOf(kind);
    for (const a of layout.nodes) {
      for (const b of layout.nodes) {
        if (rank(a.kind) < rank(b.kind)) expect(a.x + a.width).toBeLessThan(b.x);
      }
    }
    expect(layout.columns.map((c) => c.label)).toEqual([
      'Inputs',
      'Activities',
      'Outputs',
      'Outcomes',
      'Impact',
    ]);
  });

  it('gives chained nodes of one kind successive columns', () => {
    const column = (id: string) => layout.nodes.find((n) => n.id === id)?.column ?? -1;
    expect(column('stronger-cohesion')).toBe(column('more-encounters') + 1);
    expect(column('more-co-reliance')).toBe(column('stronger-cohesion') + 1);
    expect(column('needs-detected-early')).toBe(column('more-encounters'));
  });

  it('never overlaps boxes and stays inside the drawing', () => {
    expectNoOverlaps(layout);
  });

  it('routes each edge from the right side of its source to the left side of its target', () => {
    expect(layout.edges).toHaveLength(sampleTheoryOfChange.edges.length);
    for (const edge of layout.edges) {
      const from = layout.nodes.find((n) => n.id === edge.from);
      const to = layout.nodes.find((n) => n.id === edge.to);
      if (!from || !to) throw new Error('missing node');
      const [sx, sy] = edge.points[0] ?? [0, 0];
      const [tx, ty] = edge.points[edge.points.length - 1] ?? [0, 0];
      expect(sx).toBe(from.x + from.width);
      expect(sy).toBeGreaterThan(from.y);
      expect(sy).toBeLessThan(from.y + from.height);
      expect(tx).toBe(to.x);
      expect(ty).toBeGreaterThan(to.y);
      expect(ty).toBeLessThan(to.y + to.height);
      expect(edge.path.startsWith(`M ${sx} ${sy}`)).toBe(true);
      expect(edge.path.endsWith(`${tx} ${ty}`)).toBe(true);
    }
  });

  it('lets long arrows pass columns between boxes, not through them', () => {
    const long = layout.edges.find(
      (e) => e.from === 'stronger-cohesion' && e.to === 'better-quality-of-life',
    );
    expect(long?.points.length).toBeGreaterThan(2);
    for (const [x, y] of long?.points.slice(1, -1) ?? []) {
      for (const node of layout.nodes) {
        const inside = x > node.x && x < node.x + node.width && y > node.y && y < node.y + node.height;
        expect(inside).toBe(false);
      }
    }
  });

  it('numbers assumptions and lists them in a legend in the chosen language', () => {
    const nl = layoutTheoryOfChange(sampleTheoryOfChange, { lang: 'nl' });
    expect(nl.legend.map((entry) => entry.marker)).toEqual(['A1', 'A2', 'A3']);
    expect(nl.legend[0]?.lines.join(' ')).toContain('Het café ligt centraal');
    expect(nl.columns[0]?.label).toBe('Middelen');
    const markers = nl.edges.flatMap((edge) => (edge.assumption ? [edge.assumption.marker] : []));
    expect(markers).toEqual(['A1', 'A2', 'A3']);
    const lastNodeBottom = Math.max(...nl.nodes.map((n) => n.y + n.height));
    expect(nl.legend[0]?.y).toBeGreaterThan(lastNodeBottom);
  });

  it('wraps long labels into taller boxes within the box width', () => {
    const toc: TheoryOfChange = {
      id: 'wrap',
      label: { en: 'Wrap' },
      nodes: [
        {
          id: 'long',
          kind: 'activity',
          label: {
            en: 'A very long activity label that certainly does not fit on one single line of the box',
          },
          objectiveIds: [],
          indicatorIds: [],
          buildingBlockIds: [],
        },
        {
          id: 'short',
          kind: 'activity',
          label: { en: 'Short' },
          objectiveIds: [],
          indicatorIds: [],
          buildingBlockIds: [],
        },
      ],
      edges: [],
    };
    const result = layoutTheoryOfChange(toc, { nodeWidth: 150 });
    const [long, short] = result.nodes;
    expect(long?.lines.length).toBeGreaterThan(2);
    expect(long?.lines.join(' ')).toBe(toc.nodes[0]?.label.en);
    expect(long?.height).toBeGreaterThan(short?.height ?? Infinity);
    expectNoOverlaps(result);
  });

  it('wraps with the text measure of the renderer when given one', () => {
    const wide = layoutTheoryOfChange(sampleTheoryOfChange, {
      measureText: (text, size) => text.length * size,
    });
    const narrow = layoutTheoryOfChange(sampleTheoryOfChange, {
      measureText: (text, size) => text.length * size * 0.3,
    });
    const lines = (layout: TheoryOfChangeLayout) =>
      layout.nodes.reduce((sum, node) => sum + node.lines.length, 0);
    expect(lines(wide)).toBeGreaterThan(lines(narrow));
    for (const node of wide.nodes) {
      for (const line of node.lines) expect(line.length * 11).toBeLessThanOrEqual(node.width - 16);
    }
    expectNoOverlaps(wide);
  });

  it('draws arrows against the reading order over the top, and survives cycles and dangling edges', () => {
    const toc: TheoryOfChange = {
      id: 'odd',
      label: { en: 'Odd' },
      nodes: ['a', 'b', 'c'].map((id, i) => ({
        id,
        kind: (['activity', 'output', 'outcome'] as const)[i] ?? 'activity',
        label: { en: id.toUpperCase() },
        objectiveIds: [],
        indicatorIds: [],
        buildingBlockIds: [],
      })),
      edges: [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c' },
        { from: 'c', to: 'a' },
        { from: 'c', to: 'ghost' },
        { from: 'b', to: 'b' },
      ],
    };
    const result = layoutTheoryOfChange(toc);
    expectNoOverlaps(result);
    const back = result.edges.find((e) => e.from === 'c');
    expect(back?.direction).toBe('backward');
    const top = Math.min(...result.nodes.map((n) => n.y));
    expect(Math.min(...(back?.points.map(([, y]) => y) ?? []))).toBeLessThan(top);
    expect(result.edges).toHaveLength(3);
  });

  it('never overlaps boxes for random graphs', () => {
    const kinds = fc.constantFrom(...tocNodeKinds);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(kinds, fc.string({ minLength: 1, maxLength: 60 })), {
          minLength: 1,
          maxLength: 14,
        }),
        fc.array(fc.tuple(fc.nat(13), fc.nat(13)), { maxLength: 30 }),
        (nodeSpecs, edgeSpecs) => {
          const toc: TheoryOfChange = {
            id: 'random',
            label: { en: 'Random' },
            nodes: nodeSpecs.map(([kind, label], i) => ({
              id: `n-${i}`,
              kind,
              label: { en: label },
              objectiveIds: [],
              indicatorIds: [],
              buildingBlockIds: [],
            })),
            edges: edgeSpecs.map(([from, to]) => ({ from: `n-${from}`, to: `n-${to}` })),
          };
          const result = layoutTheoryOfChange(toc);
          expectNoOverlaps(result);
          for (const edge of result.edges) {
            for (const [x, y] of edge.points) {
              expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
