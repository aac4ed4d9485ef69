import { Readable } from 'node:stream';
import type { Issue } from '@neighbourly/core';
import { parse } from 'csv-parse';
import { z } from 'zod';
import { modelOf } from './answer-fields.js';
import { isPlainObject } from './internal/value-rules.js';
import { compileResponseValidator, type ValidateResponseOptions } from './response-validator.js';
import { createRecordConverter, type SurveyRecord } from './survey-records.js';

/** A problem with one input row; `line` is 1-based (for CSV and NDJSON the line, for a JSON array the element). */
export interface ImportIssue extends Issue {
  line: number;
}

/** What an import produced: records of the good rows, issues of the bad ones (skipped, never coerced). */
export interface ImportResult {
  records: SurveyRecord[];
  issues: ImportIssue[];
  /** Rows read, good and bad. */
  rows: number;
}

/** One result of a streamed import: a record of a good row, or the issue of a bad one (skipped). */
export type ImportItem = { record: SurveyRecord } | { issue: ImportIssue };

/** Input for the importers: a whole text, or a stream of text/bytes (e.g. `fs.createReadStream(path)`). */
export type ImportInput = string | AsyncIterable<string | Uint8Array> | Iterable<string>;

/** Options shared by the importers. */
export interface ImportOptions {
  /** The survey the responses answer. Every row is checked with `validateResponse`. */
  definition: unknown;
  /** The wave of every row (CSV may take it from a column instead). */
  waveId?: string;
  /** Validation options (hidden/unknown answers, size limit). */
  validation?: ValidateResponseOptions;
}

async function* lines(input: ImportInput): AsyncGenerator<string> {
  if (typeof input === 'string') {
    yield* input.split(/\r?\n/);
    return;
  }
  const decoder = new TextDecoder();
  let pending = '';
  for await (const chunk of input as AsyncIterable<string | Uint8Array>) {
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    const parts = pending.split(/\r?\n/);
    pending = parts.pop() ?? '';
    yield* parts;
  }
  yield pending + decoder.decode();
}

async function readAll(input: ImportInput): Promise<string> {
  if (typeof input === 'string') return input;
  let text = '';
  for await (const line of lines(input)) text += `${line}\n`;
  return text;
}

/** Turns a SurveyJS result into a record, or reports why it cannot. @internal */
class RowImporter {
  readonly records: SurveyRecord[] = [];
  readonly issues: ImportIssue[] = [];
  rows = 0;
  private readonly validator;
  private readonly toRecord;

  constructor(private readonly options: ImportOptions) {
    this.validator = compileResponseValidator(options.definition);
    this.toRecord = createRecordConverter(options.definition);
  }

  add(
    line: number,
    data: unknown,
    meta: { waveId?: string | undefined; respondentId?: string | undefined; group?: Record<string, string> },
  ): void {
    this.rows++;
    const waveId = meta.waveId ?? this.options.waveId;
    if (!waveId) {
      this.issues.push({
        line,
        code: 'missing-wave',
        path: [],
        message: `line ${line}: no wave (set waveId or map a wave column)`,
      });
      return;
    }
    const result = this.validator.validate(data, this.options.validation);
    if (!result.ok) {
      for (const issue of result.issues)
        this.issues.push({ ...issue, line, message: `line ${line}: ${issue.message}` });
      return;
    }
    this.records.push(
      this.toRecord({
        waveId,
        data: result.value,
        ...(meta.respondentId ? { respondentId: meta.respondentId } : {}),
        ...(meta.group ? { group: meta.group } : {}),
      }),
    );
  }

  fail(line: number, code: string, message: string): void {
    this.rows++;
    this.issues.push({ line, code, path: [], message: `line ${line}: ${message}` });
  }

  /** Hands over what was imported since the last call, in the order found, and forgets it. */
  *drain(): Generator<ImportItem> {
    // csv-parse reports malformed rows as it reads ahead: issues go first, in line order.
    const issues = this.issues.splice(0).sort((a, b) => a.line - b.line);
    for (const issue of issues) yield { issue };
    for (const record of this.records.splice(0)) yield { record };
  }

