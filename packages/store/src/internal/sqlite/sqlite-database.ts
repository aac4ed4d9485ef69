import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { ApiKey } from '../../api-key.js';
import type { AuditEntry } from '../../audit-entry.js';
import type { Invitation } from '../../invitation.js';
import type { Project } from '../../project.js';
import type { Respondent } from '../../respondent.js';
import type { Response } from '../../response.js';
import { StoreError } from '../../store-error.js';
import type { Survey, SurveyVersion } from '../../survey.js';
import type { Wave } from '../../wave.js';
import { insertSql } from './insert-sql.js';
import { migrations } from './migrations.js';
import {
  type ApiKeyRow,
  apiKeyFromRow,
  auditToRow,
  type InvitationRow,
  invitationFromRow,
  type ProjectRow,
  projectFromRow,
  type RespondentRow,
  type ResponseRow,
  respondentFromRow,
  responseFromRow,
  type SurveyRow,
  type SurveyVersionRow,
  surveyFromRow,
  surveyVersionFromRow,
  type WaveRow,
  waveFromRow,
} from './rows.js';

/** Options of the SQLite store. */
export interface SqliteStoreOptions {
  /** A file path, or `:memory:` for a private in-memory database. */
  filename: string;
  /** How long a write waits for another process's lock before failing, in ms (default 5000). */
  busyTimeoutMs?: number;
  /**
   * `full` (default): a commit is on disk before it is acknowledged, even across power loss.
   * `normal`: faster; committed writes survive a process crash but the last ones may be lost on power loss.
   */
  synchronous?: 'full' | 'normal';
  /** The clock, for tests. */
  now?: () => Date;
}

/**
 * The open SQLite connection every part of the store shares: the prepared-statement cache, the read and write
 * wrappers (one `BEGIN IMMEDIATE` transaction per write, SQLite errors mapped to `StoreError`), the clock and
 * the lookups several aggregates need. Each aggregate's rules live in its own file beside this one.
 */
export class SqliteDatabase {
  readonly connection: Database.Database;
  readonly #now: () => Date;
  readonly #statements = new Map<string, Database.Statement>();
  /** Runs a function in a `BEGIN IMMEDIATE` transaction (one wrapper, reused by every write). */
  readonly #immediate: (work: () => unknown) => unknown;
  #closed = false;

  constructor(options: SqliteStoreOptions) {
    this.#now = options.now ?? (() => new Date());
    const memory = options.filename === ':memory:' || options.filename === '';
    try {
      if (!memory) mkdirSync(dirname(options.filename), { recursive: true });
      this.connection = new Database(options.filename);
    } catch (error) {
      throw new StoreError('unavailable', `Cannot open SQLite database "${options.filename}"`, {
        cause: error,
      });
    }
    try {
      this.connection.pragma('journal_mode = WAL');
      this.connection.pragma('foreign_keys = ON');
      this.connection.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
      this.connection.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
      this.#migrate();
      this.#cleanUpInterruptedImports();
    } catch (error) {
      this.connection.close();
      if (error instanceof StoreError) throw error;
      throw new StoreError('unavailable', `Cannot prepare SQLite database "${options.filename}"`, {
        cause: error,
      });
    }
    this.#immediate = this.connection.transaction((work: () => unknown) => work()).immediate;
  }

  get closed(): boolean {
    return this.#closed;
  }

