import { ink } from '../palette.js';
import { fontNames, type ReportDocument } from '../pdf/report-document.js';

/** One line of a forest plot: a project, a pooled diamond, or a group heading. */
export type ForestRow =
  | {
      kind: 'project';
      label: string;
      estimate: number;
      ci: [number, number];
      weight: number;
      colour: string;
      text: string;
    }
  | {
      kind: 'diamond';
      label: string;
      estimate: number;
      ci: [number, number];
      predictionInterval?: [number, number] | null;
      colour: string;
      text: string;
      bold?: boolean;
    }
  | { kind: 'heading'; label: string; colour: string }
  | { kind: 'note'; label: string };

/** What a forest plot needs besides its rows. */
export interface ForestPlotOptions {
  /** A reference line (0 for changes), drawn when inside the axis. */
  reference?: number;
  tick: (value: number) => string;
  headers: { label: string; estimate: string; weight: string };
  weightText: (weight: number) => string;
}

const projectRow = 6.4;
const otherRow = 10;
const axisHeight = 22;

/** Round tick steps (1, 2, 2.5, 5 × 10ⁿ) giving about five ticks over [min, max]. */
export function niceTicks(min: number, max: number): number[] {
  const span = max - min || Math.abs(max) || 1;
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step)
    ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/** The axis range covering every interval, with a little room, and the reference line. */
function axisRange(rows: readonly ForestRow[], reference: number | undefined): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    if (row.kind !== 'project' && row.kind !== 'diamond') continue;
    const spans: [number, number][] = [row.ci];
    if (row.kind === 'diamond' && row.predictionInterval) spans.push(row.predictionInterval);
    for (const [a, b] of spans) {
      lo = Math.min(lo, a);
      hi = Math.max(hi, b);
    }
  }
  if (reference !== undefined) {
    lo = Math.min(lo, reference);
    hi = Math.max(hi, reference);
  }
  if (!Number.isFinite(lo)) return [0, 1];
  const pad = (hi - lo || 1) * 0.04;
  return [lo - pad, hi + pad];
}

/**
 * Draws a forest plot in the flow, continuing on new pages as needed (each page with its own axis): a label
 * column, the plot (squares sized by weight with CI whiskers, diamonds for pooled estimates, a line below a
 * diamond for its prediction interval, a dashed reference line), the estimate as text and the weight.
 */