  result(): ImportResult {
    // csv-parse reports malformed rows as it reads ahead, so issues are put back in line order.
    const issues = [...this.issues].sort((a, b) => a.line - b.line);
    return { records: this.records, issues, rows: this.rows };
  }
}

/**
 * Imports SurveyJS results: a JSON array of result objects, or NDJSON (one result per line). Each
 * result is validated against the definition; bad rows are reported with their line (element number
 * for a JSON array) and skipped. A result may carry its respondent under `respondentId` (removed
 * from the answers).
 *
 * @example
 * const { records, issues } = await importSurveyJsResults(fs.createReadStream('results.ndjson'), { definition, waveId: 'baseline' });
 */
export async function importSurveyJsResults(
  input: ImportInput,
  options: ImportOptions & { format?: 'json' | 'ndjson' | 'auto' },
): Promise<ImportResult> {
  const importer = new RowImporter(options);
  const addResult = (line: number, value: unknown) => {
    if (!isPlainObject(value)) {
      importer.fail(line, 'not-an-object', 'a result must be a JSON object');
      return;
    }
    const { respondentId, ...data } = value;
    importer.add(line, data, { respondentId: typeof respondentId === 'string' ? respondentId : undefined });
  };
  const format = options.format ?? 'auto';
  if (
    format === 'json' ||
    (format === 'auto' && typeof input === 'string' && input.trimStart().startsWith('['))
  ) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readAll(input));
    } catch (cause) {
      importer.fail(1, 'invalid-json', cause instanceof Error ? cause.message : String(cause));
      return importer.result();
    }
    if (!Array.isArray(parsed)) importer.fail(1, 'not-an-array', 'expected a JSON array of results');
    else {
      for (const [index, value] of parsed.entries()) addResult(index + 1, value);
    }
    return importer.result();
  }
  let line = 0;
  for await (const text of lines(input)) {
    line++;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      importer.fail(line, 'invalid-json', 'not valid JSON');
      continue;
    }
    addResult(line, value);
  }
  return importer.result();
}

/**
 * A mapping file for CSV import: which column holds which question (or flattened field, such as
 * `trust.family` for a matrix row or `household.adults` for a multiple-text item), the wave, the
 * respondent and group values. Lists (checkbox, tagbox, ranking) are written `a;b;c` in one cell.
 */
export const CsvMappingSchema = z
  .object({
    /** CSV column → question name or flattened field name. */
    questions: z.record(z.string(), z.string().min(1)),
    waveColumn: z.string().min(1).optional(),
    waveId: z.string().min(1).optional(),
    respondentColumn: z.string().min(1).optional(),
    /** group key → CSV column, e.g. `{ "area": "Wijk" }`. */
    groupColumns: z.record(z.string(), z.string()).optional(),
    /** The cell separator; default `,`. */
    delimiter: z.string().length(1).optional(),
  })
  .strict();
/** A CSV mapping file. */
export type CsvMapping = z.infer<typeof CsvMappingSchema>;

type Converter = (text: string) => { value: unknown } | { error: string };

