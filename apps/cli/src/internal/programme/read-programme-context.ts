import { CliError, type CliProblem } from '../../cli-error.js';
import { readCsvRows } from '../files/csv-rows.js';
import { parseNumber } from '../typology/read-typology-table.js';

/** Context variables per project id, read from a CSV file with one row per project. */
export interface ProgrammeContextTable {
  idColumn: string;
  columns: string[];
  byId: Map<string, Record<string, string | number | null>>;
  problems: CliProblem[];
}

/**
 * Reads `projects.csv`: an id column (`id` by default, else the first column) and any context variables;
 * numbers become numbers (a decimal comma is accepted with another delimiter), empty cells `null`, anything
 * else text. Duplicate ids are a validation error naming the lines.
 */
export async function readProgrammeContext(
  file: string,
  options: { id?: string; delimiter?: string } = {},
): Promise<ProgrammeContextTable> {
  const delimiter = options.delimiter ?? ',';
  const { header, rows } = await readCsvRows(file, { delimiter });
  const idColumn = options.id ?? (header.includes('id') ? 'id' : (header[0] ?? 'id'));
  const idIndex = header.indexOf(idColumn);
  if (idIndex === -1) {
    throw new CliError('usage', `${file}: no column "${idColumn}" (columns: ${header.join(', ')})`);
  }
  const columns = header.filter((_, index) => index !== idIndex);
  const byId = new Map<string, Record<string, string | number | null>>();
  const firstLine = new Map<string, number>();
  const problems: CliProblem[] = [];
  for await (const row of rows) {
    const id = (row.values[idIndex] ?? '').trim();
    if (id === '') {
      problems.push({
        file,
        line: row.line,
        field: idColumn,
        message: 'empty id: row left out',
        severity: 'warning',
      });
      continue;
    }
    if (byId.has(id)) {
      throw new CliError(
        'validation',
        `${file}: project "${id}" appears twice (lines ${firstLine.get(id)} and ${row.line})`,
      );
    }
    const context: Record<string, string | number | null> = {};
    header.forEach((name, index) => {
      if (index === idIndex) return;
      const text = row.values[index] ?? '';
      const number = parseNumber(text, delimiter);
      context[name] = number === undefined ? text.trim() : number;
    });
    byId.set(id, context);
    firstLine.set(id, row.line);
  }
  return { idColumn, columns, byId, problems };
}
