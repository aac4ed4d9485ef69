import type { z } from 'zod';
import { HttpProblem } from '../../http-problem.js';
import { type CellValue, csvLine } from '../csv.js';
import { ExportQuery, ProjectParams } from '../http-schemas.js';
import { loadProject } from '../load-records.js';
import { buildExportTable, type ExportRow } from '../response-export.js';
import { idColumns } from '../response-table.js';
import { defineRoute, type RouteContext } from '../route.js';

type ExportContext = RouteContext<{ projectId: string }, z.output<typeof ExportQuery>, undefined>;

/** Full exports (free text, exact dates, every group value) need one of these roles and a reason. */
const fullExportRoles = ['admin', 'coordinator'] as const;

function checkExportRight({ query, principal, params }: ExportContext): void {
  if (query.mode !== 'full') return;
  // A grant of coordinator or admin on this project (or on all projects): a researcher grant is not enough.
  const mayExportFully = principal?.grants.some(
    (grant) =>
      (fullExportRoles as readonly string[]).includes(grant.role) &&
      (grant.projectId === undefined || grant.projectId === params.projectId),
  );
  if (principal !== undefined && !mayExportFully) {
    throw new HttpProblem(
      403,
      'forbidden',
      'A full export needs the coordinator or admin role; researcher keys get the de-identified export.',
      { reason: 'export-right' },
    );
  }
  if (query.reason === undefined) {
    throw new HttpProblem(422, 'validation', 'Say why a full export is needed: it is audit-logged.', {
      errors: [{ path: 'query.reason', message: 'required when mode is full (10 to 500 characters)' }],
    });
  }
}

async function writeExport(context: ExportContext, format: 'csv' | 'ndjson'): Promise<void> {
  const { res, params, query, principal, services } = context;
  checkExportRight(context);
  const project = await loadProject(services, principal, params.projectId);
  const table = await buildExportTable(services.store, project, query.mode);
  const filename = `${project.slug}-responses-${query.layout}${query.mode === 'full' ? '-full' : ''}.${format}`;
  res.status(200);
  res.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.setHeader('X-Neighbourly-Export', query.mode);
  const lead = (row: ExportRow): [string, CellValue][] => [
    ...idColumns.map((column, i): [string, CellValue] => [column, row.ids[i]]),
    ...table.groupColumns.map((column): [string, CellValue] => [column, row.groups.get(column) ?? null]),
  ];
  const write = (cells: [string, CellValue][]) =>
    res.write(
      format === 'csv'
        ? csvLine(cells.map(([, value]) => value))
        : `${JSON.stringify(Object.fromEntries(cells))}\n`,
    );
  const header = (names: readonly string[]) => {
    if (format === 'csv') res.write(csvLine([...idColumns, ...table.groupColumns, ...names]));
  };
  if (query.layout === 'long') {
    header(['question', 'value']);
    for (const row of table.rows) {
      for (const [question, value] of row.answers)
        write([...lead(row), ['question', question], ['value', value]]);
    }
  } else {
    const names = [...new Set(table.rows.flatMap((row) => row.answers.map(([name]) => name)))];
    header(names);
    for (const row of table.rows) {
      const byName = new Map(row.answers);
      write([
        ...lead(row),
        ...(format === 'csv'
          ? names.map((name): [string, CellValue] => [name, byName.get(name)])
          : row.answers),
      ]);
    }
  }
  await services.store.audit.append({
    actor: principal?.actor ?? 'system',
    action: 'project.export',
    projectId: project.id,
    target: project.id,
    details: {
      format,
      layout: query.layout,
      mode: query.mode,
      ...(query.mode === 'full' && query.reason !== undefined ? { reason: query.reason } : {}),
    },
  });
  res.end();
}

const attachment = {
  'Content-Disposition': { description: 'An attachment named after the project and layout', required: true },
};

const exportRefused = {
  403: {
    description:
      'A full export asked with a researcher key (`reason: export-right`), or outside the key’s scope',
  },
};

/** Pseudonymised response exports: de-identified by default, full with the right role and a reason. */
export const exportRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/projects/:projectId/responses.csv',
    tag: 'Exports',
    summary:
      'Complete responses as CSV, pseudonymised, with the respondent’s group columns on every row. De-identified by default (no free text, small groups blanked, dates to the month); `mode=full` needs coordinator or admin and a `reason`, both audit-logged. Text cells are safe for every spreadsheet locale',
    access: ['admin', 'coordinator', 'researcher'],
    params: ProjectParams,
    query: ExportQuery,
    responses: {
      ...exportRefused,
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
    summary: 'Complete responses as NDJSON, pseudonymised; de-identified by default, `mode=full` as for CSV',
    access: ['admin', 'coordinator', 'researcher'],
    params: ProjectParams,
    query: ExportQuery,
    responses: {
      ...exportRefused,
      200: {
        description: 'One JSON object per line',
        mediaType: 'application/x-ndjson',
        headers: attachment,
      },
    },
    handler: (context) => writeExport(context, 'ndjson'),
  }),
];
