import type { ExportLine } from '../../export-line.js';
import { emptyImportCounts, formatExportLine, readExportLines } from '../../export-lines.js';
import { requireLookupString } from '../../parse-store-input.js';
import type { ImportSummary, NdjsonSource } from '../../store.js';
import { StoreError } from '../../store-error.js';
import { insertSql } from './insert-sql.js';
import {
  type AuditRow,
  auditFromRow,
  auditToRow,
  type ContactRow,
  contactFromRow,
  contactToRow,
  type InvitationRow,
  invitationFromRow,
  invitationToRow,
  projectToRow,
  type RespondentRow,
  type ResponseKeyRow,
  type ResponseRow,
  respondentFromRow,
  respondentToRow,
  responseFromRow,
  responseKeyFromRow,
  responseKeyToRow,
  responseToRow,
  type SurveyRow,
  type SurveyVersionRow,
  surveyFromRow,
  surveyToRow,
  surveyVersionFromRow,
  surveyVersionToRow,
  type WaveRow,
  waveFromRow,
  waveToRow,
} from './rows.js';
import type { SqliteDatabase } from './sqlite-database.js';

const importBatchSize = 500;
const exportPageSize = 1000;

/** Each exported table in dependency order: its keyset-paged query and how a row becomes a line. */
const exportTables: { sql: string; toLine: (row: never) => ExportLine }[] = [
  {
    sql: 'SELECT * FROM surveys WHERE project_id = @projectId AND id > @after ORDER BY id LIMIT @limit',
    toLine: (row: SurveyRow) => ({ type: 'survey', record: surveyFromRow(row) }),
  },
  {
    sql: `SELECT *, survey_id || ':' || printf('%010d', version) AS cursor FROM survey_versions
          WHERE project_id = @projectId AND survey_id || ':' || printf('%010d', version) > @after ORDER BY cursor LIMIT @limit`,
    toLine: (row: SurveyVersionRow) => ({ type: 'surveyVersion', record: surveyVersionFromRow(row) }),
  },
  {
    sql: 'SELECT * FROM waves WHERE project_id = @projectId AND id > @after ORDER BY id LIMIT @limit',
    toLine: (row: WaveRow) => ({ type: 'wave', record: waveFromRow(row) }),
  },
  {
    sql: 'SELECT * FROM respondents WHERE project_id = @projectId AND id > @after ORDER BY id LIMIT @limit',
    toLine: (row: RespondentRow) => ({ type: 'respondent', record: respondentFromRow(row) }),
  },
  {
    sql: 'SELECT *, respondent_id AS cursor FROM contacts WHERE project_id = @projectId AND respondent_id > @after ORDER BY respondent_id LIMIT @limit',
    toLine: (row: ContactRow) => ({ type: 'contact', record: contactFromRow(row) }),
  },
  {
    sql: 'SELECT * FROM invitations WHERE project_id = @projectId AND id > @after ORDER BY id LIMIT @limit',
    toLine: (row: InvitationRow) => ({ type: 'invitation', record: invitationFromRow(row) }),
  },
  {
    sql: 'SELECT * FROM responses WHERE project_id = @projectId AND id > @after ORDER BY id LIMIT @limit',
    toLine: (row: ResponseRow) => ({ type: 'response', record: responseFromRow(row) }),
  },
  {
    sql: 'SELECT *, key AS cursor FROM response_keys WHERE project_id = @projectId AND key > @after ORDER BY key LIMIT @limit',
    toLine: (row: ResponseKeyRow) => ({ type: 'responseKey', record: responseKeyFromRow(row) }),
  },
  {
    sql: 'SELECT * FROM audit_log WHERE project_id = @projectId AND id > @after ORDER BY id LIMIT @limit',
    toLine: (row: AuditRow) => ({ type: 'audit', record: auditFromRow(row) }),
  },
];