function convertersOf(definition: unknown): Map<string, Converter> {
  const model = modelOf(definition);
  const converters = new Map<string, Converter>();
  const number: Converter = (text) => {
    const value = Number(text.replace(',', '.'));
    return text.trim() !== '' && Number.isFinite(value) ? { value } : { error: `"${text}" is not a number` };
  };
  const text: Converter = (value) => ({ value });
  for (const question of model.getAllQuestions(false, false, false)) {
    const key = question.getValueName();
    const type = question.getType();
    const choiceValues = [...(question.choices ?? []), ...(question.visibleRateValues ?? [])].map(
      (item) => item.value,
    );
    const numericChoices =
      choiceValues.length > 0 && choiceValues.every((value) => typeof value === 'number');
    const scalar: Converter =
      numericChoices ||
      (type === 'text' && (question.inputType === 'number' || question.inputType === 'range'))
        ? number
        : text;
    if (type === 'boolean') {
      const yes = question.valueTrue ?? true;
      const no = question.valueFalse ?? false;
      converters.set(key, (cell) => {
        const lower = cell.trim().toLowerCase();
        if (['true', '1', 'yes', 'ja', 'oui', String(yes).toLowerCase()].includes(lower))
          return { value: yes };
        if (['false', '0', 'no', 'nee', 'non', String(no).toLowerCase()].includes(lower))
          return { value: no };
        return { error: `"${cell}" is not yes or no` };
      });
    } else if (type === 'checkbox' || type === 'tagbox' || type === 'ranking') {
      converters.set(key, (cell) => {
        const values: unknown[] = [];
        for (const part of cell.split(';')) {
          const converted = scalar(part.trim());
          if ('error' in converted) return converted;
          values.push(converted.value);
        }
        return { value: values };
      });
    } else if (type === 'matrix') {
      const columns = (question.columns ?? []).map((column) => column.value);
      const cellConverter =
        columns.length > 0 && columns.every((value) => typeof value === 'number') ? number : text;
      for (const row of question.rows ?? []) converters.set(`${key}.${String(row.value)}`, cellConverter);
    } else if (type === 'multipletext') {
      for (const item of question.items ?? []) {
        converters.set(
          `${key}.${item.name}`,
          item.inputType === 'number' || item.inputType === 'range' ? number : text,
        );
      }
    } else {
      converters.set(key, scalar);
    }
  }
  return converters;
}

/**
 * Imports responses from a CSV file with a header row, streaming (csv-parse), using a mapping file
 * that names the column of each question, the wave and group columns. Values are converted to the
 * question's type (numbers, yes/no, `;`-separated lists, matrix rows and multiple-text items from their
 * flattened names) and validated against the definition. Bad rows — unconvertible cells, invalid
 * answers, malformed CSV — are reported with their line number and skipped.
 *
 * @example
 * const mapping = CsvMappingSchema.parse(JSON.parse(await readFile('mapping.json', 'utf8')));
 * const { records, issues } = await importCsvResponses(createReadStream('answers.csv'), { definition, mapping });
 */
export async function importCsvResponses(
  input: ImportInput,
  options: ImportOptions & { mapping: CsvMapping },
): Promise<ImportResult> {
  const result: ImportResult = { records: [], issues: [], rows: 0 };
  const items = streamCsvResponses(input, options);
  for (let step = await items.next(); ; step = await items.next()) {
    if (step.done) {
      result.rows = step.value;
      break;
    }
    if ('record' in step.value) result.records.push(step.value.record);
    else result.issues.push(step.value.issue);
  }
  result.issues.sort((x, y) => x.line - y.line);
  return result;
}

/**
 * Streams the records of a CSV of responses as csv-parse reads it: the same rules and issues as
 * {@link importCsvResponses}, but nothing is kept, so a file of any size needs little memory. Yields a
 * record per good row and an issue per problem (issues of malformed rows may come a few rows late, as
 * csv-parse reads ahead); returns the number of rows read.
 *
 * @example
 * for await (const item of streamCsvResponses(createReadStream('answers.csv'), { definition, mapping })) {
 *   if ('record' in item) use(item.record);
 *   else console.warn(item.issue.message);
 * }
 */
