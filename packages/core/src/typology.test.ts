import { cutTree, hierarchicalClustering, standardize } from '@neighbourly/stats';
import { describe, expect, it } from 'vitest';
import { buildTypology } from './typology.js';

const projects = [
  { id: 'a', context: { density: 6000, older: 14 } },
  { id: 'b', context: { density: 5800, older: 15 } },
  { id: 'c', context: { density: 200, older: 27 } },
  { id: 'd', context: { density: 260, older: 26 } },
  { id: 'e', context: { density: 2500, older: 20 } },
];

describe('buildTypology', () => {
  it('is Ward on standardised variables cut into k types, with profiles', () => {
    const t = buildTypology(projects, { vars: ['density', 'older'], k: 2 });
    const rows = projects.map((p) => [p.context.density, p.context.older]);
    const labels = cutTree(hierarchicalClustering(standardize(rows), { method: 'ward' }).merges, 2);
    expect(t.clusters).toEqual(labels.map((l) => l + 1));
    expect(t.clusters[0]).toBe(t.clusters[1]);
    expect(t.clusters[2]).toBe(t.clusters[3]);
    const first = t.profiles.find((p) => p.cluster === t.clusters[0])!;
    expect(first.means.density).toBeCloseTo(
      t.clusters[4] === t.clusters[0] ? (6000 + 5800 + 2500) / 3 : 5900,
      10,
    );
    expect(t.profiles.reduce((s, p) => s + p.n, 0)).toBe(5);
    expect(t.merges).toHaveLength(4);
    expect(t.silhouette).toBeGreaterThan(0);
  });

  it('says which project lacks a variable and refuses an impossible k', () => {
    expect(() =>
      buildTypology([...projects, { id: 'x', context: { density: 1 } }], {
        vars: ['density', 'older'],
        k: 2,
      }),
    ).toThrow(/project "x" has no number for "older"/);
    expect(() => buildTypology(projects, { vars: ['density'], k: 9 })).toThrow(/k must be/);
  });
});
