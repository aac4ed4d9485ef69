import { CoreError } from './core-error.js';
import { wrapText } from './internal/text-wrap.js';
import { type Language, localize } from './language.js';
import type { TheoryOfChange, TocNodeKind } from './theory-of-change.js';
import type { TheoryOfChangeLayout } from './theory-of-change-layout.js';

/** Fill, border and heading colours per node kind (text is always near-black for contrast). */
export const tocKindColours: Readonly<Record<TocNodeKind, { fill: string; stroke: string }>> = {
  input: { fill: '#e8eef7', stroke: '#3f5f8f' },
  activity: { fill: '#e5f3e8', stroke: '#2e6b37' },
  output: { fill: '#fff2dc', stroke: '#8a5200' },
  outcome: { fill: '#f1e6fa', stroke: '#5e2a84' },
  impact: { fill: '#fde6e4', stroke: '#9c2b20' },
};

/** Options of {@link renderTheoryOfChangeSvg}. */
export interface RenderTheoryOfChangeSvgOptions {
  /**
   * Language of the texts (default: the layout's). Labels are wrapped for the layout's language;
   * with another language they are re-wrapped into the same boxes and cut with an ellipsis.
   */
  lang?: Language;
  /** Font family list for the SVG (default a sans-serif stack). */
  fontFamily?: string;
  /** Show a title line above the diagram? The title is always in `<title>` (default false). */
  showTitle?: boolean;
}

/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[char]};`,
  );
}

const idPart = (text: string) => text.replace(/[^a-zA-Z0-9-]/g, '-');

/**
 * Draws a laid-out theory of change as a standalone SVG document (a string): coloured boxes per
 * kind with their labels, column headings, arrows with arrowheads, numbered markers on arrows
 * that carry an assumption, and a legend of the assumptions underneath. Every text is escaped;
 * each box has a `<title>` with its full label and description for hover and screen readers.
 *
 * @throws {CoreError} `invalid-layout` when the layout names nodes the theory of change lacks.
 * @example
 * const svg = renderTheoryOfChangeSvg(toc, layoutTheoryOfChange(toc, { lang: 'fr' }));
 */
export function renderTheoryOfChangeSvg(
  toc: TheoryOfChange,
  layout: TheoryOfChangeLayout,
  options: RenderTheoryOfChangeSvgOptions = {},
): string {
  const lang = options.lang ?? layout.lang;
  const font = options.fontFamily ?? "'Helvetica Neue', Helvetica, Arial, 'DejaVu Sans', sans-serif";
  const byId = new Map(toc.nodes.map((node) => [node.id, node]));
  const prefix = `toc-${idPart(toc.id)}`;
  const title = localize(toc.label, lang);
  const offset = options.showTitle ? layout.fontSize * 2 : 0;
  const { fontSize, lineHeight, padding } = layout;
  const out: string[] = [];
  const width = layout.width;
  const height = layout.height + offset;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${prefix}-title" font-family="${escapeXml(font)}" font-size="${fontSize}">`,
    `<title id="${prefix}-title">${escapeXml(title)}</title>`,
    `<defs><marker id="${prefix}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#555"/></marker></defs>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  );
  if (options.showTitle) {
    out.push(
      `<text x="${layout.width / 2}" y="${fontSize * 1.5}" text-anchor="middle" font-size="${fontSize * 1.3}" font-weight="bold" fill="#1a1a1a">${escapeXml(title)}</text>`,
    );
  }
  out.push(`<g transform="translate(0 ${offset})">`);
  for (const column of layout.columns) {
    out.push(
      `<text x="${column.x + column.width / 2}" y="${column.y}" text-anchor="middle" font-weight="bold" fill="${tocKindColours[column.kind].stroke}">${escapeXml(column.label)}</text>`,
    );
  }
  out.push('<g fill="none" stroke="#555" stroke-width="1.3">');
  for (const edge of layout.edges) {
    const dash = edge.direction === 'backward' ? ' stroke-dasharray="5 3"' : '';
    out.push(
      `<path d="${edge.path}"${dash} marker-end="url(#${prefix}-arrow)"><title>${escapeXml(`${edge.from} → ${edge.to}`)}</title></path>`,
    );
  }
  out.push('</g>');
  for (const node of layout.nodes) {
    const source = byId.get(node.id);
    if (!source)
      throw new CoreError(
        'invalid-layout',
        `layout node "${node.id}" is not in theory of change "${toc.id}"`,
      );
    const colours = tocKindColours[node.kind];
    const label = localize(source.label, lang);
    const lines =
      lang === layout.lang
        ? node.lines
        : wrapText(label, {
            width: node.width - 2 * padding,
            fontSize,
            maxLines: Math.max(1, Math.floor((node.height - 2 * padding) / lineHeight)),
          });
    const tooltip = source.description ? `${label}\n${localize(source.description, lang)}` : label;
    const textTop = node.y + node.height / 2 - (lines.length * lineHeight) / 2 + lineHeight * 0.75;
    out.push(
      `<g id="${prefix}-node-${idPart(node.id)}"><title>${escapeXml(tooltip)}</title>`,
      `<rect x="${node.x}" y="${node.y}" width="${node.width}" height="${node.height}" rx="6" fill="${colours.fill}" stroke="${colours.stroke}" stroke-width="1.2"/>`,
      `<text x="${node.x + node.width / 2}" text-anchor="middle" fill="#1a1a1a">`,
      ...lines.map(
        (line, k) =>
          `<tspan x="${node.x + node.width / 2}" y="${round(textTop + k * lineHeight)}">${escapeXml(line)}</tspan>`,
      ),
      '</text></g>',
    );
  }
  for (const edge of layout.edges) {
    if (!edge.assumption) continue;
    const { x, y, marker } = edge.assumption;
    const r = fontSize * 0.95;
    out.push(
      `<g><circle cx="${x}" cy="${y}" r="${r}" fill="#fffbe6" stroke="#8a6d00"/><text x="${x}" y="${round(y + fontSize * 0.35)}" text-anchor="middle" font-size="${fontSize * 0.8}" fill="#1a1a1a">${escapeXml(marker)}</text></g>`,
    );
  }
  for (const entry of layout.legend) {
    out.push(
      `<text x="${entry.x}" y="${round(entry.y + lineHeight * 0.75)}" font-weight="bold" fill="#8a6d00">${escapeXml(entry.marker)}</text>`,
      `<text fill="#1a1a1a">`,
      ...entry.lines.map(
        (line, k) =>
          `<tspan x="${round(entry.x + fontSize * 2.6)}" y="${round(entry.y + lineHeight * 0.75 + k * lineHeight)}">${escapeXml(line)}</tspan>`,
      ),
      '</text>',
    );
  }
  out.push('</g></svg>');
  return out.join('\n');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
