import { describe, expect, it } from 'vitest';
import { CoreError } from './core-error.js';
import { sampleTheoryOfChange } from './sample-project.js';
import type { TheoryOfChange } from './theory-of-change.js';
import { layoutTheoryOfChange } from './theory-of-change-layout.js';
import { escapeXml, renderTheoryOfChangeSvg } from './theory-of-change-svg.js';

/** A small well-formedness check: tags nest, and text holds no raw `<` or bare `&`. */
function expectWellFormed(svg: string) {
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (let match = tag.exec(svg); match; match = tag.exec(svg)) {
    const text = svg.slice(last, match.index);
    expect(text).not.toMatch(/<|&(?!(amp|lt|gt|quot|apos);)/);
    last = tag.lastIndex;
    const [, closing, name, , selfClosing] = match;
    if (selfClosing) continue;
    if (closing) expect(stack.pop()).toBe(name);
    else stack.push(name ?? '');
  }
  expect(svg.slice(last).trim()).toBe('');
  expect(stack).toEqual([]);
}

describe('renderTheoryOfChangeSvg', () => {
  it('renders a standalone, well-formed SVG with every label', () => {
    const layout = layoutTheoryOfChange(sampleTheoryOfChange, { lang: 'fr' });
    const svg = renderTheoryOfChangeSvg(sampleTheoryOfChange, layout, { showTitle: true });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expectWellFormed(svg);
    for (const node of layout.nodes) for (const line of node.lines) expect(svg).toContain(escapeXml(line));
    expect(svg).toContain('Ressources');
    expect(svg.match(/<rect x=/g)).toHaveLength(sampleTheoryOfChange.nodes.length);
    expect(svg.match(/marker-end=/g)).toHaveLength(sampleTheoryOfChange.edges.length);
  });

  it('escapes text so labels cannot inject markup', () => {
    const toc: TheoryOfChange = {
      id: 'evil',
      label: { en: 'Evil <script>' },
      nodes: [
        {
          id: 'a',
          kind: 'activity',
          label: { en: '<script>alert("x")</script> & more' },
          description: { en: 'it\'s "quoted"' },
          objectiveIds: [],
          indicatorIds: [],
          buildingBlockIds: [],
        },
        {
          id: 'b',
          kind: 'outcome',
          label: { en: 'B' },
          objectiveIds: [],
          indicatorIds: [],
          buildingBlockIds: [],
        },
      ],
      edges: [{ from: 'a', to: 'b', assumption: { en: '</text><script>' } }],
    };
    const svg = renderTheoryOfChangeSvg(toc, layoutTheoryOfChange(toc));
    expectWellFormed(svg);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('&amp; more');
  });

  it('re-wraps labels for another language than the layout', () => {
    const layout = layoutTheoryOfChange(sampleTheoryOfChange, { lang: 'en' });
    const svg = renderTheoryOfChangeSvg(sampleTheoryOfChange, layout, { lang: 'nl' });
    expectWellFormed(svg);
    expect(svg).toContain('Wekelijks buurtcafé');
  });

  it('gives every node a stable group id that renderers can restyle', () => {
    const svg = renderTheoryOfChangeSvg(sampleTheoryOfChange, layoutTheoryOfChange(sampleTheoryOfChange));
    for (const node of sampleTheoryOfChange.nodes) {
      expect(svg).toContain(`<g id="toc-sample-caring-neighbourhood-node-${node.id}">`);
    }
  });

  it('refuses a layout of another model', () => {
    const layout = layoutTheoryOfChange(sampleTheoryOfChange);
    const other: TheoryOfChange = { ...sampleTheoryOfChange, nodes: sampleTheoryOfChange.nodes.slice(1) };
    expect(() => renderTheoryOfChangeSvg(other, layout)).toThrow(CoreError);
  });
});
