import { stringify } from 'csv-stringify/sync';

/** A cell value of a table export. */
export type CellValue = string | number | boolean | null | undefined;

/** Characters that start a formula in Excel, LibreOffice or Google Sheets (OWASP "CSV injection"). */
const formulaStart = /^(?:\s*[=+\-@]|[\t\r])/;
/**
 * A separator some spreadsheet locale splits on (`,` in en, `;` in nl-BE and fr-BE, tab, `|`) or a line
 * break, followed by a formula start: a cell would begin there if the field were split.
 */
const formulaAfterSeparator = /([,;\t|\r\n])(?=\s*[=+\-@]|[\t\r])/g;

/**
 * Makes a text cell safe for every spreadsheet locale, following OWASP's CSV-injection guidance: a cell that
 * starts like a formula (`=`, `+`, `-`, `@`, tab, carriage return, also after spaces) gets a leading `'`, and
 * so does every formula start that follows a separator (`,`, `;`, tab, `|`) or a line break inside the text,
 * so a reader that splits on another separator, or ignores quotes, never sees a cell starting a formula.
 * Numbers are not text and are left alone, so `-2` stays a number.
 */
export function neutraliseCell(value: string): string {
  const inner = value.replace(formulaAfterSeparator, "$1'");
  // A leading tab or carriage return is itself a formula start (OWASP); so is one after leading spaces.
  return formulaStart.test(inner) ? `'${inner}` : inner;
}

const options = {
  record_delimiter: 'windows',
  // Quote every field holding a separator of any locale, a quote or a line break (RFC 4180 doubling).
  quoted_match: /[;,"\t|\r\n]/,
  cast: {
    boolean: (value: boolean) => (value ? 'true' : 'false'),
    number: (value: number) => (Number.isFinite(value) ? String(value) : ''),
    string: (value: string) => neutraliseCell(value),
  },
} as const;

/** One CSV field: neutralised, and quoted when it holds `;`, `,`, a quote, tab, `|` or a line break. */
export function csvField(value: CellValue): string {
  return csvLine([value]).slice(0, -2);
}

/** One CSV line, ending in CRLF (csv-stringify, with the options above). */
export function csvLine(values: readonly CellValue[]): string {
  return stringify([values.map((value) => value ?? '')], options);
}
