import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { finished } from 'node:stream/promises';
import type { ResponseRecord } from '@neighbourly/core';
import type { JsonObject, Store } from '@neighbourly/store';
import { CliError } from '../../cli-error.js';
import type { CliContext, OutputStream } from '../context.js';
import { describeFsError } from '../files/read-text-file.js';
import { renderCsv } from '../output/tabular.js';
import { requireStoredProject, withStore } from '../store/open-cli-store.js';
import { storeRecords } from '../store/store-records.js';

/** Options of `neighbourly export`. */
export interface ExportOptions {
  store: string;
  project: string;
  output?: string;
  format: 'ndjson' | 'csv';
  layout: 'wide' | 'long';
}

async function openOutput(file: string | undefined, context: CliContext) {
  if (file === undefined || file === '-') {
    return { stream: context.stdout, close: async () => undefined };
  }
  try {
    await mkdir(dirname(file), { recursive: true });
  } catch (error) {
    throw new CliError('io', `Cannot write ${file}: ${describeFsError(error)}`, { cause: error });
  }
  const stream = createWriteStream(file);
  const failed = new Promise<never>((_, reject) =>
    stream.once('error', (error) =>
      reject(new CliError('io', `Cannot write ${file}: ${describeFsError(error)}`, { cause: error })),
    ),
  );
  failed.catch(() => undefined);
  return {
    stream: stream as OutputStream,
    close: async () => {
      stream.end();
      await Promise.race([finished(stream), failed]);
    },
  };
}

/** The latest definition of each survey of a project, merged into one for the wide layout's columns. */
async function combinedDefinition(store: Store, projectId: string): Promise<JsonObject> {
  const pages: unknown[] = [];
  for (const survey of await store.surveys.list(projectId, { limit: 1000 })) {
    const version = await store.surveys.getVersion(survey.id);
    const surveyPages = version?.definition.pages;
    if (Array.isArray(surveyPages)) pages.push(...surveyPages);
  }
  return { pages } as JsonObject;
}

/**
 * Runs `neighbourly export`: a project of a store as a Neighbourly NDJSON export (everything, for a backup or a
 * move to another store, streamed), or its complete responses as CSV in the wide layout (a row per response, a
 * column per answer field) or the long layout (a row per answer).
 */
export async function runExport(context: CliContext, options: ExportOptions): Promise<void> {
  await withStore(options.store, 'read', async (store) => {
    const project = await requireStoredProject(store, options.project, options.store);
    const output = await openOutput(options.output, context);
    try {
      if (options.format === 'ndjson') {
        for await (const line of store.exportNdjson(project.id)) {
          const stream = output.stream as {
            write(text: string): boolean;
            once?(event: string, listener: () => void): unknown;
          };
          if (stream.write(line) === false && stream.once) {
            await new Promise<void>((resolvePromise) => stream.once?.('drain', resolvePromise));
          }
        }
        await store.audit.append({ projectId: project.id, action: 'project.export', actor: 'cli' });
      } else {
        const { toLongTable, toWideTable } = await import('@neighbourly/surveys');
        const records: ResponseRecord[] = [];
        for await (const record of storeRecords(store, project.id)) records.push(record);
        const table =
          options.layout === 'long'
            ? toLongTable(records)
            : toWideTable(await combinedDefinition(store, project.id), records);
        const rows = table.rows.map((row) =>
          Object.fromEntries(table.columns.map((column, i) => [column, row[i]])),
        );
        output.stream.write(renderCsv({ columns: table.columns.map((key) => ({ key, header: key })), rows }));
      }
    } finally {
      await output.close();
    }
  });
  if (options.output !== undefined && options.output !== '-') {
    context.info(`Exported project "${options.project}" to ${options.output}`);
  }
}
