import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { type ApiKey, ApiKeyInputSchema } from '../../api-key.js';
import { type AuditEntry, AuditFilterSchema, AuditInputSchema } from '../../audit-entry.js';
import type { ExportLine } from '../../export-line.js';
import { emptyImportCounts, formatExportLine, readExportLines } from '../../export-lines.js';
import { type Invitation, InvitationInputSchema, SecretHashSchema } from '../../invitation.js';
import { JsonObjectSchema } from '../../json.js';
import { parseStoreInput, requireLookupString } from '../../parse-store-input.js';
import { type Project, ProjectInputSchema, ProjectPatchSchema } from '../../project.js';
import { ListOptionsSchema } from '../../record-fields.js';
import {
  type Contact,
  ContactInputSchema,
  type Respondent,
  RespondentInputSchema,
  RespondentPatchSchema,
} from '../../respondent.js';
import {
  type Response,
  ResponseFilterSchema,
  type ResponseInput,
  ResponseInputSchema,
  type SaveResponseResult,
  StreamResponsesOptionsSchema,
} from '../../response.js';
import type {
  ApiKeyRepository,
  AuditLog,
  ErasureSummary,
  ImportSummary,
  InvitationRepository,
  NdjsonSource,
  ProjectRepository,
  RespondentRepository,
  ResponseRepository,
  Store,
  SurveyRepository,
  WaveRepository,
} from '../../store.js';
import { StoreError } from '../../store-error.js';
import {
  applyPatch,
  checkInvitationUse,
  newResponse,
  nextResponse,
  requirePending,
} from '../../store-rules.js';
import { type Survey, SurveyInputSchema, type SurveyVersion } from '../../survey.js';
import { type Wave, WaveInputSchema, WavePatchSchema } from '../../wave.js';
import { migrations } from './migrations.js';
import {
  type ApiKeyRow,
  type AuditRow,
  apiKeyFromRow,
  apiKeyToRow,
  auditFromRow,
  auditToRow,
  type ContactRow,
  contactFromRow,
  contactToRow,
  type InvitationRow,
  invitationFromRow,
  invitationToRow,
  type ProjectRow,
  projectFromRow,
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

const importBatchSize = 500;

/** The most response saves one group commit writes; more pending saves are committed in further batches. */
const maxSaveBatch = 500;

/** A response save waiting for the next group commit. */
interface PendingSave {
  data: ParsedResponseInput;
  resolve: (result: SaveResponseResult) => void;
  reject: (error: unknown) => void;
}
type ParsedResponseInput = z.output<typeof ResponseInputSchema>;

const insertSql = {
  projects:
    'INSERT INTO projects (id, slug, name, languages, framework_id, theory_of_change, indicator_set, context, created_at, updated_at) VALUES (@id, @slug, @name, @languages, @framework_id, @theory_of_change, @indicator_set, @context, @created_at, @updated_at)',
  surveys:
    'INSERT INTO surveys (id, project_id, name, latest_version, created_at, updated_at) VALUES (@id, @project_id, @name, @latest_version, @created_at, @updated_at)',
  surveyVersions:
    'INSERT INTO survey_versions (survey_id, project_id, version, definition, locked, created_at, updated_at) VALUES (@survey_id, @project_id, @version, @definition, @locked, @created_at, @updated_at)',
  waves:
    'INSERT INTO waves (id, project_id, survey_id, survey_version, label, access, status, opens_at, closes_at, created_at, updated_at) VALUES (@id, @project_id, @survey_id, @survey_version, @label, @access, @status, @opens_at, @closes_at, @created_at, @updated_at)',
  respondents:
    'INSERT INTO respondents (id, project_id, respondent_group, attributes, created_at, updated_at) VALUES (@id, @project_id, @respondent_group, @attributes, @created_at, @updated_at)',
  contacts:
    'INSERT INTO contacts (respondent_id, project_id, name, email, phone, language, created_at, updated_at) VALUES (@respondent_id, @project_id, @name, @email, @phone, @language, @created_at, @updated_at)',
  invitations:
    'INSERT INTO invitations (id, project_id, wave_id, respondent_id, token_hash, status, expires_at, created_at, updated_at) VALUES (@id, @project_id, @wave_id, @respondent_id, @token_hash, @status, @expires_at, @created_at, @updated_at)',
  responses:
    'INSERT INTO responses (id, project_id, wave_id, survey_id, survey_version, respondent_id, invitation_id, status, answers, language, mode, created_at, updated_at, submitted_at) VALUES (@id, @project_id, @wave_id, @survey_id, @survey_version, @respondent_id, @invitation_id, @status, @answers, @language, @mode, @created_at, @updated_at, @submitted_at)',
  responseKeys:
    'INSERT INTO response_keys (project_id, key, response_id, created_at) VALUES (@project_id, @key, @response_id, @created_at)',
  apiKeys:
    'INSERT INTO api_keys (id, name, role, project_id, key_hash, created_at, revoked_at) VALUES (@id, @name, @role, @project_id, @key_hash, @created_at, @revoked_at)',
  audit:
    'INSERT INTO audit_log (id, at, actor, action, project_id, target, details) VALUES (@id, @at, @actor, @action, @project_id, @target, @details)',
} as const;

/** Opens (creating if needed) a SQLite database and migrates it; see `openSqliteStore`. */
export function createSqliteStore(options: SqliteStoreOptions): Store {
  return new SqliteStore(options);
}

class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly projects: ProjectRepository;
  readonly surveys: SurveyRepository;
  readonly waves: WaveRepository;
  readonly respondents: RespondentRepository;
  readonly invitations: InvitationRepository;
  readonly responses: ResponseRepository;
  readonly apiKeys: ApiKeyRepository;
  readonly audit: AuditLog;

  readonly #db: Database.Database;
  readonly #now: () => Date;
  readonly #statements = new Map<string, Database.Statement>();
  /** Runs a function in a `BEGIN IMMEDIATE` transaction (one wrapper, reused by every write). */
  readonly #immediate: (work: () => unknown) => unknown;
  /** Response saves waiting for the group commit scheduled with `setImmediate`. */
  #pendingSaves: PendingSave[] = [];
  #flushScheduled = false;
  #closed = false;

  constructor(options: SqliteStoreOptions) {
    this.#now = options.now ?? (() => new Date());
    const memory = options.filename === ':memory:' || options.filename === '';
    try {
      if (!memory) mkdirSync(dirname(options.filename), { recursive: true });
      this.#db = new Database(options.filename);
    } catch (error) {
      throw new StoreError('unavailable', `Cannot open SQLite database "${options.filename}"`, {
        cause: error,
      });
    }
    try {
      this.#db.pragma('journal_mode = WAL');
      this.#db.pragma('foreign_keys = ON');
      this.#db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
      this.#db.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
      this.#migrate();
      this.#cleanUpInterruptedImports();
    } catch (error) {
      this.#db.close();
      if (error instanceof StoreError) throw error;
      throw new StoreError('unavailable', `Cannot prepare SQLite database "${options.filename}"`, {
        cause: error,
      });
    }
    this.#immediate = this.#db.transaction((work: () => unknown) => work()).immediate;
    this.projects = this.#projectRepository();
    this.surveys = this.#surveyRepository();
    this.waves = this.#waveRepository();
    this.respondents = this.#respondentRepository();
    this.invitations = this.#invitationRepository();
    this.responses = this.#responseRepository();
    this.apiKeys = this.#apiKeyRepository();
    this.audit = this.#auditLog();
  }

  // ---- infrastructure ---------------------------------------------------------------------------------

  #migrate(): void {
    const current = this.#db.pragma('user_version', { simple: true }) as number;
    const latest = migrations.at(-1)?.version ?? 0;
    if (current > latest) {
      throw new StoreError(
        'unavailable',
        `The database schema is version ${current}, newer than this version of @neighbourly/store knows (${latest})`,
      );
    }
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      this.#db
        .transaction(() => {
          this.#db.exec(migration.sql);
          this.#db.pragma(`user_version = ${migration.version}`);
        })
        .immediate();
    }
  }

  #cleanUpInterruptedImports(): void {
    const rows = this.#db.prepare('SELECT project_id FROM imports_in_progress').all() as {
      project_id: string;
    }[];
    for (const row of rows) this.#removeImportedProject(row.project_id);
  }

  #removeImportedProject(projectId: string): void {
    this.#db
      .transaction(() => {
        this.#run('DELETE FROM audit_log WHERE project_id = ?', projectId);
        this.#run('DELETE FROM projects WHERE id = ?', projectId);
        this.#run('DELETE FROM imports_in_progress WHERE project_id = ?', projectId);
      })
      .immediate();
  }

  #statement(sql: string): Database.Statement {
    if (this.#closed) throw new StoreError('closed', 'The store is closed');
    let statement = this.#statements.get(sql);
    if (statement === undefined) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  #get<T>(sql: string, ...params: unknown[]): T | undefined {
    return this.#statement(sql).get(...params) as T | undefined;
  }

  #all<T>(sql: string, ...params: unknown[]): T[] {
    return this.#statement(sql).all(...params) as T[];
  }

  #run(sql: string, ...params: unknown[]): Database.RunResult {
    return this.#statement(sql).run(...params);
  }

  /** Runs `work` in an IMMEDIATE transaction (takes the write lock at once), mapping SQLite errors. */
  #write<T>(work: () => T): T {
    if (this.#closed) throw new StoreError('closed', 'The store is closed');
    try {
      return this.#immediate(work) as T;
    } catch (error) {
      throw mapSqliteError(error);
    }
  }

  /**
   * Group commit of response saves. Every save enqueued in one event-loop turn is written in **one**
   * `BEGIN IMMEDIATE` transaction, each save inside its own SAVEPOINT: a save that fails (already complete,
   * a constraint, a bug) is rolled back to its savepoint and rejected alone, its neighbours go on. Promises
   * settle only after COMMIT returned, so with `synchronous=full` every acknowledged save is on disk — one
   * fsync per batch instead of one per save. If the transaction itself fails (busy, I/O), every save of the
   * batch is rejected: none of them was acknowledged, none is stored.
   */
  #enqueueSave(data: ParsedResponseInput): Promise<SaveResponseResult> {
    if (this.#closed) return Promise.reject(new StoreError('closed', 'The store is closed'));
    return new Promise((resolve, reject) => {
      this.#pendingSaves.push({ data, resolve, reject });
      if (!this.#flushScheduled) {
        this.#flushScheduled = true;
        setImmediate(() => this.#flushSaves());
      }
    });
  }

  #flushSaves(): void {
    this.#flushScheduled = false;
    while (this.#pendingSaves.length > 0) {
      const batch = this.#pendingSaves.splice(0, maxSaveBatch);
      if (this.#closed) {
        for (const item of batch) item.reject(new StoreError('closed', 'The store is closed'));
        continue;
      }
      this.#commitSaves(batch);
    }
  }

  #commitSaves(batch: PendingSave[]): void {
    const outcomes: ({ ok: true; value: SaveResponseResult } | { ok: false; error: unknown })[] = [];
    try {
      this.#immediate(() => {
        const savepoint = this.#statement('SAVEPOINT response_save');
        const release = this.#statement('RELEASE response_save');
        const rollbackTo = this.#statement('ROLLBACK TO response_save');
        for (const item of batch) {
          savepoint.run();
          try {
            outcomes.push({ ok: true, value: this.#saveResponse(item.data) });
            release.run();
          } catch (error) {
            // Some errors (I/O, full disk) end the whole transaction: then nothing of the batch is kept.
            if (!this.#db.inTransaction) throw error;
            rollbackTo.run();
            release.run();
            outcomes.push({ ok: false, error: mapSqliteError(error) });
          }
        }
      });
    } catch (error) {
      const mapped = mapSqliteError(error);
      for (const item of batch) item.reject(mapped);
      return;
    }
    // Committed: only now is any save of the batch acknowledged.
    batch.forEach((item, i) => {
      const outcome = outcomes[i];
      if (outcome?.ok) item.resolve(outcome.value);
      else item.reject(outcome?.error ?? new StoreError('unavailable', 'The save was not attempted'));
    });
  }

  /** One response save, inside the caller's transaction (see {@link SqliteStore.#commitSaves}). */
  #saveResponse(data: ParsedResponseInput): SaveResponseResult {
    const wave = this.#wave(data.waveId);
    if (!wave) throw new StoreError('not-found', `No wave with id "${data.waveId}"`);
    if (data.idempotencyKey !== undefined) {
      const key = this.#get<ResponseKeyRow>(
        'SELECT * FROM response_keys WHERE project_id = ? AND key = ?',
        wave.projectId,
        data.idempotencyKey,
      );
      const earlier = key && this.#response(key.response_id);
      if (earlier) return { response: earlier, replayed: true };
    }
    const at = this.#timestamp();
    let respondentId = data.respondentId;
    let invitation: Invitation | undefined;
    if (data.invitationId !== undefined) {
      invitation = this.#invitation(data.invitationId);
      if (!invitation) throw new StoreError('not-found', `No invitation with id "${data.invitationId}"`);
      checkInvitationUse(invitation, wave, respondentId, at);
      respondentId = invitation.respondentId;
    }
    if (respondentId !== undefined) {
      const respondent = this.#requireRespondent(respondentId);
      if (respondent.projectId !== wave.projectId) {
        throw new StoreError('conflict', `Respondent "${respondentId}" belongs to another project`);
      }
    }
    const slot =
      respondentId === undefined
        ? undefined
        : this.#get<ResponseRow>(
            'SELECT * FROM responses WHERE wave_id = ? AND respondent_id = ?',
            wave.id,
            respondentId,
          );
    let response: Response;
    if (slot) {
      if (slot.status === 'complete') {
        throw new StoreError('already-complete', 'This respondent already completed this wave');
      }
      response = nextResponse(responseFromRow(slot), data, invitation, at);
      this.#run(
        'UPDATE responses SET invitation_id = @invitation_id, status = @status, answers = @answers, language = @language, mode = @mode, updated_at = @updated_at, submitted_at = @submitted_at WHERE id = @id',
        responseToRow(response),
      );
    } else {
      response = newResponse({ id: uuidv7(), wave, data, respondentId, invitation, at });
      this.#run(insertSql.responses, responseToRow(response));
    }
    if (data.idempotencyKey !== undefined) {
      this.#run(
        'INSERT OR REPLACE INTO response_keys (project_id, key, response_id, created_at) VALUES (?, ?, ?, ?)',
        wave.projectId,
        data.idempotencyKey,
        response.id,
        at,
      );
    }
    if (invitation) {
      this.#run(
        'UPDATE invitations SET status = ?, updated_at = ? WHERE id = ?',
        response.status === 'complete' ? 'completed' : 'started',
        at,
        invitation.id,
      );
    }
    return { response, replayed: false };
  }

  #read<T>(work: () => T): T {
    if (this.#closed) throw new StoreError('closed', 'The store is closed');
    try {
      return work();
    } catch (error) {
      throw mapSqliteError(error);
    }
  }

  #timestamp(): string {
    return this.#now().toISOString();
  }

  // ---- lookups shared by repositories -------------------------------------------------------------------

  #project(id: string): Project | undefined {
    const row = this.#get<ProjectRow>('SELECT * FROM projects WHERE id = ?', id);
    return row && projectFromRow(row);
  }

  #requireProject(id: string): Project {
    const project = this.#project(id);
    if (!project) throw new StoreError('not-found', `No project with id "${id}"`);
    return project;
  }

  #survey(id: string): Survey | undefined {
    const row = this.#get<SurveyRow>('SELECT * FROM surveys WHERE id = ?', id);
    return row && surveyFromRow(row);
  }

  #requireSurvey(id: string): Survey {
    const survey = this.#survey(id);
    if (!survey) throw new StoreError('not-found', `No survey with id "${id}"`);
    return survey;
  }

  #surveyVersion(surveyId: string, version: number): SurveyVersion | undefined {
    const row = this.#get<SurveyVersionRow>(
      'SELECT * FROM survey_versions WHERE survey_id = ? AND version = ?',
      surveyId,
      version,
    );
    return row && surveyVersionFromRow(row);
  }

  #wave(id: string): Wave | undefined {
    const row = this.#get<WaveRow>('SELECT * FROM waves WHERE id = ?', id);
    return row && waveFromRow(row);
  }

  #respondent(id: string): Respondent | undefined {
    const row = this.#get<RespondentRow>('SELECT * FROM respondents WHERE id = ?', id);
    return row && respondentFromRow(row);
  }

  #requireRespondent(id: string): Respondent {
    const respondent = this.#respondent(id);
    if (!respondent) throw new StoreError('not-found', `No respondent with id "${id}"`);
    return respondent;
  }

  #invitation(id: string): Invitation | undefined {
    const row = this.#get<InvitationRow>('SELECT * FROM invitations WHERE id = ?', id);
    return row && invitationFromRow(row);
  }

  #response(id: string): Response | undefined {
    const row = this.#get<ResponseRow>('SELECT * FROM responses WHERE id = ?', id);
    return row && responseFromRow(row);
  }

  #apiKey(id: string): ApiKey | undefined {
    const row = this.#get<ApiKeyRow>('SELECT * FROM api_keys WHERE id = ?', id);
    return row && apiKeyFromRow(row);
  }

  #appendAudit(entry: AuditEntry): void {
    this.#run(insertSql.audit, auditToRow(entry));
  }

  // ---- repositories ---------------------------------------------------------------------------------------

  #projectRepository(): ProjectRepository {
    return {
      create: async (input) => {
        const data = parseStoreInput(ProjectInputSchema, input, 'project');
        const at = this.#timestamp();
        const project: Project = { id: uuidv7(), ...data, createdAt: at, updatedAt: at };
        this.#write(() => {
          if (this.#get('SELECT 1 FROM projects WHERE slug = ?', project.slug)) {
            throw new StoreError('duplicate', `A project with slug "${project.slug}" exists`);
          }
          this.#run(insertSql.projects, projectToRow(project));
        });
        return project;
      },
      get: async (id) => this.#read(() => this.#project(requireLookupString(id, 'project id'))),
      getBySlug: async (slug) =>
        this.#read(() => {
          const row = this.#get<ProjectRow>(
            'SELECT * FROM projects WHERE slug = ?',
            requireLookupString(slug, 'slug'),
          );
          return row && projectFromRow(row);
        }),
      list: async (options) => {
        const { limit, after } = parseStoreInput(ListOptionsSchema, options ?? {}, 'list options');
        return this.#read(() =>
          this.#all<ProjectRow>(
            'SELECT * FROM projects WHERE id > ? ORDER BY id LIMIT ?',
            after ?? '',
            limit,
          ).map(projectFromRow),
        );
      },
      update: async (id, patch) => {
        const changes = parseStoreInput(ProjectPatchSchema, patch, 'project patch');
        requireLookupString(id, 'project id');
        return this.#write(() => {
          const project = this.#requireProject(id);
          if (
            changes.slug !== undefined &&
            changes.slug !== project.slug &&
            this.#get('SELECT 1 FROM projects WHERE slug = ?', changes.slug)
          ) {
            throw new StoreError('duplicate', `A project with slug "${changes.slug}" exists`);
          }
          const updated = applyPatch(project, changes, this.#timestamp());
          this.#run(
            'UPDATE projects SET slug = @slug, name = @name, languages = @languages, framework_id = @framework_id, theory_of_change = @theory_of_change, indicator_set = @indicator_set, context = @context, updated_at = @updated_at WHERE id = @id',
            projectToRow(updated),
          );
          return updated;
        });
      },
    };
  }

  #surveyRepository(): SurveyRepository {
    return {
      create: async (input) => {
        const data = parseStoreInput(SurveyInputSchema, input, 'survey');
        const at = this.#timestamp();
        const survey: Survey = {
          id: uuidv7(),
          projectId: data.projectId,
          name: data.name,
          latestVersion: 1,
          createdAt: at,
          updatedAt: at,
        };
        this.#write(() => {
          this.#requireProject(data.projectId);
          this.#run(insertSql.surveys, surveyToRow(survey));
          this.#run(
            insertSql.surveyVersions,
            surveyVersionToRow({
              surveyId: survey.id,
              projectId: survey.projectId,
              version: 1,
              definition: data.definition,
              locked: false,
              createdAt: at,
              updatedAt: at,
            }),
          );
        });
        return survey;
      },
      get: async (id) => this.#read(() => this.#survey(requireLookupString(id, 'survey id'))),
      list: async (projectId, options) => {
        const { limit, after } = parseStoreInput(ListOptionsSchema, options ?? {}, 'list options');
        requireLookupString(projectId, 'project id');
        return this.#read(() =>
          this.#all<SurveyRow>(
            'SELECT * FROM surveys WHERE project_id = ? AND id > ? ORDER BY id LIMIT ?',
            projectId,
            after ?? '',
            limit,
          ).map(surveyFromRow),
        );
      },
      rename: async (id, name) => {
        const { name: newName } = parseStoreInput(
          SurveyInputSchema.pick({ name: true }),
          { name },
          'survey name',
        );
        requireLookupString(id, 'survey id');
        return this.#write(() => {
          const survey = this.#requireSurvey(id);
          const updated: Survey = { ...survey, name: newName, updatedAt: this.#timestamp() };
          this.#run(
            'UPDATE surveys SET name = ?, updated_at = ? WHERE id = ?',
            newName,
            updated.updatedAt,
            id,
          );
          return updated;
        });
      },
      saveDefinition: async (id, definition) => {
        const data = parseStoreInput(JsonObjectSchema, definition, 'survey definition');
        requireLookupString(id, 'survey id');
        return this.#write(() => {
          const survey = this.#requireSurvey(id);
          const at = this.#timestamp();
          const latest = this.#surveyVersion(id, survey.latestVersion);
          if (latest && !latest.locked) {
            const updated: SurveyVersion = { ...latest, definition: data, updatedAt: at };
            this.#run(
              'UPDATE survey_versions SET definition = ?, updated_at = ? WHERE survey_id = ? AND version = ?',
              JSON.stringify(data),
              at,
              id,
              latest.version,
            );
            this.#run('UPDATE surveys SET updated_at = ? WHERE id = ?', at, id);
            return updated;
          }
          const created: SurveyVersion = {
            surveyId: id,
            projectId: survey.projectId,
            version: survey.latestVersion + 1,
            definition: data,
            locked: false,
            createdAt: at,
            updatedAt: at,
          };
          this.#run(insertSql.surveyVersions, surveyVersionToRow(created));
          this.#run(
            'UPDATE surveys SET latest_version = ?, updated_at = ? WHERE id = ?',
            created.version,
            at,
            id,
          );
          return created;
        });
      },
      getVersion: async (id, version) =>
        this.#read(() => {
          const survey = this.#survey(requireLookupString(id, 'survey id'));
          if (!survey) return undefined;
          if (version !== undefined && !Number.isInteger(version)) return undefined;
          return this.#surveyVersion(id, version ?? survey.latestVersion);
        }),
      listVersions: async (id) =>
        this.#read(() =>
          this.#all<SurveyVersionRow>(
            'SELECT * FROM survey_versions WHERE survey_id = ? ORDER BY version',
            requireLookupString(id, 'survey id'),
          ).map(surveyVersionFromRow),
        ),
    };
  }

  #waveRepository(): WaveRepository {
    return {
      create: async (input) => {
        const data = parseStoreInput(WaveInputSchema, input, 'wave');
        return this.#write(() => {
          this.#requireProject(data.projectId);
          const survey = this.#requireSurvey(data.surveyId);
          if (survey.projectId !== data.projectId) {
            throw new StoreError('conflict', `Survey "${survey.id}" belongs to another project`);
          }
          const version = data.surveyVersion ?? survey.latestVersion;
          if (!this.#surveyVersion(survey.id, version)) {
            throw new StoreError('not-found', `Survey "${survey.id}" has no version ${version}`);
          }
          const at = this.#timestamp();
          const wave: Wave = {
            id: uuidv7(),
            projectId: data.projectId,
            surveyId: data.surveyId,
            surveyVersion: version,
            label: data.label,
            access: data.access,
            status: data.status,
            createdAt: at,
            updatedAt: at,
          };
          if (data.opensAt !== undefined) wave.opensAt = data.opensAt;
          if (data.closesAt !== undefined) wave.closesAt = data.closesAt;
          this.#run(insertSql.waves, waveToRow(wave));
          this.#run(
            'UPDATE survey_versions SET locked = 1 WHERE survey_id = ? AND version = ? AND locked = 0',
            survey.id,
            version,
          );
          return wave;
        });
      },
      get: async (id) => this.#read(() => this.#wave(requireLookupString(id, 'wave id'))),
      list: async (projectId, options) => {
        const { limit, after } = parseStoreInput(ListOptionsSchema, options ?? {}, 'list options');
        requireLookupString(projectId, 'project id');
        return this.#read(() =>
          this.#all<WaveRow>(
            'SELECT * FROM waves WHERE project_id = ? AND id > ? ORDER BY id LIMIT ?',
            projectId,
            after ?? '',
            limit,
          ).map(waveFromRow),
        );
      },
      update: async (id, patch) => {
        const changes = parseStoreInput(WavePatchSchema, patch, 'wave patch');
        requireLookupString(id, 'wave id');
        return this.#write(() => {
          const wave = this.#wave(id);
          if (!wave) throw new StoreError('not-found', `No wave with id "${id}"`);
          const updated = applyPatch(wave, changes, this.#timestamp());
          this.#run(
            'UPDATE waves SET label = @label, access = @access, status = @status, opens_at = @opens_at, closes_at = @closes_at, updated_at = @updated_at WHERE id = @id',
            waveToRow(updated),
          );
          return updated;
        });
      },
    };
  }

  #respondentRepository(): RespondentRepository {
    return {
      create: async (input) => {
        const data = parseStoreInput(RespondentInputSchema, input, 'respondent');
        const at = this.#timestamp();
        const respondent: Respondent = { id: uuidv7(), ...data, createdAt: at, updatedAt: at };
        this.#write(() => {
          this.#requireProject(data.projectId);
          this.#run(insertSql.respondents, respondentToRow(respondent));
        });
        return respondent;
      },
      get: async (id) => this.#read(() => this.#respondent(requireLookupString(id, 'respondent id'))),
      list: async (projectId, options) => {
        const { limit, after } = parseStoreInput(ListOptionsSchema, options ?? {}, 'list options');
        requireLookupString(projectId, 'project id');
        return this.#read(() =>
          this.#all<RespondentRow>(
            'SELECT * FROM respondents WHERE project_id = ? AND id > ? ORDER BY id LIMIT ?',
            projectId,
            after ?? '',
            limit,
          ).map(respondentFromRow),
        );
      },
      update: async (id, patch) => {
        const changes = parseStoreInput(RespondentPatchSchema, patch, 'respondent patch');
        requireLookupString(id, 'respondent id');
        return this.#write(() => {
          const updated = applyPatch(this.#requireRespondent(id), changes, this.#timestamp());
          this.#run(
            'UPDATE respondents SET respondent_group = @respondent_group, attributes = @attributes, updated_at = @updated_at WHERE id = @id',
            respondentToRow(updated),
          );
          return updated;
        });
      },
      setContact: async (respondentId, input) => {
        const data = parseStoreInput(ContactInputSchema, input, 'contact');
        requireLookupString(respondentId, 'respondent id');
        return this.#write(() => {
          const respondent = this.#requireRespondent(respondentId);
          const at = this.#timestamp();
          const existing = this.#get<ContactRow>(
            'SELECT * FROM contacts WHERE respondent_id = ?',
            respondentId,
          );
          const contact: Contact = {
            respondentId,
            projectId: respondent.projectId,
            ...data,
            createdAt: existing?.created_at ?? at,
            updatedAt: at,
          };
          this.#run('DELETE FROM contacts WHERE respondent_id = ?', respondentId);
          this.#run(insertSql.contacts, contactToRow(contact));
          return contact;
        });
      },
      getContact: async (respondentId) =>
        this.#read(() => {
          const row = this.#get<ContactRow>(
            'SELECT * FROM contacts WHERE respondent_id = ?',
            requireLookupString(respondentId, 'respondent id'),
          );
          return row && contactFromRow(row);
        }),
      eraseContact: async (respondentId) => {
        requireLookupString(respondentId, 'respondent id');
        return this.#write(
          () => this.#run('DELETE FROM contacts WHERE respondent_id = ?', respondentId).changes > 0,
        );
      },
    };
  }

  #invitationRepository(): InvitationRepository {
    return {
      create: async (input) => {
        const data = parseStoreInput(InvitationInputSchema, input, 'invitation');
        return this.#write(() => {
          const wave = this.#wave(data.waveId);
          if (!wave) throw new StoreError('not-found', `No wave with id "${data.waveId}"`);
          const respondent = this.#requireRespondent(data.respondentId);
          if (respondent.projectId !== wave.projectId) {
            throw new StoreError('conflict', `Respondent "${respondent.id}" belongs to another project`);
          }
          if (this.#get('SELECT 1 FROM invitations WHERE token_hash = ?', data.tokenHash)) {
            throw new StoreError('duplicate', 'An invitation with this token hash exists');
          }
          const at = this.#timestamp();
          const invitation: Invitation = {
            id: uuidv7(),
            projectId: wave.projectId,
            waveId: wave.id,
            respondentId: respondent.id,
            tokenHash: data.tokenHash,
            status: 'pending',
            createdAt: at,
            updatedAt: at,
          };
          if (data.expiresAt !== undefined) invitation.expiresAt = data.expiresAt;
          this.#run(insertSql.invitations, invitationToRow(invitation));
          return invitation;
        });
      },
      get: async (id) => this.#read(() => this.#invitation(requireLookupString(id, 'invitation id'))),
      getByTokenHash: async (tokenHash) =>
        this.#read(() => {
          const row = this.#get<InvitationRow>(
            'SELECT * FROM invitations WHERE token_hash = ?',
            requireLookupString(tokenHash, 'token hash'),
          );
          return row && invitationFromRow(row);
        }),
      list: async (waveId, options) => {
        const { limit, after } = parseStoreInput(ListOptionsSchema, options ?? {}, 'list options');
        requireLookupString(waveId, 'wave id');
        return this.#read(() =>
          this.#all<InvitationRow>(
            'SELECT * FROM invitations WHERE wave_id = ? AND id > ? ORDER BY id LIMIT ?',
            waveId,
            after ?? '',
            limit,
          ).map(invitationFromRow),
        );
      },
      revoke: async (id) => {
        requireLookupString(id, 'invitation id');
        return this.#write(() => {
          const invitation = this.#invitation(id);
          if (!invitation) throw new StoreError('not-found', `No invitation with id "${id}"`);
          const updated: Invitation = { ...invitation, status: 'revoked', updatedAt: this.#timestamp() };
          this.#run(
            'UPDATE invitations SET status = ?, updated_at = ? WHERE id = ?',
            'revoked',
            updated.updatedAt,
            id,
          );
          return updated;
        });
      },
      replaceToken: async (id, tokenHash) => {
        requireLookupString(id, 'invitation id');
        const hash = parseStoreInput(SecretHashSchema, tokenHash, 'token hash');
        return this.#write(() => {
          const invitation = this.#invitation(id);
          if (!invitation) throw new StoreError('not-found', `No invitation with id "${id}"`);
          requirePending(invitation);
          const updated: Invitation = { ...invitation, tokenHash: hash, updatedAt: this.#timestamp() };
          this.#run(
            'UPDATE invitations SET token_hash = ?, updated_at = ? WHERE id = ?',
            hash,
            updated.updatedAt,
            id,
          );
          return updated;
        });
      },
    };
  }

  #responseRepository(): ResponseRepository {
    return {
      save: async (input: ResponseInput) =>
        this.#enqueueSave(parseStoreInput(ResponseInputSchema, input, 'response')),
      get: async (id) => this.#read(() => this.#response(requireLookupString(id, 'response id'))),
      list: async (filter, options) => {
        const where = parseStoreInput(ResponseFilterSchema, filter, 'response filter');
        const { limit, after } = parseStoreInput(ListOptionsSchema, options ?? {}, 'list options');
        return this.#read(() =>
          this.#all<ResponseRow>(
            `SELECT * FROM responses WHERE project_id = @projectId AND id > @after
             AND (@waveId IS NULL OR wave_id = @waveId) AND (@respondentId IS NULL OR respondent_id = @respondentId)
             AND (@status IS NULL OR status = @status) ORDER BY id LIMIT @limit`,
            { ...responseFilterParams(where), after: after ?? '', limit },
          ).map(responseFromRow),
        );
      },
      count: async (filter) => {
        const where = parseStoreInput(ResponseFilterSchema, filter, 'response filter');
        return this.#read(
          () =>
            (
              this.#get<{ n: number }>(
                `SELECT COUNT(*) AS n FROM responses WHERE project_id = @projectId
                 AND (@waveId IS NULL OR wave_id = @waveId) AND (@respondentId IS NULL OR respondent_id = @respondentId)
                 AND (@status IS NULL OR status = @status)`,
                responseFilterParams(where),
              ) ?? { n: 0 }
            ).n,
        );
      },
    };
  }

  #apiKeyRepository(): ApiKeyRepository {
    return {
      create: async (input) => {
        const data = parseStoreInput(ApiKeyInputSchema, input, 'API key');
        const key: ApiKey = { id: uuidv7(), ...data, createdAt: this.#timestamp() };
        this.#write(() => {
          if (data.projectId !== undefined) this.#requireProject(data.projectId);
          if (this.#get('SELECT 1 FROM api_keys WHERE key_hash = ?', data.keyHash)) {
            throw new StoreError('duplicate', 'An API key with this hash exists');
          }
          this.#run(insertSql.apiKeys, apiKeyToRow(key));
        });
        return key;
      },
      get: async (id) => this.#read(() => this.#apiKey(requireLookupString(id, 'API key id'))),
      getByHash: async (keyHash) =>
        this.#read(() => {
          const row = this.#get<ApiKeyRow>(
            'SELECT * FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL',
            requireLookupString(keyHash, 'key hash'),
          );
          return row && apiKeyFromRow(row);
        }),
      list: async (options) => {
        const { limit, after } = parseStoreInput(ListOptionsSchema, options ?? {}, 'list options');
        return this.#read(() =>
          this.#all<ApiKeyRow>(
            'SELECT * FROM api_keys WHERE id > ? ORDER BY id LIMIT ?',
            after ?? '',
            limit,
          ).map(apiKeyFromRow),
        );
      },
      revoke: async (id) => {
        requireLookupString(id, 'API key id');
        return this.#write(() => {
          const key = this.#apiKey(id);
          if (!key) throw new StoreError('not-found', `No API key with id "${id}"`);
          if (key.revokedAt !== undefined) return key;
          const revoked: ApiKey = { ...key, revokedAt: this.#timestamp() };
          this.#run('UPDATE api_keys SET revoked_at = ? WHERE id = ?', revoked.revokedAt, id);
          return revoked;
        });
      },
    };
  }

  #auditLog(): AuditLog {
    return {
      append: async (input) => {
        const data = parseStoreInput(AuditInputSchema, input, 'audit entry');
        const entry: AuditEntry = { id: uuidv7(), at: this.#timestamp(), ...data };
        this.#write(() => this.#appendAudit(entry));
        return entry;
      },
      list: async (filter) => {
        const { projectId, limit, after } = parseStoreInput(AuditFilterSchema, filter ?? {}, 'audit filter');
        return this.#read(() =>
          this.#all<AuditRow>(
            'SELECT * FROM audit_log WHERE (@projectId IS NULL OR project_id = @projectId) AND id > @after ORDER BY id LIMIT @limit',
            { projectId: projectId ?? null, after: after ?? '', limit },
          ).map(auditFromRow),
        );
      },
    };
  }

  // ---- streaming, erasure, export and import ------------------------------------------------------------

  async *streamResponses(options: Parameters<Store['streamResponses']>[0]): AsyncGenerator<Response> {
    const { projectId, waveIds, since, status, batchSize } = parseStoreInput(
      StreamResponsesOptionsSchema,
      options,
      'stream options',
    );
    const sql = `SELECT * FROM responses WHERE project_id = @projectId AND id > @after
      AND (@waveIds IS NULL OR wave_id IN (SELECT value FROM json_each(@waveIds)))
      AND (@since IS NULL OR updated_at >= @since) AND (@status = 'all' OR status = @status)
      ORDER BY id LIMIT @limit`;
    const params = {
      projectId,
      waveIds: waveIds === undefined ? null : JSON.stringify(waveIds),
      since: since ?? null,
      status,
      limit: batchSize,
    };
    let after = '';
    for (;;) {
      // One short read per batch: no statement stays open between batches, so writes can interleave.
      const rows = this.#read(() => this.#all<ResponseRow>(sql, { ...params, after }));
      for (const row of rows) yield responseFromRow(row);
      const last = rows.at(-1);
      if (last === undefined || rows.length < batchSize) return;
      after = last.id;
    }
  }

  async eraseRespondent(
    projectId: string,
    respondentId: string,
    options: { actor?: string } = {},
  ): Promise<ErasureSummary> {
    requireLookupString(projectId, 'project id');
    requireLookupString(respondentId, 'respondent id');
    const actor = parseStoreInput(AuditInputSchema.shape.actor, options.actor ?? 'system', 'actor');
    return this.#write(() => {
      const respondent = this.#respondent(respondentId);
      if (!respondent || respondent.projectId !== projectId) {
        throw new StoreError('not-found', `No respondent "${respondentId}" in project "${projectId}"`);
      }
      this.#run(
        'DELETE FROM response_keys WHERE response_id IN (SELECT id FROM responses WHERE respondent_id = ?)',
        respondentId,
      );
      const responses = this.#run('DELETE FROM responses WHERE respondent_id = ?', respondentId).changes;
      const invitations = this.#run('DELETE FROM invitations WHERE respondent_id = ?', respondentId).changes;
      const contact = this.#run('DELETE FROM contacts WHERE respondent_id = ?', respondentId).changes > 0;
      this.#run('DELETE FROM respondents WHERE id = ?', respondentId);
      const entry: AuditEntry = {
        id: uuidv7(),
        at: this.#timestamp(),
        actor,
        action: 'respondent.erase',
        projectId,
        details: { responses, invitations, contact },
      };
      this.#appendAudit(entry);
      return { responses, invitations, contact, auditEntryId: entry.id };
    });
  }

  async *exportNdjson(projectId: string): AsyncGenerator<string> {
    requireLookupString(projectId, 'project id');
    const project = this.#read(() => this.#project(projectId));
    if (!project) throw new StoreError('not-found', `No project with id "${projectId}"`);
    yield formatExportLine({
      type: 'header',
      format: 'neighbourly-export',
      version: 1,
      projectId,
      exportedAt: this.#timestamp(),
    });
    yield formatExportLine({ type: 'project', record: project });
    const tables: { type: ExportLine['type']; sql: string; toLine: (row: never) => ExportLine }[] = [
      {
        type: 'survey',
        sql: 'SELECT * FROM surveys WHERE project_id = @projectId AND id > @after ORDER BY id LIMIT @limit',
        toLine: (row: SurveyRow) => ({ type: 'survey', record: surveyFromRow(row) }),
      },
      {
        type: 'surveyVersion',
        sql: `SELECT *, survey_id || ':' || printf('%010d', version) AS cursor FROM survey_versions
              WHERE project_id = @projectId AND survey_id || ':' || printf('%010d', version) > @after ORDER BY cursor LIMIT @limit`,
        toLine: (row: SurveyVersionRow) => ({ type: 'surveyVersion', record: surveyVersionFromRow(row) }),
      },
      {
        type: 'wave',
        sql: 'SELECT * FROM waves WHERE project_id = @projectId AND id > @after ORDER BY id LIMIT @limit',
        toLine: (row: WaveRow) => ({ type: 'wave', record: waveFromRow(row) }),
      },
      {
        type: 'respondent',
        sql: 'SELECT * FROM respondents WHERE project_id = @projectId AND id > @after ORDER BY id LIMIT @limit',
        toLine: (row: RespondentRow) => ({ type: 'respondent', record: respondentFromRow(row) }),
      },
      {
        type: 'contact',
        sql: 'SELECT *, respondent_id AS cursor FROM contacts WHERE project_id = @projectId AND respondent_id > @after ORDER BY respondent_id LIMIT @limit',
        toLine: (row: ContactRow) => ({ type: 'contact', record: contactFromRow(row) }),
      },
      {
        type: 'invitation',
        sql: 'SELECT * FROM invitations WHERE project_id = @projectId AND id > @after ORDER BY id LIMIT @limit',
        toLine: (row: InvitationRow) => ({ type: 'invitation', record: invitationFromRow(row) }),
      },
      {
        type: 'response',
        sql: 'SELECT * FROM responses WHERE project_id = @projectId AND id > @after ORDER BY id LIMIT @limit',
        toLine: (row: ResponseRow) => ({ type: 'response', record: responseFromRow(row) }),
      },
      {
        type: 'responseKey',
        sql: 'SELECT *, key AS cursor FROM response_keys WHERE project_id = @projectId AND key > @after ORDER BY key LIMIT @limit',
        toLine: (row: ResponseKeyRow) => ({ type: 'responseKey', record: responseKeyFromRow(row) }),
      },
      {
        type: 'audit',
        sql: 'SELECT * FROM audit_log WHERE project_id = @projectId AND id > @after ORDER BY id LIMIT @limit',
        toLine: (row: AuditRow) => ({ type: 'audit', record: auditFromRow(row) }),
      },
    ];
    const limit = 1000;
    for (const table of tables) {
      let after = '';
      for (;;) {
        const rows = this.#read(() =>
          this.#all<{ id?: string; cursor?: string }>(table.sql, { projectId, after, limit }),
        );
        for (const row of rows) {
          const { cursor: _cursor, ...record } = row;
          yield formatExportLine(table.toLine(record as never));
        }
        const last = rows.at(-1);
        if (last === undefined || rows.length < limit) break;
        after = last.cursor ?? last.id ?? '';
      }
    }
  }

  async importNdjson(source: NdjsonSource): Promise<ImportSummary> {
    const counts = emptyImportCounts();
    let projectId: string | undefined;
    let started = false;
    let batch: ExportLine[] = [];
    const flush = () => {
      const lines = batch;
      batch = [];
      this.#write(() => {
        for (const line of lines) this.#insertImported(line);
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
          this.#write(() => {
            if (this.#get('SELECT 1 FROM projects WHERE id = ? OR slug = ?', project.id, project.slug)) {
              throw new StoreError('duplicate', `Project "${project.slug}" (${project.id}) exists already`);
            }
            this.#run('INSERT INTO imports_in_progress (project_id) VALUES (?)', project.id);
            this.#insertImported(line);
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
      this.#write(() => this.#run('DELETE FROM imports_in_progress WHERE project_id = ?', id));
      return { projectId: id, counts };
    } catch (error) {
      if (started && projectId !== undefined && !this.#closed) this.#removeImportedProject(projectId);
      if (error instanceof StoreError) throw error;
      throw new StoreError('invalid-import', 'The import failed', { cause: error });
    }
  }

  #insertImported(line: ExportLine): void {
    switch (line.type) {
      case 'header':
        return;
      case 'project':
        this.#run(insertSql.projects, projectToRow(line.record));
        return;
      case 'survey':
        this.#run(insertSql.surveys, surveyToRow(line.record));
        return;
      case 'surveyVersion':
        this.#run(insertSql.surveyVersions, surveyVersionToRow(line.record));
        return;
      case 'wave':
        this.#run(insertSql.waves, waveToRow(line.record));
        return;
      case 'respondent':
        this.#run(insertSql.respondents, respondentToRow(line.record));
        return;
      case 'contact':
        this.#run(insertSql.contacts, contactToRow(line.record));
        return;
      case 'invitation':
        this.#run(insertSql.invitations, invitationToRow(line.record));
        return;
      case 'response':
        this.#run(insertSql.responses, responseToRow(line.record));
        return;
      case 'responseKey':
        this.#run(insertSql.responseKeys, responseKeyToRow(line.record));
        return;
      case 'audit':
        this.#run(insertSql.audit, auditToRow(line.record));
        return;
    }
  }

  async ping(): Promise<void> {
    if (this.#closed) throw new StoreError('closed', 'The store is closed');
    try {
      this.#statement('SELECT 1').get();
    } catch (error) {
      throw new StoreError('unavailable', 'The SQLite database does not answer', { cause: error });
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    // Saves already asked for are committed (or rejected) before the database closes.
    this.#flushSaves();
    this.#closed = true;
    this.#statements.clear();
    this.#db.close();
  }
}

function responseFilterParams(where: {
  waveId?: string;
  respondentId?: string;
  status?: string;
  projectId: string;
}) {
  return {
    projectId: where.projectId,
    waveId: where.waveId ?? null,
    respondentId: where.respondentId ?? null,
    status: where.status ?? null,
  };
}

function mapSqliteError(error: unknown): unknown {
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
