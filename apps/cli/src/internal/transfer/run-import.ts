import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ResponseRecord } from '@neighbourly/core';
import type { JsonObject } from '@neighbourly/store';
import { CliError } from '../../cli-error.js';
import type { CliContext } from '../context.js';
import { readJsonDocument } from '../files/json-document.js';
import { describeFsError } from '../files/read-text-file.js';
import { formatJson } from '../files/write-file.js';
import { loadProject } from '../project/load-project.js';
import { csvSource } from '../responses/csv-source.js';
import { type RecordProblems, readRecords, settleRecordProblems } from '../responses/read-records.js';
import { importRecords } from '../store/import-records.js';
import { withStore } from '../store/open-cli-store.js';

/** Options of `neighbourly import`. */
export interface ImportOptions {
  store: string;
  project?: string;
  survey?: string;
  mapping?: string;
  skipInvalid?: boolean;
  format: 'table' | 'json';
}

/** Whether a file starts with a Neighbourly export header (reads only its first line). */
async function isNeighbourlyExport(file: string): Promise<boolean> {
  const extension = extname(file).toLowerCase();
  if (extension !== '.ndjson' && extension !== '.jsonl') return false;
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new CliError('io', `Cannot read ${file}: ${describeFsError(error)}`, { cause: error });
  }
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const firstLine = buffer.subarray(0, bytesRead).toString('utf8').split('\n')[0] ?? '';
    return /"type"\s*:\s*"header"/.test(firstLine) && firstLine.includes('neighbourly-export');
  } finally {
    await handle.close();
  }
}

/**
 * Runs `neighbourly import`: restores a Neighbourly NDJSON export into a store, or imports responses (a CSV with
 * its survey and mapping, or records as NDJSON/JSON) into the store under the project of `project.json`.
 */
export async function runImport(context: CliContext, file: string, options: ImportOptions): Promise<void> {
  if (await isNeighbourlyExport(file)) {
    const summary = await withStore(options.store, 'write', (store) =>
      store.importNdjson(createReadStream(file)),
    );
    if (options.format === 'json') context.stdout.write(formatJson({ kind: 'export', ...summary }));
    else {
      const counts = Object.entries(summary.counts)
        .filter(([, count]) => count > 0)
        .map(([type, count]) => `${count} ${type}`)
        .join(', ');
      context.stdout.write(`Restored project ${summary.projectId} from ${file}: ${counts}\n`);
    }
    return;
  }
  if (options.project === undefined) {
    throw new CliError(
      'usage',
      `${file} is not a Neighbourly export: importing responses needs --project <project.json> (and for a CSV, --survey and --mapping)`,
    );
  }
  const { loaded, warnings } = await loadProject(options.project);
  context.reportProblems(warnings);
  const source = csvSource(loaded, options);
  const surveyFile = source.survey;
  const definition: JsonObject =
    surveyFile === undefined
      ? { title: `${loaded.project.name}: imported records`, pages: [] }
      : ((await readJsonDocument(surveyFile)).value as JsonObject);
  const surveyName =
    surveyFile === undefined ? 'imported-records' : basename(surveyFile, extname(surveyFile));
  const problems: RecordProblems = { count: 0, listed: [] };
  const records = readRecords(file, problems, source);
  // Check the rows before writing: an import with invalid rows writes nothing unless they are to be skipped.
  const collected: ResponseRecord[] = [];
  for await (const record of records) collected.push(record);
  context.reportProblems(settleRecordProblems(problems, options.skipInvalid));
  const summary = await withStore(options.store, 'write', (store) =>
    importRecords(
      store,
      loaded,
      (async function* () {
        yield* collected;
      })(),
      { name: surveyName, definition },
    ),
  );
  if (options.format === 'json') context.stdout.write(formatJson({ kind: 'responses', ...summary }));
  else {
    context.stdout.write(
      `Imported ${file} into project "${summary.slug}"${summary.createdProject ? ' (created)' : ''}: ` +
        `${summary.responses} responses, ${summary.respondents} new respondents, ${summary.waves} new waves` +
        (summary.replayed > 0 ? `; ${summary.replayed} responses were already there` : '') +
        '\n',
    );
  }
}
