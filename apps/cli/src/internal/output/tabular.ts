import { csvLine } from '@neighbourly/server/csv';
import type { Colours } from './colours.js';

/** A cell of a table: text, a number, or nothing (shown empty). */
export type Cell = string | number | boolean | null | undefined;

/** One column of a table. */
export interface Column {
  key: string;
  header: string;
  /** Alignment in `table` output; default: right for columns holding numbers, else left. */
  align?: 'left' | 'right';
  /** Decimal places shown in `table` output for non-integer numbers (default 3); CSV keeps full precision. */
  digits?: number;
}

/** Rows under named columns, rendered as an aligned table or as CSV. */
export interface Tabular {
  columns: Column[];
  rows: Record<string, Cell>[];
}

function showCell(value: Cell, digits: number): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return String(value);
    if (Number.isInteger(value)) return String(value);
    const text = value.toFixed(digits);
    // -0.001 rounded is "-0.00": show it as zero.
    return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
  }
  return String(value);
}

/** Renders an aligned plain-text table: numbers right-aligned, a rule under the header. */
export function renderTable(table: Tabular, colours?: Colours): string {
  const cells = table.rows.map((row) =>
    table.columns.map((column) => showCell(row[column.key], column.digits ?? 3)),
  );
  const numeric = table.columns.map(
    (column) =>
      column.align === 'right' ||
      (column.align === undefined && table.rows.some((row) => typeof row[column.key] === 'number')),
  );
  const widths = table.columns.map((column, c) =>
    Math.max(column.header.length, ...cells.map((row) => (row[c] ?? '').length)),
  );
  const pad = (text: string, c: number) =>
    numeric[c] ? text.padStart(widths[c] ?? 0) : text.padEnd(widths[c] ?? 0);
  const header = table.columns.map((column, c) => pad(column.header, c)).join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const lines = [
    colours ? colours.bold(header.trimEnd()) : header.trimEnd(),
    rule,
    ...cells.map((row) =>
      row
        .map((text, c) => pad(text, c))
        .join('  ')
        .trimEnd(),
    ),
  ];
  return lines.join('\n') + '\n';
}

/**
 * Renders CSV with the server's spreadsheet-safe writer: RFC 4180 quoting of any field holding `;`, `,`, quotes
 * or line breaks, formula starts neutralised (also after separators), numbers at full precision.
 */
export function renderCsv(table: Tabular): string {
  const lines = [csvLine(table.columns.map((column) => column.header))];
  for (const row of table.rows) lines.push(csvLine(table.columns.map((column) => row[column.key])));
  return lines.join('');
}
