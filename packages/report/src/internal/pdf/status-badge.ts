import type { ProgressStatus } from '@neighbourly/core';
import { ink, statusStyle } from '../palette.js';
import { fontNames, type ReportDocument } from './report-document.js';

/** Width of a status badge for `label` at `size`. */
export function statusBadgeWidth(rd: ReportDocument, label: string, size = 7.5): number {
  return rd.widthOf(label, { size, bold: true }) + size * 2.9;
}

/**
 * Draws a status as a rounded badge: a light tint, a coloured glyph (✓ ↗ → ↘ ?) and the status in
 * words, so that it reads without colour too. Returns the badge width.
 */
export function drawStatusBadge(
  rd: ReportDocument,
  status: ProgressStatus,
  label: string,
  x: number,
  y: number,
  size = 7.5,
): number {
  const style = statusStyle[status];
  const { doc } = rd;
  const width = statusBadgeWidth(rd, label, size);
  const height = size * 2;
  doc.save();
  doc
    .roundedRect(x, y, width, height, height / 2)
    .fillColor(style.tint)
    .fill();
  doc
    .roundedRect(x, y, width, height, height / 2)
    .lineWidth(0.6)
    .strokeColor(style.colour)
    .stroke();
  doc.font(fontNames.bold).fontSize(size).fillColor(style.colour);
  doc.text(style.glyph, x + size * 0.7, y + size * 0.45, { lineBreak: false });
  doc.fillColor(ink.text).text(label, x + size * 2.1, y + size * 0.45, { lineBreak: false });
  doc.restore();
  return width;
}