/** A project and everything in it as NDJSON lines, one short read per page (see `Store.exportNdjson`). */
export async function* exportSqliteProject(db: SqliteDatabase, projectId: string): AsyncGenerator<string> {
  requireLookupString(projectId, 'project id');
  const project = db.read(() => db.project(projectId));
  if (!project) throw new StoreError('not-found', `No project with id "${projectId}"`);
  yield formatExportLine({
    type: 'header',
    format: 'neighbourly-export',
    version: 1,
    projectId,
    exportedAt: db.timestamp(),
  });
  yield formatExportLine({ type: 'project', record: project });
  for (const table of exportTables) {
    let after = '';
    for (;;) {
      const rows = db.read(() =>
        db.all<{ id?: string; cursor?: string }>(table.sql, { projectId, after, limit: exportPageSize }),
      );
      for (const row of rows) {
        const { cursor: _cursor, ...record } = row;
        yield formatExportLine(table.toLine(record as never));
      }
      const last = rows.at(-1);
      if (last === undefined || rows.length < exportPageSize) break;
      after = last.cursor ?? last.id ?? '';
    }
  }
}

/**
 * Restores an export in batches of {@link importBatchSize} lines per transaction. The project is marked in
 * `imports_in_progress` until the last line is in, so a failed or interrupted import is removed whole.
 */
export async function importSqliteProject(db: SqliteDatabase, source: NdjsonSource): Promise<ImportSummary> {
  const counts = emptyImportCounts();
  let projectId: string | undefined;
  let started = false;
  let batch: ExportLine[] = [];
  const flush = () => {
    const lines = batch;
    batch = [];
    db.write(() => {
      for (const line of lines) insertImported(db, line);
    });
  };
  try {
    for await (const line of readExportLines(source)) {
      if (line.type === 'header') {
        projectId = line.projectId;
        continue;
      }
      if (line.type === 'project') {
        const project = line.record;
        db.write(() => {
          if (db.get('SELECT 1 FROM projects WHERE id = ? OR slug = ?', project.id, project.slug)) {
            throw new StoreError('duplicate', `Project "${project.slug}" (${project.id}) exists already`);
          }
          db.run('INSERT INTO imports_in_progress (project_id) VALUES (?)', project.id);
          insertImported(db, line);
        });
        started = true;
      } else {
        batch.push(line);
        if (batch.length >= importBatchSize) flush();
      }
      counts[line.type] += 1;
    }
    flush();
    if (projectId === undefined) throw new StoreError('invalid-import', 'The import holds no project');
    const id = projectId;
    db.write(() => db.run('DELETE FROM imports_in_progress WHERE project_id = ?', id));
    return { projectId: id, counts };
  } catch (error) {
    if (started && projectId !== undefined && !db.closed) db.removeImportedProject(projectId);
    if (error instanceof StoreError) throw error;
    throw new StoreError('invalid-import', 'The import failed', { cause: error });
  }
}

function insertImported(db: SqliteDatabase, line: ExportLine): void {
  switch (line.type) {
    case 'header':
      return;
    case 'project':
      db.run(insertSql.projects, projectToRow(line.record));
      return;
    case 'survey':
      db.run(insertSql.surveys, surveyToRow(line.record));
      return;
    case 'surveyVersion':
      db.run(insertSql.surveyVersions, surveyVersionToRow(line.record));
      return;
    case 'wave':
      db.run(insertSql.waves, waveToRow(line.record));
      return;
    case 'respondent':
      db.run(insertSql.respondents, respondentToRow(line.record));
      return;
    case 'contact':
      db.run(insertSql.contacts, contactToRow(line.record));
      return;
    case 'invitation':
      db.run(insertSql.invitations, invitationToRow(line.record));
      return;
    case 'response':
      db.run(insertSql.responses, responseToRow(line.record));
      return;
    case 'responseKey':
      db.run(insertSql.responseKeys, responseKeyToRow(line.record));
      return;
    case 'audit':
      db.run(insertSql.audit, auditToRow(line.record));
      return;
  }
}
