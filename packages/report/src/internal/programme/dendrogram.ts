import type { Typology } from '@neighbourly/core';
import { ink } from '../palette.js';
import { fontNames, type ReportDocument } from '../pdf/report-document.js';

/**
 * Draws the typology's hierarchy as a dendrogram in a box: leaves in dendrogram order along the bottom, merge
 * heights upwards, links within one type in that type's colour, and the type numbers under their leaves.
 */
export function drawDendrogram(
  rd: ReportDocument,
  typology: Typology,
  box: { x: number; y: number; width: number; height: number },
  colourOf: (cluster: number) => string,
  typeLabel: (cluster: number) => string,
): void {
  const { doc } = rd;
  const n = typology.ids.length;
  const merges = typology.merges;
  const order: number[] = [];
  const visit = (node: number) => {
    if (node < n) {
      order.push(node);
      return;
    }
    const merge = merges[node - n];
    if (!merge) return;
    visit(merge[0]);
    visit(merge[1]);
  };
  visit(n + merges.length - 1);
  const labelBand = 14;
  const plotHeight = box.height - labelBand;
  const top = Math.max(...merges.map((m) => m[2]), 1e-12);
  const step = box.width / Math.max(1, n);
  const xs = new Float64Array(n + merges.length);
  const ys = new Float64Array(n + merges.length);
  const clusterOfNode = new Array<number | null>(n + merges.length).fill(null);
  order.forEach((leaf, position) => {
    xs[leaf] = box.x + (position + 0.5) * step;
    ys[leaf] = box.y + plotHeight;
    clusterOfNode[leaf] = typology.clusters[leaf] ?? null;
  });
  doc.save().lineWidth(0.5);
  merges.forEach(([a, b, distance], index) => {
    const node = n + index;
    const y = box.y + plotHeight - (distance / top) * (plotHeight - 4);
    xs[node] = ((xs[a] as number) + (xs[b] as number)) / 2;
    ys[node] = y;
    const same = clusterOfNode[a] !== null && clusterOfNode[a] === clusterOfNode[b];
    clusterOfNode[node] = same ? (clusterOfNode[a] as number) : null;
    doc
      .strokeColor(same ? colourOf(clusterOfNode[a] as number) : ink.muted)
      .moveTo(xs[a] as number, ys[a] as number)
      .lineTo(xs[a] as number, y)
      .lineTo(xs[b] as number, y)
      .lineTo(xs[b] as number, ys[b] as number)
      .stroke();
  });
  // Type numbers centred under their runs of leaves.
  let start = 0;
  doc.font(fontNames.bold).fontSize(7);
  for (let position = 1; position <= order.length; position++) {
    const current = typology.clusters[order[start] as number] as number;
    if (position < order.length && typology.clusters[order[position] as number] === current) continue;
    const left = box.x + start * step;
    const width = (position - start) * step;
    doc
      .rect(left, box.y + plotHeight + 2, width, 2)
      .fillColor(colourOf(current))
      .fill();
    doc
      .fillColor(colourOf(current))
      .text(typeLabel(current), left, box.y + plotHeight + 5, { width, align: 'center', lineBreak: false });
    start = position;
  }
  doc.restore();
}
