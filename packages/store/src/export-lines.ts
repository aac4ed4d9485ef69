import { type ExportLine, ExportLineSchema, type ExportRecordType } from './export-line.js';
import { parseStoreInput } from './parse-store-input.js';
import type { NdjsonSource } from './store.js';
import { StoreError } from './store-error.js';

/** The order in which record types appear in an export (each depends only on earlier ones). */
export const exportRecordOrder: readonly ExportRecordType[] = [
  'project',
  'survey',
  'surveyVersion',
  'wave',
  'respondent',
  'contact',
  'invitation',
  'response',
  'responseKey',
  'audit',
];

/** Formats one export line: JSON followed by a newline. */
export function formatExportLine(line: ExportLine): string {
  return JSON.stringify(line) + '\n';
}

async function* splitLines(source: NdjsonSource): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  for await (const chunk of source) {
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let newline = pending.indexOf('\n');
    while (newline >= 0) {
      yield pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      newline = pending.indexOf('\n');
    }
  }
  pending += decoder.decode();
  if (pending !== '') yield pending;
}

/**
 * Reads an NDJSON export line by line, without holding it in memory: validates every line with
 * {@link ExportLineSchema}, checks that the header comes first, that record types come in export order,
 * and that every record belongs to the header's project. Yields the header, then the records.
 * Throws `StoreError` `invalid-import` naming the line number.
 */
export async function* readExportLines(source: NdjsonSource): AsyncGenerator<ExportLine> {
  let lineNumber = 0;
  let projectId: string | undefined;
  let rank = -1;
  for await (const raw of splitLines(source)) {
    lineNumber += 1;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim() === '') continue;
    const fail = (message: string, cause?: unknown): never => {
      throw new StoreError('invalid-import', `Import line ${lineNumber}: ${message}`, {
        cause,
        issues: [{ code: 'invalid-import', path: [lineNumber], message }],
      });
    };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      fail('not valid JSON', error);
    }
    let line: ExportLine;
    try {
      line = parseStoreInput(ExportLineSchema, json, 'export line');
    } catch (error) {
      return fail(error instanceof Error ? error.message : 'invalid record', error);
    }
    if (line.type === 'header') {
      if (projectId !== undefined) fail('a second header');
      projectId = line.projectId;
      yield line;
      continue;
    }
    if (projectId === undefined) fail('the first line must be the export header');
    const lineRank = exportRecordOrder.indexOf(line.type);
    if (lineRank < rank) fail(`a ${line.type} record after ${exportRecordOrder[rank]} records`);
    if (line.type === 'project' && rank === 0) fail('a second project');
    if (line.type !== 'project' && rank < 0) fail('records before the project');
    rank = lineRank;
    const owner = line.type === 'project' ? line.record.id : line.record.projectId;
    if (owner !== projectId) fail(`a ${line.type} record of another project`);
    yield line;
  }
  if (projectId === undefined) {
    throw new StoreError('invalid-import', 'The import is empty: no export header');
  }
  if (rank < 0) throw new StoreError('invalid-import', 'The import holds no project record');
}

/** Zero counts of every export record type. */
export function emptyImportCounts(): Record<ExportRecordType, number> {
  return Object.fromEntries(exportRecordOrder.map((type) => [type, 0])) as Record<ExportRecordType, number>;
}
