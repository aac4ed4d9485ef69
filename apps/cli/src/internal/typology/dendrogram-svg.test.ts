import { readFileSync } from 'node:fs';
import type { Merge } from '@neighbourly/stats';
import { describe, expect, it } from 'vitest';
import { dendrogramLeafOrder, renderDendrogramSvg } from './dendrogram-svg.js';

// scipy's linkage and dendrogram leaves for the typology fixture (see test/fixtures/typology/make-fixture.py).
const expected = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/typology/expected.json', import.meta.url), 'utf8'),
) as {
  merges: Merge[];
  leaves: number[];
  completeMerges: Merge[];
  completeLeaves: number[];
  ward: Record<string, { labels: number[] }>;
};

describe('dendrogramLeafOrder', () => {
  it("orders leaves as scipy's dendrogram does", () => {
    expect(dendrogramLeafOrder(expected.merges)).toEqual(expected.leaves);
    expect(dendrogramLeafOrder(expected.completeMerges)).toEqual(expected.completeLeaves);
  });

  it('handles two rows', () => {
    expect(dendrogramLeafOrder([[0, 1, 1, 2]])).toEqual([0, 1]);
  });
});

describe('renderDendrogramSvg', () => {
  const labels = expected.leaves.map((_, i) => `project-${i + 1}`);
  const clusters = expected.ward['3']?.labels ?? [];
  const svg = renderDendrogramSvg({ merges: expected.merges, labels, clusters, title: 'Types <&>' });

  it('draws one link per merge and one label per leaf, in leaf order', () => {
    expect(svg.match(/<path class="link"/g)).toHaveLength(expected.merges.length);
    const leafTexts = [...svg.matchAll(/<text class="leaf"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(leafTexts).toEqual(expected.leaves.map((leaf) => labels[leaf]));
  });

  it('colours links inside a type, greys the k - 1 merges above the cut, and draws the cut and a legend', () => {
    const grey = svg.match(/<path class="link"[^>]*stroke="#6b6b6b"/g) ?? [];
    expect(grey).toHaveLength(2);
    expect(svg).toContain('class="cut"');
    expect(svg).toContain('3 types');
    for (const type of [1, 2, 3]) expect(svg).toContain(`Type ${type} (n = 10)`);
  });

  it('escapes text and is a standalone SVG document', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('Types &lt;&amp;&gt;');
    expect(svg).not.toContain('Types <&>');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('rejects a label count that does not match the merges', () => {
    expect(() => renderDendrogramSvg({ merges: expected.merges, labels: ['a'] })).toThrow(RangeError);
  });
});
