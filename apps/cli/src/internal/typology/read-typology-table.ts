import { CliError, type CliProblem } from '../../cli-error.js';
import { readCsvRows } from '../files/csv-rows.js';

/** The numeric table a typology clusters: one row per project, the chosen variables as columns. */
export interface TypologyTable {
  /** The column that names each row (or `line` when the file has none to spare). */
  idColumn: string;
  ids: string[];
  vars: string[];
  /** Raw values, one array per row, in `vars` order. */
  rows: Float64Array[];
  /** Rows left out by `dropIncomplete`, with the reason. */
  dropped: CliProblem[];
}

/** Options of {@link readTypologyTable}. */
export interface ReadTypologyTableOptions {
  vars: string[];
  /** The id column; default: the first column that is not a variable. */
  id?: string;
  delimiter?: string;
  /** Skip rows with an empty value instead of failing (each is reported as a warning). */
  dropIncomplete?: boolean;
}

const missingValues = new Set(['', 'na', 'n/a', 'nan', 'null', '.']);
const maxListedProblems = 20;

/**
 * Parses one CSV field as a number. A decimal comma (`3,5`) is accepted when the delimiter is not a comma
 * (as in CSV files saved by a spreadsheet in a Dutch or French locale). Returns `null` for an empty value.
 */
export function parseNumber(text: string, delimiter: string): number | null | undefined {
  const trimmed = text.trim();
  if (missingValues.has(trimmed.toLowerCase())) return null;
  const normalised =
    delimiter !== ',' && /^[-+]?\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(normalised)) return undefined;
  return Number(normalised);
}

/**
 * Streams a CSV file and keeps only the typology variables as numbers (memory: one small array per row).
 * Unknown variables, duplicate variables, values that are not numbers and missing values are CliErrors
 * `validation` naming the file, line and column.
 */
export async function readTypologyTable(
  file: string,
  options: ReadTypologyTableOptions,
): Promise<TypologyTable> {
  const delimiter = options.delimiter ?? ',';
  const { header, rows } = await readCsvRows(file, { delimiter });
  const problems: CliProblem[] = [];
  const duplicates = options.vars.filter((name, index) => options.vars.indexOf(name) !== index);
  if (duplicates.length > 0) {
    throw new CliError('usage', `--vars names ${duplicates.join(', ')} more than once`);
  }
  const columns = options.vars.map((name) => header.indexOf(name));
  options.vars.forEach((name, index) => {
    if (columns[index] === -1) {
      problems.push({
        file,
        line: 1,
        field: name,
        message: `no such column (columns: ${header.join(', ')})`,
      });
    }
  });
  let idIndex: number;
  let idColumn: string;
  if (options.id !== undefined) {
    idIndex = header.indexOf(options.id);
    idColumn = options.id;
    if (idIndex === -1) {
      problems.push({
        file,
        line: 1,
        field: options.id,
        message: `no such id column (columns: ${header.join(', ')})`,
      });
    }
  } else {
    idIndex = header.findIndex((name) => !options.vars.includes(name));
    idColumn = idIndex === -1 ? 'line' : (header[idIndex] ?? 'line');
  }
  if (problems.length > 0)
    throw new CliError('validation', `${file}: the columns do not match --vars/--id`, { problems });

  const ids: string[] = [];
  const values: Float64Array[] = [];
  const dropped: CliProblem[] = [];
  let failures = 0;
  for await (const row of rows) {
    const numbers = new Float64Array(columns.length);
    let rowProblem: CliProblem | undefined;
    columns.forEach((column, index) => {
      if (rowProblem) return;
      const field = options.vars[index] ?? '';
      const text = row.values[column] ?? '';
      const number = parseNumber(text, delimiter);
      if (number === undefined)
        rowProblem = { file, line: row.line, field, message: `"${text}" is not a number` };
      else if (number === null) rowProblem = { file, line: row.line, field, message: 'missing value' };
      else numbers[index] = number;
    });
    if (rowProblem) {
      if (options.dropIncomplete && rowProblem.message === 'missing value') {
        dropped.push({ ...rowProblem, message: 'missing value: row left out', severity: 'warning' });
        continue;
      }
      failures += 1;
      if (problems.length < maxListedProblems) problems.push(rowProblem);
      continue;
    }
    ids.push(idIndex === -1 ? String(row.line) : (row.values[idIndex] ?? String(row.line)));
    values.push(numbers);
  }
  if (failures > 0) {
    const more = failures > problems.length ? ` (first ${problems.length} shown)` : '';
    throw new CliError(
      'validation',
      `${file}: ${failures} row${failures === 1 ? '' : 's'} cannot be used${more}`,
      {
        problems,
      },
    );
  }
  return { idColumn, ids, vars: options.vars, rows: values, dropped };
}