export async function* streamCsvResponses(
  input: ImportInput,
  options: ImportOptions & { mapping: CsvMapping },
): AsyncGenerator<ImportItem, number> {
  const mapping = CsvMappingSchema.parse(options.mapping);
  const importer = new RowImporter({ ...options, ...(mapping.waveId ? { waveId: mapping.waveId } : {}) });
  const converters = convertersOf(options.definition);
  const unknownTargets = Object.values(mapping.questions).filter((target) => !converters.has(target));
  if (unknownTargets.length > 0) {
    importer.fail(
      1,
      'unknown-question',
      `the mapping names fields the survey does not have: ${unknownTargets.join(', ')}`,
    );
    yield* importer.drain();
    return importer.rows;
  }
  // The header is checked once: a column the mapping names but the file lacks is one issue, not one per row.
  let header: string[] | undefined;
  const parser = parse({
    columns: (names: string[]) => {
      header = names;
      return names;
    },
    bom: true,
    info: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    delimiter: mapping.delimiter ?? ',',
  });
  parser.on('skip', (error: Error & { lines?: number }) => {
    importer.fail(error.lines ?? 0, 'invalid-csv', error.message);
  });
  const source =
    typeof input === 'string'
      ? Readable.from([input])
      : Readable.from(input as AsyncIterable<string | Uint8Array>);
  source.pipe(parser);
  let headerChecked = false;
  for await (const { record, info } of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
  }>) {
    if (!headerChecked) {
      headerChecked = true;
      if (missingColumns(mapping, header ?? [], importer)) {
        source.destroy();
        yield* importer.drain();
        return importer.rows;
      }
    }
    const line = info.lines;
    const data: Record<string, unknown> = {};
    const problems: string[] = [];
    for (const [column, target] of Object.entries(mapping.questions)) {
      const cell = record[column];
      if (cell === undefined || cell.trim() === '') continue;
      const converted = converters.get(target)?.(cell);
      if (!converted) continue;
      if ('error' in converted) {
        problems.push(`${column}: ${converted.error}`);
        continue;
      }
      const dot = target.indexOf('.');
      if (dot > 0 && !(target in data) && converters.has(target) && !converters.has(target.slice(0, dot))) {
        const parent = target.slice(0, dot);
        const nested = (data[parent] ?? {}) as Record<string, unknown>;
        nested[target.slice(dot + 1)] = converted.value;
        data[parent] = nested;
      } else {
        data[target] = converted.value;
      }
    }
    if (problems.length > 0) {
      importer.fail(line, 'unconvertible-value', problems.join('; '));
      yield* importer.drain();
      continue;
    }
    const group: Record<string, string> = {};
    for (const [key, column] of Object.entries(mapping.groupColumns ?? {})) {
      const value = record[column];
      if (value !== undefined && value !== '') group[key] = value;
    }
    const waveId = mapping.waveColumn ? record[mapping.waveColumn] || undefined : undefined;
    const respondentId = mapping.respondentColumn ? record[mapping.respondentColumn] || undefined : undefined;
    importer.add(line, data, { waveId, respondentId, ...(Object.keys(group).length > 0 ? { group } : {}) });
    yield* importer.drain();
  }
  if (!headerChecked && header !== undefined) missingColumns(mapping, header, importer);
  yield* importer.drain();
  return importer.rows;
}

/**
 * Notes, as one `unknown-column` issue on line 1, every column the mapping names that the header lacks (the
 * wave, respondent, group and question columns); returns whether there was any.
 */
function missingColumns(mapping: CsvMapping, header: readonly string[], importer: RowImporter): boolean {
  const present = new Set(header);
  const named: [string, string][] = [
    ...(mapping.waveColumn === undefined ? [] : [['waveColumn', mapping.waveColumn] as [string, string]]),
    ...(mapping.respondentColumn === undefined
      ? []
      : [['respondentColumn', mapping.respondentColumn] as [string, string]]),
    ...Object.entries(mapping.groupColumns ?? {}).map(([key, column]): [string, string] => [
      `groupColumns.${key}`,
      column,
    ]),
    ...Object.keys(mapping.questions).map((column): [string, string] => [`questions`, column]),
  ];
  const missing = named.filter(([, column]) => !present.has(column));
  if (missing.length === 0) return false;
  const list = missing.map(([field, column]) => `"${column}" (${field})`).join(', ');
  importer.fail(
    1,
    'unknown-column',
    `the mapping names ${missing.length === 1 ? 'a column' : 'columns'} the file does not have: ${list}; its columns are ${header.map((name) => `"${name}"`).join(', ')}`,
  );
  return true;
}