export function drawForestPlot(
  rd: ReportDocument,
  rows: readonly ForestRow[],
  options: ForestPlotOptions,
): void {
  const { doc } = rd;
  const [min, max] = axisRange(rows, options.reference);
  const ticks = niceTicks(min, max);
  const labelWidth = rd.width * 0.25;
  const plotWidth = rd.width * 0.47;
  const textWidth = rd.width * 0.2;
  const plotLeft = rd.left + labelWidth;
  const textLeft = plotLeft + plotWidth + 6;
  const weightLeft = textLeft + textWidth;
  const weightWidth = rd.left + rd.width - weightLeft;
  const x = (value: number) => plotLeft + ((value - min) / (max - min)) * plotWidth;
  const maxWeight = Math.max(...rows.map((row) => (row.kind === 'project' ? row.weight : 0)), 1e-12);

  const header = () => {
    const y = rd.y;
    doc.font(fontNames.bold).fontSize(6.5).fillColor(ink.muted);
    doc.text(options.headers.label, rd.left, y, { width: labelWidth - 4, lineBreak: false });
    doc.text(options.headers.estimate, textLeft, y, { width: textWidth - 4, lineBreak: false });
    doc.text(options.headers.weight, weightLeft, y, { width: weightWidth, align: 'right', lineBreak: false });
    rd.y = y + 10;
  };
  const axis = (top: number) => {
    const y = rd.y + 2;
    doc.save().lineWidth(0.3).strokeColor(ink.rule).dash(1.5, { space: 1.5 });
    for (const tick of ticks) doc.moveTo(x(tick), top).lineTo(x(tick), y).stroke();
    doc.undash();
    if (options.reference !== undefined && options.reference >= min && options.reference <= max) {
      doc
        .lineWidth(0.6)
        .strokeColor(ink.muted)
        .moveTo(x(options.reference), top)
        .lineTo(x(options.reference), y)
        .stroke();
    }
    doc
      .lineWidth(0.6)
      .strokeColor(ink.text)
      .moveTo(plotLeft, y)
      .lineTo(plotLeft + plotWidth, y)
      .stroke();
    doc.font(fontNames.regular).fontSize(6.5).fillColor(ink.muted);
    for (const tick of ticks) {
      doc
        .moveTo(x(tick), y)
        .lineTo(x(tick), y + 2.5)
        .stroke();
      doc.text(options.tick(tick), x(tick) - 20, y + 4, { width: 40, align: 'center', lineBreak: false });
    }
    doc.restore();
    rd.y = y + axisHeight;
  };

  header();
  let chunkTop = rd.y;
  for (const row of rows) {
    const height =
      row.kind === 'project'
        ? projectRow
        : row.kind === 'diamond' && row.predictionInterval
          ? otherRow + 4
          : otherRow;
    if (rd.remaining() < height + axisHeight) {
      axis(chunkTop);
      rd.addPage();
      header();
      chunkTop = rd.y;
    }
    const top = rd.y;
    const mid = top + (row.kind === 'project' ? projectRow : otherRow) / 2;
    if (row.kind === 'heading' || row.kind === 'note') {
      doc
        .font(row.kind === 'heading' ? fontNames.bold : fontNames.italic)
        .fontSize(7)
        .fillColor(row.kind === 'heading' ? row.colour : ink.muted);
      doc.text(row.label, rd.left, top + 2, { width: rd.width, lineBreak: false });
    } else if (row.kind === 'project') {
      doc.font(fontNames.regular).fontSize(5.4).fillColor(ink.text);
      doc.text(row.label, rd.left, top + 0.6, { width: labelWidth - 4, lineBreak: false, ellipsis: true });
      doc.text(row.text, textLeft, top + 0.6, { width: textWidth - 4, lineBreak: false });
      doc.text(options.weightText(row.weight), weightLeft, top + 0.6, {
        width: weightWidth,
        align: 'right',
        lineBreak: false,
      });
      doc
        .save()
        .lineWidth(0.5)
        .strokeColor(row.colour)
        .moveTo(x(row.ci[0]), mid)
        .lineTo(x(row.ci[1]), mid)
        .stroke();
      const side = 1.4 + 3.6 * Math.sqrt(row.weight / maxWeight);
      doc
        .rect(x(row.estimate) - side / 2, mid - side / 2, side, side)
        .fillColor(row.colour)
        .fill()
        .restore();
    } else {
      doc
        .font(row.bold ? fontNames.bold : fontNames.regular)
        .fontSize(7)
        .fillColor(ink.text);
      doc.text(row.label, rd.left, top + 1.5, { width: labelWidth - 4, lineBreak: false, ellipsis: true });
      doc.text(row.text, textLeft, top + 1.5, { width: rd.left + rd.width - textLeft, lineBreak: false });
      doc
        .save()
        .polygon(
          [x(row.ci[0]), mid],
          [x(row.estimate), mid - 3.6],
          [x(row.ci[1]), mid],
          [x(row.estimate), mid + 3.6],
        )
        .fillColor(row.colour)
        .fill();
      if (row.predictionInterval) {
        const [a, b] = row.predictionInterval;
        const py = mid + 6;
        doc.lineWidth(0.8).strokeColor(row.colour).moveTo(x(a), py).lineTo(x(b), py).stroke();
        doc
          .moveTo(x(a), py - 1.8)
          .lineTo(x(a), py + 1.8)
          .stroke();
        doc
          .moveTo(x(b), py - 1.8)
          .lineTo(x(b), py + 1.8)
          .stroke();
      }
      doc.restore();
    }
    rd.y = top + height;
  }
  axis(chunkTop);
  doc.x = rd.left;
}
