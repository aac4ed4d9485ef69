import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { ApiKey } from '../../api-key.js';
import type { AuditEntry } from '../../audit-entry.js';
import type { Invitation } from '../../invitation.js';
import type { Project } from '../../project.js';
import type { Respondent } from '../../respondent.js';
import type { Response } from '../../response.js';
import { describeError, StoreError } from '../../store-error.js';
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

/** The schema version from which every connection had `secure_delete` on. */
const firstSecureDeleteVersion = 3;

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
  /**
   * How often `PRAGMA quick_check` runs again after the one at open, in ms (default 10 minutes; 0: only at
   * open). A damaged database makes `ping()` (and so the server's `/ready`) fail with the reason.
   */
  integrityCheckIntervalMs?: number;
}

const defaultIntegrityCheckIntervalMs = 10 * 60 * 1000;

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
  #integrityCheckIntervalMs = defaultIntegrityCheckIntervalMs;
  #lastCheckMs = 0;
  /** What the last integrity check or a failed statement said is wrong with the file, if anything. */
  #damage: string | undefined;
  /** The database file; undefined for an in-memory database. */
  readonly #filename: string | undefined;

  constructor(options: SqliteStoreOptions) {
    this.#now = options.now ?? (() => new Date());
    const memory = options.filename === ':memory:' || options.filename === '';
    if (!memory) this.#filename = options.filename;
    try {
      if (!memory) mkdirSync(dirname(options.filename), { recursive: true });
      this.connection = new Database(options.filename);
    } catch (error) {
      throw new StoreError(
        'unavailable',
        `Cannot open SQLite database "${options.filename}": ${describeError(error)}`,
        { cause: error },
      );
    }
    try {
      this.#integrityCheckIntervalMs = options.integrityCheckIntervalMs ?? defaultIntegrityCheckIntervalMs;
      const damage = this.#quickCheck();
      if (damage !== undefined) {
        throw new StoreError(
          'damaged',
          `The SQLite database "${options.filename}" is damaged (${damage}); restore it from a backup`,
        );
      }
      this.connection.pragma('journal_mode = WAL');
      this.connection.pragma('foreign_keys = ON');
      // Deleted content is overwritten with zeros (tables, indexes, freed pages): erasure leaves no bytes.
      this.connection.pragma('secure_delete = ON');
      this.connection.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
      this.connection.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
      this.#migrate();
      this.#cleanUpInterruptedImports();
    } catch (error) {
      this.connection.close();
      if (error instanceof StoreError) throw error;
      const mapped = mapSqliteError(error);
      if (mapped instanceof StoreError && mapped.code === 'damaged') {
        throw new StoreError(
          'damaged',
          `The SQLite database "${options.filename}" is damaged (${describeError(error)}); restore it from a backup`,
          { cause: error },
        );
      }
      throw new StoreError(
        'unavailable',
        `Cannot prepare SQLite database "${options.filename}": ${describeError(error)}`,
        { cause: error },
      );
    }
    this.#immediate = this.connection.transaction((work: () => unknown) => work()).immediate;
    this.#lastCheckMs = this.nowMs();
  }

  /**
   * `PRAGMA quick_check`: undefined when the database is sound, else the problems it reports. After open it
   * runs on a short-lived connection of its own, which reads the file from disk rather than from the main
   * connection's page cache.
   */
  #quickCheck(fresh = false): string | undefined {
    const checker =
      fresh && this.#filename !== undefined
        ? new Database(this.#filename, { fileMustExist: true })
        : this.connection;
    try {
      const rows = checker.pragma('quick_check(5)') as { quick_check: string }[];
      const problems = rows.map((row) => row.quick_check).filter((line) => line !== 'ok');
      return problems.length === 0
        ? undefined
        : problems
            .join('; ')
            .replace(/\s*\n\s*/g, '; ')
            .slice(0, 300);
    } finally {
      if (checker !== this.connection) checker.close();
    }
  }

  /**
   * Throws `damaged` when the database is known to be damaged, re-running `quick_check` when the last one is
   * older than the interval. Used by `ping()`, so readiness checks see a damaged database.
   */
  checkHealth(): void {
    this.assertOpen();
    if (
      this.#damage === undefined &&
      this.#integrityCheckIntervalMs > 0 &&
      this.nowMs() - this.#lastCheckMs >= this.#integrityCheckIntervalMs
    ) {
      this.#lastCheckMs = this.nowMs();
      try {
        this.#damage = this.#quickCheck(true);
      } catch (error) {
        this.noteError(error);
      }
    }
    if (this.#damage !== undefined) {
      throw new StoreError('damaged', `The SQLite database is damaged (${this.#damage})`);
    }
  }

  /** Maps an SQLite error; one that says the file is corrupt marks the database damaged for `checkHealth`. */
  noteError(error: unknown): unknown {
    const mapped = mapSqliteError(error);
    if (mapped instanceof StoreError && mapped.code === 'damaged') this.#damage ??= describeError(error);
    return mapped;
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
    // A database written before secure_delete was on may hold deleted rows in its free space: rebuild it once.
    if (current > 0 && current < firstSecureDeleteVersion) {
      this.connection.exec('VACUUM');
      this.checkpointTruncate();
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
      throw this.noteError(error);
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
      throw this.noteError(error);
    }
  }

  timestamp(): string {
    return this.#now().toISOString();
  }

  nowMs(): number {
    return this.#now().getTime();
  }

  /**
   * Copies every WAL frame into the database file and truncates the WAL to zero bytes. Returns false when
   * another connection's reader held the checkpoint up (the WAL then still holds frames).
   */
  checkpointTruncate(): boolean {
    this.assertOpen();
    const [result] = this.connection.pragma('wal_checkpoint(TRUNCATE)') as {
      busy: number;
      log: number;
      checkpointed: number;
    }[];
    return result !== undefined && result.busy === 0 && (result.log === 0 || result.log === -1);
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
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
      return new StoreError('damaged', 'The SQLite database is damaged', { cause: error });
    }
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code.startsWith('SQLITE_IOERR')) {
      return new StoreError('unavailable', 'The SQLite database is busy or cannot be written', {
        cause: error,
      });
    }
  }
  return error;
}
