import type { Response as StoredResponse } from '@neighbourly/store';
import { type CellValue, csvLine } from '../csv.js';
import { ExportQuery, ProjectParams } from '../http-schemas.js';
import { loadProject } from '../load-records.js';
import { flattenAnswer, idCells, idColumns } from '../response-table.js';
import { defineRoute, type RouteContext, type Services } from '../route.js';

type Row = { ids: CellValue[]; answers: [string, CellValue][] };

async function* exportRows(services: Services, projectId: string): AsyncIterable<Row> {
  const waves = await services.store.waves.list(projectId, { limit: 1000 });
  const labels = new Map(waves.map((wave) => [wave.id, wave.label]));
  for await (const response of services.store.streamResponses({ projectId })) {
    const answers: [string, CellValue][] = [];
    for (const [name, value] of Object.entries((response as StoredResponse).answers))
      flattenAnswer(name, value, answers);
    yield { ids: idCells(response, labels), answers };
  }
}

async function writeExport(
  context: RouteContext<{ projectId: string }, { layout: 'wide' | 'long' }, undefined>,
  format: 'csv' | 'ndjson',
): Promise<void> {
  const { res, params, query, principal, services } = context;
  const project = await loadProject(services, principal, params.projectId);
  const filename = `${project.slug}-responses-${query.layout}.${format}`;
  res.status(200);
  res.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  const write = (line: string) => res.write(line);
  if (query.layout === 'long') {
    if (format === 'csv') write(csvLine([...idColumns, 'question', 'value']));
    for await (const row of exportRows(services, project.id)) {
      for (const [question, value] of row.answers) {
        if (format === 'csv') write(csvLine([...row.ids, question, value]));
        else
          write(
            `${JSON.stringify(Object.fromEntries([...idColumns.map((column, i) => [column, row.ids[i]]), ['question', question], ['value', value]]))}\n`,
          );
      }
    }
  } else {
    // Wide: the columns are every answer name seen, so rows are collected first (exports are per project).
    const rows: Row[] = [];
    const columns = new Set<string>();
    for await (const row of exportRows(services, project.id)) {
      rows.push(row);
      for (const [name] of row.answers) columns.add(name);
    }
    const names = [...columns];
    if (format === 'csv') write(csvLine([...idColumns, ...names]));
    for (const row of rows) {
      const byName = new Map(row.answers);
      if (format === 'csv') write(csvLine([...row.ids, ...names.map((name) => byName.get(name))]));
      else
        write(
          `${JSON.stringify(Object.fromEntries([...idColumns.map((column, i) => [column, row.ids[i]]), ...row.answers]))}\n`,
        );
    }
  }
  await services.store.audit.append({
    actor: principal?.actor ?? 'system',
    action: 'project.export',
    projectId: project.id,
    target: project.id,
    details: { format, layout: query.layout },
  });
  res.end();
}

const attachment = {
  'Content-Disposition': { description: 'An attachment named after the project and layout', required: true },
};

/** Pseudonymised response exports. */
export const exportRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/projects/:projectId/responses.csv',
    tag: 'Exports',
    summary:
      'Complete responses as CSV, pseudonymised (no panel ids, no contact details); formula-like text cells are neutralised',
    access: ['admin', 'coordinator', 'researcher'],
    params: ProjectParams,
    query: ExportQuery,
    responses: {
      200: {
        description: 'CSV, one row per response (wide) or per answer (long)',
        mediaType: 'text/csv',
        headers: attachment,
      },
    },
    handler: (context) => writeExport(context, 'csv'),
  }),
  defineRoute({
    method: 'get',
    path: '/api/projects/:projectId/responses.ndjson',
    tag: 'Exports',
    summary: 'Complete responses as NDJSON, pseudonymised',
    access: ['admin', 'coordinator', 'researcher'],
    params: ProjectParams,
    query: ExportQuery,
    responses: {
      200: {
        description: 'One JSON object per line',
        mediaType: 'application/x-ndjson',
        headers: attachment,
      },
    },
    handler: (context) => writeExport(context, 'ndjson'),
  }),
];
