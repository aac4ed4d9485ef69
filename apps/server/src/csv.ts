/**
 * Spreadsheet-safe CSV, the one writer of the server's exports and the CLI's tables: fields holding `;`, `,`,
 * quotes, tabs, `|` or line breaks are quoted, and formula starts are neutralised at the start of a cell and
 * after any separator (OWASP CSV injection), so no spreadsheet locale runs a cell as a formula.
 *
 * @example
 * import { csvLine } from '@neighbourly/server/csv';
 * csvLine(['r-1', ';=1+1']) // 'r-1,";\'=1+1"\r\n'
 */
export { type CellValue, csvField, csvLine, neutraliseCell } from './internal/csv.js';
