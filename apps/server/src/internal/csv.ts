/** A cell value of a table export. */
export type CellValue = string | number | boolean | null | undefined;

/**
 * Neutralises a text cell a spreadsheet would run as a formula (OWASP "CSV injection"): text starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`. Numbers are left alone, so `-2` stays
 * a number.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV field (RFC 4180): neutralised, and quoted when it holds a comma, quote or line break. */
export function csvField(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutraliseCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line, ending in CRLF. */
export function csvLine(values: readonly CellValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