  #migrate(): void {
    const current = this.connection.pragma('user_version', { simple: true }) as number;
    const latest = migrations.at(-1)?.version ?? 0;
    if (current > latest) {
      throw new StoreError(
        'unavailable',
        `The database schema is version ${current}, newer than this version of @neighbourly/store knows (${latest})`,
      );
    }
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      this.connection
        .transaction(() => {
          this.connection.exec(migration.sql);
          this.connection.pragma(`user_version = ${migration.version}`);
        })
        .immediate();
    }
  }

  #cleanUpInterruptedImports(): void {
    const rows = this.connection.prepare('SELECT project_id FROM imports_in_progress').all() as {
      project_id: string;
    }[];
    for (const row of rows) this.removeImportedProject(row.project_id);
  }

  /** Removes a project whose import did not finish, with its audit entries (the only audit rows ever removed). */
  removeImportedProject(projectId: string): void {
    this.connection
      .transaction(() => {
        this.run('DELETE FROM audit_log WHERE project_id = ?', projectId);
        this.run('DELETE FROM projects WHERE id = ?', projectId);
        this.run('DELETE FROM imports_in_progress WHERE project_id = ?', projectId);
      })
      .immediate();
  }

  /** Throws `closed` once the store is closed. */
  assertOpen(): void {
    if (this.#closed) throw new StoreError('closed', 'The store is closed');
  }

  statement(sql: string): Database.Statement {
    this.assertOpen();
    let statement = this.#statements.get(sql);
    if (statement === undefined) {
      statement = this.connection.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  get<T>(sql: string, ...params: unknown[]): T | undefined {
    return this.statement(sql).get(...params) as T | undefined;
  }

  all<T>(sql: string, ...params: unknown[]): T[] {
    return this.statement(sql).all(...params) as T[];
  }

  run(sql: string, ...params: unknown[]): Database.RunResult {
    return this.statement(sql).run(...params);
  }

  /** Runs `work` in an IMMEDIATE transaction (takes the write lock at once), mapping SQLite errors. */
  write<T>(work: () => T): T {
    this.assertOpen();
    try {
      return this.#immediate(work) as T;
    } catch (error) {
      throw mapSqliteError(error);
    }
  }

  /** Runs `work` in the IMMEDIATE transaction without mapping errors (the group commit maps them itself). */
  writeUnmapped(work: () => unknown): void {
    this.#immediate(work);
  }

  /** Runs a read, mapping SQLite errors. */
  read<T>(work: () => T): T {
    this.assertOpen();
    try {
      return work();
    } catch (error) {
      throw mapSqliteError(error);
    }
  }

  timestamp(): string {
    return this.#now().toISOString();
  }

  nowMs(): number {
    return this.#now().getTime();
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#statements.clear();
    this.connection.close();
  }

  // ---- lookups several aggregates share ---------------------------------------------------------------

  project(id: string): Project | undefined {
    const row = this.get<ProjectRow>('SELECT * FROM projects WHERE id = ?', id);
    return row && projectFromRow(row);
  }

  requireProject(id: string): Project {
    const project = this.project(id);
    if (!project) throw new StoreError('not-found', `No project with id "${id}"`);
    return project;
  }

  survey(id: string): Survey | undefined {
    const row = this.get<SurveyRow>('SELECT * FROM surveys WHERE id = ?', id);
    return row && surveyFromRow(row);
  }

  requireSurvey(id: string): Survey {
    const survey = this.survey(id);
    if (!survey) throw new StoreError('not-found', `No survey with id "${id}"`);
    return survey;
  }

  surveyVersion(surveyId: string, version: number): SurveyVersion | undefined {
    const row = this.get<SurveyVersionRow>(
      'SELECT * FROM survey_versions WHERE survey_id = ? AND version = ?',
      surveyId,
      version,
    );
    return row && surveyVersionFromRow(row);
  }

  wave(id: string): Wave | undefined {
    const row = this.get<WaveRow>('SELECT * FROM waves WHERE id = ?', id);
    return row && waveFromRow(row);
  }

  respondent(id: string): Respondent | undefined {
    const row = this.get<RespondentRow>('SELECT * FROM respondents WHERE id = ?', id);
    return row && respondentFromRow(row);
  }

  requireRespondent(id: string): Respondent {
    const respondent = this.respondent(id);
    if (!respondent) throw new StoreError('not-found', `No respondent with id "${id}"`);
    return respondent;
  }

  invitation(id: string): Invitation | undefined {
    const row = this.get<InvitationRow>('SELECT * FROM invitations WHERE id = ?', id);
    return row && invitationFromRow(row);
  }

  response(id: string): Response | undefined {
    const row = this.get<ResponseRow>('SELECT * FROM responses WHERE id = ?', id);
    return row && responseFromRow(row);
  }

  apiKey(id: string): ApiKey | undefined {
    const row = this.get<ApiKeyRow>('SELECT * FROM api_keys WHERE id = ?', id);
    return row && apiKeyFromRow(row);
  }

  appendAudit(entry: AuditEntry): void {
    this.run(insertSql.audit, auditToRow(entry));
  }
}

/** Maps SQLite's error codes to `StoreError` codes; other errors pass through. */
export function mapSqliteError(error: unknown): unknown {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    if (code.startsWith('SQLITE_CONSTRAINT_UNIQUE') || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      return new StoreError('duplicate', 'A record with this unique value exists', { cause: error });
    }
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      return new StoreError('not-found', 'A record this one refers to does not exist', { cause: error });
    }
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code.startsWith('SQLITE_IOERR')) {
      return new StoreError('unavailable', 'The SQLite database is busy or cannot be written', {
        cause: error,
      });
    }
  }
  return error;
}
