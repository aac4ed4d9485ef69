import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { formatPath, type ResponseRecord, ResponseRecordSchema } from '@neighbourly/core';
import { CliError, type CliProblem } from '../../cli-error.js';
import { issuesFromZod, problemsFromIssues } from '../files/issue-problems.js';
import { readJsonDocument } from '../files/json-document.js';
import { describeFsError } from '../files/read-text-file.js';

/** Response file formats the CLI reads records from. */
export const recordFileExtensions = ['.ndjson', '.jsonl', '.json', '.csv'] as const;

/** What a CSV of responses needs: the survey it answers and the mapping of its columns. */
export interface CsvSource {
  /** The SurveyJS definition file (every row is validated against it). */
  survey?: string;
  /** The mapping file (`CsvMappingSchema` of `@neighbourly/surveys`). */
  mapping?: string;
}

/** Importer issues about the whole file rather than one row: they end the command. */
const fileLevelIssues = new Set(['unknown-column', 'unknown-question']);

/** Problems found in records while they stream; invalid records are skipped. */
export interface RecordProblems {
  /** Invalid records seen. */
  count: number;
  /** The first of them, located (at most {@link maxListedProblems}). */
  listed: CliProblem[];
}

/** How many bad records are listed one by one; the rest are counted. */
export const maxListedProblems = 20;

function note(problems: RecordProblems, problem: CliProblem) {
  problems.count += 1;
  if (problems.listed.length < maxListedProblems) problems.listed.push(problem);
}

/** Streams NDJSON records line by line: memory stays flat however large the file. */
async function* ndjsonRecords(file: string, problems: RecordProblems): AsyncGenerator<ResponseRecord> {
  const input = file === '-' ? process.stdin : createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  try {
    for await (const text of lines) {
      line += 1;
      if (text.trim() === '') continue;
      let json: unknown;
      try {
        json = JSON.parse(line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      } catch (error) {
        note(problems, { file, line, message: `not valid JSON: ${(error as Error).message}` });
        continue;
      }
      const parsed = ResponseRecordSchema.safeParse(json);
      if (!parsed.success) {
        for (const issue of issuesFromZod(parsed.error).slice(0, 1)) {
          note(problems, { file, line, field: formatPath(issue.path), message: issue.message });
        }
        continue;
      }
      yield parsed.data;
    }
  } catch (error) {
    throw new CliError('io', `Cannot read ${file}: ${describeFsError(error)}`, { cause: error });
  }
}

/** Reads a JSON array of records (held in memory: use NDJSON for large files). */
async function* jsonRecords(file: string, problems: RecordProblems): AsyncGenerator<ResponseRecord> {
  const document = await readJsonDocument(file);
  if (!Array.isArray(document.value)) {
    throw new CliError('validation', `${file}: expected a JSON array of response records`, {
      problems: [{ file, line: 1, message: 'expected a JSON array of response records' }],
    });
  }
  let index = 0;
  for (const item of document.value) {
    const parsed = ResponseRecordSchema.safeParse(item);
    if (parsed.success) yield parsed.data;
    else {
      const [problem] = problemsFromIssues(document, issuesFromZod(parsed.error).slice(0, 1), [index]);
      if (problem) note(problems, { ...problem, message: problem.message });
    }
    index += 1;
  }
}

/**
 * Streams a CSV of responses with `streamCsvResponses` of `@neighbourly/surveys` (csv-parse): the
 * mapping names the columns of the questions, the wave, the respondent and the groups; bad rows are noted with
 * their line and skipped.
 */
async function* csvRecords(
  file: string,
  source: CsvSource,
  problems: RecordProblems,
): AsyncGenerator<ResponseRecord> {
  if (source.survey === undefined || source.mapping === undefined) {
    throw new CliError(
      'usage',
      `${file}: a CSV of responses needs --survey <survey.json> and --mapping <mapping.json> (or "surveys" and "mapping" in project.json)`,
    );
  }
  const { CsvMappingSchema, streamCsvResponses } = await import('@neighbourly/surveys');
  const surveyDocument = await readJsonDocument(source.survey);
  const mappingDocument = await readJsonDocument(source.mapping);
  const mapping = CsvMappingSchema.safeParse(mappingDocument.value);
  if (!mapping.success) {
    throw new CliError('validation', `${source.mapping} is not a valid CSV mapping`, {
      problems: problemsFromIssues(mappingDocument, issuesFromZod(mapping.error)),
    });
  }
  // Opened first: a missing file is one clear error before anything streams (a stream's error event would not be).
  const handle = await open(file).catch((error: unknown) => {
    throw new CliError('io', `Cannot read ${file}: ${describeFsError(error)}`, { cause: error });
  });
  const input = handle.createReadStream();
  try {
    // Records flow on to the engine as the file is read: a CSV of any size needs little memory.
    for await (const item of streamCsvResponses(input, {
      definition: surveyDocument.value,
      mapping: mapping.data,
    })) {
      if ('record' in item) {
        yield item.record;
        continue;
      }
      // The importer's messages repeat the line and the field ("line 4: help: …"): both are shown once, in front.
      const field = formatPath(item.issue.path);
      let message = item.issue.message.replace(/^line \d+:\s*/, '');
      const repeated = `${item.issue.path.join('.')}: `;
      if (item.issue.path.length > 0 && message.startsWith(repeated))
        message = message.slice(repeated.length);
      if (fileLevelIssues.has(item.issue.code)) {
        // The mapping does not fit the file: no row can be read, so this ends the command (not a skipped row).
        throw new CliError(
          'validation',
          `${file}:${item.issue.line}: ${message.replace('the mapping', `the mapping ${source.mapping}`)}`,
        );
      }
      note(problems, { file, line: item.issue.line, field, message });
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== undefined && (error as NodeJS.ErrnoException).syscall) {
      throw new CliError('io', `Cannot read ${file}: ${describeFsError(error)}`, { cause: error });
    }
    throw error;
  }
}

/**
 * Streams the response records in a file: NDJSON (`.ndjson`, `.jsonl`, or `-` for stdin) one record a line,
 * or a `.json` array, each record `{ respondentId?, waveId, group?, answers }` as `ResponseRecordSchema` of
 * `@neighbourly/core` defines it; or a `.csv` of responses with its survey and mapping. Invalid records are
 * skipped and noted in `problems` with their line.
 */
export function readRecords(
  file: string,
  problems: RecordProblems,
  csv: CsvSource = {},
): AsyncIterable<ResponseRecord> {
  const extension = file === '-' ? '.ndjson' : extname(file).toLowerCase();
  if (extension === '.csv') return csvRecords(file, csv, problems);
  if (extension === '.ndjson' || extension === '.jsonl') return ndjsonRecords(file, problems);
  if (extension === '.json') return jsonRecords(file, problems);
  throw new CliError(
    'usage',
    `${file}: responses must be ${recordFileExtensions.join(', ')} files of response records`,
  );
}

/** Ends the command when records were invalid, unless the caller chose to skip them (then: warnings). */
export function settleRecordProblems(
  problems: RecordProblems,
  skipInvalid: boolean | undefined,
): CliProblem[] {
  if (problems.count === 0) return [];
  if (skipInvalid) {
    return problems.listed.map((problem) => ({
      ...problem,
      message: `${problem.message} (record skipped)`,
      severity: 'warning',
    }));
  }
  const more =
    problems.count > problems.listed.length ? `; the first ${problems.listed.length} are listed` : '';
  throw new CliError(
    'validation',
    `${problems.count} invalid response record${problems.count === 1 ? '' : 's'}${more} (use --skip-invalid to compute without them)`,
    { problems: problems.listed },
  );
}
