import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { CliError } from '../../cli-error.js';
import { describeFsError } from './read-text-file.js';

/** One data row of a CSV file, with the line it ends on (1-based, the header being line 1). */
export interface CsvRow {
  line: number;
  values: string[];
}

/** Options of {@link readCsvRows}. */
export interface ReadCsvOptions {
  /** Field delimiter (default `,`). */
  delimiter?: string;
}

/** A CSV file being read: its header, then its rows one at a time (memory stays bounded). */
export interface CsvReader {
  header: string[];
  rows: AsyncIterable<CsvRow>;
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

function openSource(file: string): Readable {
  return file === '-' ? process.stdin : createReadStream(file);
}

function csvProblem(file: string, error: unknown): CliError {
  if (error instanceof CsvError) {
    const line = (error as CsvError & { lines?: number }).lines;
    return new CliError('validation', `${file} is not valid CSV`, {
      cause: error,
      problems: [{ file, ...(line === undefined ? {} : { line }), message: error.message }],
    });
  }
  if (error instanceof CliError) return error;
  return new CliError('io', `Cannot read ${file}: ${describeFsError(error)}`, { cause: error });
}

/**
 * Streams a CSV file (or stdin for `-`) with csv-parse: a header row, then data rows. A byte-order mark is
 * dropped, blank lines are skipped and fields are trimmed. Malformed CSV (unclosed quotes, a row with a
 * different number of fields than the header) is a CliError `validation` naming the line; an unreadable file a
 * CliError `io`.
 */
export async function readCsvRows(file: string, options: ReadCsvOptions = {}): Promise<CsvReader> {
  const parser = parse({
    bom: true,
    delimiter: options.delimiter ?? ',',
    skip_empty_lines: true,
    trim: true,
    info: true,
  });
  const input = openSource(file);
  // Errors of the file stream (a missing file) do not travel through pipe(): hand them to the parser.
  input.once('error', (error) => parser.destroy(error));
  input.pipe(parser);
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<ParsedRecord>;
  let first: IteratorResult<ParsedRecord>;
  try {
    first = await iterator.next();
  } catch (error) {
    throw csvProblem(file, error);
  }
  if (first.done) {
    throw new CliError('validation', `${file} is empty: expected a header row`, {
      problems: [{ file, message: 'the file is empty: expected a header row' }],
    });
  }
  const header = first.value.record;
  async function* rows(): AsyncGenerator<CsvRow> {
    try {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield { line: next.value.info.lines, values: next.value.record };
      }
    } catch (error) {
      throw csvProblem(file, error);
    } finally {
      await iterator.return?.();
    }
  }
  return { header, rows: rows() };
}
