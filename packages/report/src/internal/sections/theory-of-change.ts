import {
  type IndicatorComparison,
  layoutTheoryOfChange,
  type ProgressStatus,
  renderTheoryOfChangeSvg,
  type TheoryOfChange,
} from '@neighbourly/core';
import { chartFontFamily } from '../fonts.js';
import { ink, statusStyle } from '../palette.js';
import { fontNames } from '../pdf/report-document.js';
import type { RenderContext } from '../render-context.js';
import type { ReportModel } from '../report-model.js';
import { anchorOf } from '../report-plan.js';
import { sectionHeading } from './section-heading.js';

const unmeasured = { fill: '#FFFFFF', stroke: '#9AA3AB' };

/**
 * The status of an outcome node from the statuses of the indicators that measure it (for everyone):
 * worsening if any indicator worsens, achieved if all are achieved, improving if any improves or is
 * achieved, otherwise no change; insufficient data when no indicator could be compared; `undefined`
 * when the node has no indicators in this report.
 */
export function outcomeStatus(
  model: ReportModel,
  indicatorIds: readonly string[],
): ProgressStatus | undefined {
  const known = indicatorIds.filter((id) => model.indicators.some((indicator) => indicator.id === id));
  if (known.length === 0) return undefined;
  const statuses = known
    .map((id) => model.comparisonFor(id))
    .filter((entry): entry is IndicatorComparison => entry !== undefined && model.comparisonVisible(entry))
    .map((entry) => entry.status)
    .filter((status) => status !== 'insufficient-data');
  if (statuses.length === 0) return 'insufficient-data';
  if (statuses.includes('worsening')) return 'worsening';
  if (statuses.every((status) => status === 'achieved')) return 'achieved';
  if (statuses.some((status) => status === 'improving' || status === 'achieved')) return 'improving';
  return 'no-change';
}

const idPart = (text: string) => text.replace(/[^a-zA-Z0-9-]/g, '-');

/** Recolours one node box of core's SVG (the `<rect>` inside the node's group). */
function recolour(svg: string, prefix: string, nodeId: string, fill: string, stroke: string): string {
  const pattern = new RegExp(
    `(<g id="${prefix}-node-${idPart(nodeId)}">[\\s\\S]*?<rect [^>]*?)fill="[^"]*" stroke="[^"]*"`,
  );
  return svg.replace(pattern, `$1fill="${fill}" stroke="${stroke}"`);
}

/**
 * The theory of change on a landscape page: core's layout and SVG (so it looks the same as in the web
 * app), with outcome boxes coloured by the status of their indicators and a status glyph on each.
 */
export function renderTheoryOfChange(context: RenderContext, toc: TheoryOfChange): void {
  const { model, rd } = context;
  const { t } = model;
  sectionHeading(context, {
    id: anchorOf.section('theory-of-change'),
    title: t.sections.theoryOfChange,
    newPage: 'landscape',
  });
  rd.write(t.toc.intro, { size: 9.5, colour: ink.text, after: 10 });

  const { doc } = rd;
  doc.font(fontNames.regular);
  const layout = layoutTheoryOfChange(toc, {
    lang: model.lang,
    nodeWidth: 100,
    fontSize: 8,
    columnGap: 28,
    rowGap: 12,
    margin: 6,
    padding: 6,
    measureText: (text, size) => doc.font(fontNames.regular).fontSize(size).widthOfString(text),
  });
  let svg = renderTheoryOfChangeSvg(toc, layout, { lang: model.lang, fontFamily: chartFontFamily });
  const prefix = `toc-${idPart(toc.id)}`;
  const statuses = new Map<string, ProgressStatus | undefined>();
  for (const node of toc.nodes) {
    if (node.kind !== 'outcome') continue;
    const status = outcomeStatus(model, node.indicatorIds);
    statuses.set(node.id, status);
    const colours =
      status === undefined
        ? unmeasured
        : { fill: statusStyle[status].tint, stroke: statusStyle[status].colour };
    svg = recolour(svg, prefix, node.id, colours.fill, colours.stroke);
  }

  const legendHeight = 34;
  const availableWidth = rd.width;
  const availableHeight = rd.bottom - rd.y - legendHeight;
  const scale = Math.min(1.25, availableWidth / layout.width, availableHeight / layout.height);
  const width = layout.width * scale;
  const height = layout.height * scale;
  const x = rd.left + (availableWidth - width) / 2;
  const y = rd.y;
  rd.placeSvg(svg, x, y, width, height);

  // A status glyph in a circle on the top-right corner of each outcome box.
  for (const node of layout.nodes) {
    const status = statuses.get(node.id);
    if (status === undefined) continue;
    const style = statusStyle[status];
    const cx = x + (node.x + node.width) * scale - 2;
    const cy = y + node.y * scale + 2;
    const r = 6.5;
    doc.save().circle(cx, cy, r).fillColor(style.colour).fill().restore();
    doc.font(fontNames.bold).fontSize(7.5).fillColor('#FFFFFF');
    doc.text(style.glyph, cx - r, cy - 4.2, { width: 2 * r, align: 'center', lineBreak: false });
  }

  // Legend.
  let lx = rd.left;
  const ly = y + height + 14;
  doc
    .font(fontNames.bold)
    .fontSize(8)
    .fillColor(ink.muted)
    .text(`${t.toc.legend}:`, lx, ly, { lineBreak: false });
  lx += doc.widthOfString(`${t.toc.legend}:`) + 12;
  const entries: { label: string; fill: string; stroke: string; glyph?: string }[] = [
    ...(['achieved', 'improving', 'no-change', 'worsening', 'insufficient-data'] as const).map((status) => ({
      label: t.status[status],
      fill: statusStyle[status].tint,
      stroke: statusStyle[status].colour,
      glyph: statusStyle[status].glyph,
    })),
    { label: t.toc.notMeasured, ...unmeasured },
  ];
  for (const entry of entries) {
    doc
      .save()
      .roundedRect(lx, ly - 1, 18, 11, 2)
      .fillColor(entry.fill)
      .fill()
      .restore();
    doc
      .save()
      .roundedRect(lx, ly - 1, 18, 11, 2)
      .lineWidth(0.8)
      .strokeColor(entry.stroke)
      .stroke()
      .restore();
    if (entry.glyph !== undefined) {
      doc
        .font(fontNames.bold)
        .fontSize(7)
        .fillColor(entry.stroke)
        .text(entry.glyph, lx, ly + 0.5, { width: 18, align: 'center', lineBreak: false });
    }
    doc
      .font(fontNames.regular)
      .fontSize(8)
      .fillColor(ink.text)
      .text(entry.label, lx + 22, ly, { lineBreak: false });
    lx += 22 + doc.widthOfString(entry.label) + 14;
  }
  rd.y = ly + 20;
}
