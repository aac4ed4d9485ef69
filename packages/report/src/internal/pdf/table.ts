import type { ProgressStatus } from '@neighbourly/core';
import { ink } from '../palette.js';
import type { ReportDocument } from './report-document.js';
import { drawStatusBadge, statusBadgeWidth } from './status-badge.js';

/** A table cell: text, or a status badge. */
export type TableCell =
  | string
  | { text: string; bold?: boolean; muted?: boolean; italic?: boolean }
  | { status: ProgressStatus; label: string };

/** A column: its header, its share of the table width and its alignment. */
export interface TableColumn {
  header: string;
  /** Relative width; the columns share the table width in proportion. */
  weight: number;
  align?: 'left' | 'right' | 'center';
}

/** A row, or a full-width group heading between rows. */
export type TableRow = TableCell[] | { heading: string };

const padX = 4;
const padY = 4;

function cellText(cell: TableCell): string {
  if (typeof cell === 'string') return cell;
  return 'status' in cell ? cell.label : cell.text;
}

/**
 * Draws a table in the flow: bold header on a tinted band, hairlines between rows, wrapped cells,
 * group heading rows, and the header repeated when the table continues on the next page.
 */
export function drawTable(
  rd: ReportDocument,
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  options: { size?: number; width?: number } = {},
): void {
  const size = options.size ?? 8;
  const tableWidth = options.width ?? rd.width;
  const total = columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = columns.map((column) => (column.weight / total) * tableWidth);
  const { doc } = rd;

  const drawHeader = () => {
    const heights = columns.map((column, index) =>
      rd.heightOf(column.header, { size, bold: true, width: widths[index]! - 2 * padX }),
    );
    const height = Math.max(...heights) + 2 * padY;
    const top = rd.y;
    doc.save().rect(rd.left, top, tableWidth, height).fillColor(ink.band).fill().restore();
    let x = rd.left;
    columns.forEach((column, index) => {
      rd.write(column.header, {
        size,
        bold: true,
        colour: ink.text,
        x: x + padX,
        y: top + padY,
        width: widths[index]! - 2 * padX,
        align: column.align ?? 'left',
      });
      x += widths[index]!;
    });
    rd.y = top + height;
    doc
      .save()
      .moveTo(rd.left, rd.y)
      .lineTo(rd.left + tableWidth, rd.y)
      .lineWidth(0.8)
      .strokeColor(ink.muted)
      .stroke()
      .restore();
  };

  rd.ensureSpace(60);
  drawHeader();
  for (const row of rows) {
    if (!Array.isArray(row)) {
      const heading = 'heading' in row ? row.heading : '';
      const height = rd.heightOf(heading, { size, bold: true, width: tableWidth - 2 * padX }) + 2 * padY + 4;
      if (rd.remaining() < height + 24) {
        rd.addPage();
        drawHeader();
      }
      const top = rd.y;
      rd.write(heading, {
        size,
        bold: true,
        colour: ink.accent,
        x: rd.left + padX,
        y: top + padY + 4,
        width: tableWidth - 2 * padX,
      });
      rd.y = top + height;
      continue;
    }
    const heights = row.map((cell, index) => {
      if (typeof cell !== 'string' && 'status' in cell) return size * 2;
      const bold = typeof cell !== 'string' && cell.bold === true;
      return rd.heightOf(cellText(cell), { size, bold, width: widths[index]! - 2 * padX });
    });
    const height = Math.max(...heights) + 2 * padY;
    if (rd.remaining() < height) {
      rd.addPage();
      drawHeader();
    }
    const top = rd.y;
    let x = rd.left;
    row.forEach((cell, index) => {
      const width = widths[index]!;
      const align = columns[index]?.align ?? 'left';
      if (typeof cell !== 'string' && 'status' in cell) {
        let badge = size * 0.95;
        while (badge > 5.5 && statusBadgeWidth(rd, cell.label, badge) > width - 2 * padX) badge -= 0.25;
        drawStatusBadge(rd, cell.status, cell.label, x + padX, top + padY - 1, badge);
      } else {
        const style: { bold?: boolean; italic?: boolean; muted?: boolean } =
          typeof cell === 'string' ? {} : cell;
        rd.write(cellText(cell), {
          size,
          bold: style.bold === true,
          italic: style.italic === true,
          colour: style.muted === true ? ink.muted : ink.text,
          x: x + padX,
          y: top + padY,
          width: width - 2 * padX,
          align,
        });
      }
      x += width;
    });
    rd.y = top + height;
    doc
      .save()
      .moveTo(rd.left, rd.y)
      .lineTo(rd.left + tableWidth, rd.y)
      .lineWidth(0.4)
      .strokeColor(ink.rule)
      .stroke()
      .restore();
  }
  rd.y += 10;
  rd.doc.x = rd.left;
}
