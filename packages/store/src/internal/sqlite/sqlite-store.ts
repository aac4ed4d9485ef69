import type { Response } from '../../response.js';
import type {
  AccountLinkRepository,
  AccountRepository,
  ApiKeyRepository,
  AuditLog,
  ErasureSummary,
  ImportSummary,
  InvitationRepository,
  MailQueue,
  NdjsonSource,
  ProjectRepository,
  RespondentRepository,
  ResponseRepository,
  SessionRepository,
  Store,
  SurveyRepository,
  WaveRepository,
} from '../../store.js';
import { StoreError } from '../../store-error.js';
import { sqliteAccountLinkRepository } from './account-link-repository.js';
import { sqliteAccountRepository } from './account-repository.js';
import { sqliteApiKeyRepository } from './api-key-repository.js';
import { sqliteAuditLog } from './audit-log.js';
import { sqliteInvitationRepository } from './invitation-repository.js';
import { sqliteMailQueue } from './mail-queue.js';
import { sqliteProjectRepository } from './project-repository.js';
import { exportSqliteProject, importSqliteProject } from './project-transfer.js';
import { eraseSqliteRespondent } from './respondent-erasure.js';
import { sqliteRespondentRepository } from './respondent-repository.js';
import { SqliteResponses } from './response-repository.js';
import { sqliteSessionRepository } from './session-repository.js';
import { SqliteDatabase, type SqliteStoreOptions } from './sqlite-database.js';
import { sqliteSurveyRepository } from './survey-repository.js';
import { sqliteWaveRepository } from './wave-repository.js';

export type { SqliteStoreOptions };

/** Opens (creating if needed) a SQLite database and migrates it; see `openSqliteStore`. */
export function createSqliteStore(options: SqliteStoreOptions): Store {
  return new SqliteStore(new SqliteDatabase(options));
}

/** The SQLite store: one shared connection, one file per aggregate's rules. */
class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly projects: ProjectRepository;
  readonly surveys: SurveyRepository;
  readonly waves: WaveRepository;
  readonly respondents: RespondentRepository;
  readonly invitations: InvitationRepository;
  readonly responses: ResponseRepository;
  readonly apiKeys: ApiKeyRepository;
  readonly accounts: AccountRepository;
  readonly sessions: SessionRepository;
  readonly accountLinks: AccountLinkRepository;
  readonly mail: MailQueue;
  readonly audit: AuditLog;
  readonly #db: SqliteDatabase;
  readonly #responses: SqliteResponses;

  constructor(db: SqliteDatabase) {
    this.#db = db;
    this.#responses = new SqliteResponses(db);
    this.projects = sqliteProjectRepository(db);
    this.surveys = sqliteSurveyRepository(db);
    this.waves = sqliteWaveRepository(db);
    this.respondents = sqliteRespondentRepository(db);
    this.invitations = sqliteInvitationRepository(db);
    this.responses = this.#responses.repository;
    this.apiKeys = sqliteApiKeyRepository(db);
    this.accounts = sqliteAccountRepository(db);
    this.sessions = sqliteSessionRepository(db);
    this.accountLinks = sqliteAccountLinkRepository(db);
    this.mail = sqliteMailQueue(db);
    this.audit = sqliteAuditLog(db);
  }

  streamResponses(options: Parameters<Store['streamResponses']>[0]): AsyncGenerator<Response> {
    return this.#responses.stream(options);
  }

  async eraseRespondent(
    projectId: string,
    respondentId: string,
    options: { actor?: string } = {},
  ): Promise<ErasureSummary> {
    return eraseSqliteRespondent(this.#db, projectId, respondentId, options);
  }

  exportNdjson(projectId: string): AsyncGenerator<string> {
    return exportSqliteProject(this.#db, projectId);
  }

  importNdjson(source: NdjsonSource): Promise<ImportSummary> {
    return importSqliteProject(this.#db, source);
  }

  async ping(): Promise<void> {
    this.#db.checkHealth();
    try {
      this.#db.statement('SELECT 1').get();
    } catch (error) {
      const mapped = this.#db.noteError(error);
      if (mapped instanceof StoreError && mapped.code === 'damaged') throw mapped;
      throw new StoreError('unavailable', 'The SQLite database does not answer', { cause: error });
    }
  }

  async close(): Promise<void> {
    if (this.#db.closed) return;
    // Saves already asked for are committed (or rejected) before the database closes.
    this.#responses.flush();
    this.#db.close();
  }
}
