import {
  type ErasureSummary,
  type ImportSummary,
  type NdjsonSource,
  type Response,
  redactStoreUrl,
  type Store,
  StoreError,
  type StreamResponsesOptions,
} from '@neighbourly/store';
import { MongoClient, type MongoClientOptions } from 'mongodb';
import { mongoAccountLinkRepository } from './account-link-repository.js';
import { mongoAccountRepository } from './account-repository.js';
import { mongoApiKeyRepository } from './api-key-repository.js';
import { mongoAuditLog } from './audit-log.js';
import { type CollectionKey, collectionNames, indexDefinitions } from './collections.js';
import { mongoInvitationRepository } from './invitation-repository.js';
import { mongoMailQueue } from './mail-queue.js';
import { MongoDatabase } from './mongo-database.js';
import { mongoProjectRepository } from './project-repository.js';
import { exportMongoProject, importMongoProject, removeMongoProject } from './project-transfer.js';
import { eraseMongoRespondent } from './respondent-erasure.js';
import { mongoRespondentRepository } from './respondent-repository.js';
import { mongoResponseRepository, streamMongoResponses } from './response-repository.js';
import { mongoSessionRepository } from './session-repository.js';
import { mongoSurveyRepository } from './survey-repository.js';
import { mongoWaveRepository } from './wave-repository.js';

/** Options of the MongoDB store. */
export interface MongoStoreOptions {
  /** `mongodb://…` or `mongodb+srv://…`. Write concern defaults to `majority` unless the URL sets `w`. */
  url: string;
  /** The database; default: the one the URL names, else `neighbourly`. */
  databaseName?: string;
  /**
   * `auto` (default): multi-document writes run in transactions when the deployment supports them (replica set
   * or sharded cluster); `never`: always use the fallback (ordered writes guarded by unique indexes).
   */
  transactions?: 'auto' | 'never';
  /** Extra driver options (pool size, TLS, timeouts …). */
  clientOptions?: MongoClientOptions;
  /** The clock, for tests. */
  now?: () => Date;
}

/** An import whose heartbeat is older than this is considered dead and rolled back at open. */
const staleImportMs = 10 * 60 * 1000;

/** Connects, checks the server answers, creates the indexes and returns the store. */
export async function connectMongoStore(options: MongoStoreOptions): Promise<Store> {
  const shown = redactStoreUrl(options.url);
  const majority = /[?&]w=/.test(options.url) ? {} : { writeConcern: { w: 'majority' as const } };
  let client: MongoClient;
  try {
    client = new MongoClient(options.url, { ...majority, ...options.clientOptions });
  } catch (error) {
    throw new StoreError('unavailable', `Invalid MongoDB URL "${shown}"`, { cause: error });
  }
  try {
    await client.connect();
    const db = client.db(options.databaseName);
    await db.command({ ping: 1 });
    const hello = await db.admin().command({ hello: 1 });
    const supported = typeof hello.setName === 'string' || hello.msg === 'isdbgrid';
    const database = new MongoDatabase(
      client,
      db,
      options.transactions !== 'never' && supported,
      options.now,
    );
    await prepare(database);
    return new MongoStore(database);
  } catch (error) {
    await client.close().catch(() => undefined);
    throw new StoreError('unavailable', `Cannot reach the MongoDB store at "${shown}"`, { cause: error });
  }
}

/** Creates indexes (idempotent) and rolls back imports that died midway. */
async function prepare(db: MongoDatabase): Promise<void> {
  for (const key of Object.keys(collectionNames) as CollectionKey[]) {
    const indexes = indexDefinitions[key];
    if (indexes.length > 0) await db.c(key).createIndexes(indexes);
  }
  const cutoff = new Date(db.nowMs() - staleImportMs).toISOString();
  const stale = await db
    .c('importsInProgress')
    .find({ heartbeatAt: { $lt: cutoff } })
    .toArray();
  for (const marker of stale) await removeMongoProject(db, String(marker._id));
}

/** The MongoDB store: one shared connection, one file per aggregate's rules. */
class MongoStore implements Store {
  readonly kind = 'mongodb' as const;
  readonly projects: Store['projects'];
  readonly surveys: Store['surveys'];
  readonly waves: Store['waves'];
  readonly respondents: Store['respondents'];
  readonly invitations: Store['invitations'];
  readonly responses: Store['responses'];
  readonly apiKeys: Store['apiKeys'];
  readonly accounts: Store['accounts'];
  readonly sessions: Store['sessions'];
  readonly accountLinks: Store['accountLinks'];
  readonly mail: Store['mail'];
  readonly audit: Store['audit'];
  readonly #db: MongoDatabase;

  constructor(db: MongoDatabase) {
    this.#db = db;
    this.projects = mongoProjectRepository(db);
    this.surveys = mongoSurveyRepository(db);
    this.waves = mongoWaveRepository(db);
    this.respondents = mongoRespondentRepository(db);
    this.invitations = mongoInvitationRepository(db);
    this.responses = mongoResponseRepository(db);
    this.apiKeys = mongoApiKeyRepository(db);
    this.accounts = mongoAccountRepository(db);
    this.sessions = mongoSessionRepository(db);
    this.accountLinks = mongoAccountLinkRepository(db);
    this.mail = mongoMailQueue(db);
    this.audit = mongoAuditLog(db);
  }

  streamResponses(options: StreamResponsesOptions): AsyncGenerator<Response> {
    return streamMongoResponses(this.#db, options);
  }

  eraseRespondent(
    projectId: string,
    respondentId: string,
    options: { actor?: string } = {},
  ): Promise<ErasureSummary> {
    return eraseMongoRespondent(this.#db, projectId, respondentId, options);
  }

  exportNdjson(projectId: string): AsyncGenerator<string> {
    return exportMongoProject(this.#db, projectId);
  }

  importNdjson(source: NdjsonSource): Promise<ImportSummary> {
    return importMongoProject(this.#db, source);
  }

  async ping(): Promise<void> {
    this.#db.assertOpen();
    try {
      await this.#db.db.command({ ping: 1 });
    } catch (error) {
      throw new StoreError('unavailable', 'The MongoDB deployment does not answer', { cause: error });
    }
  }

  close(): Promise<void> {
    return this.#db.close();
  }
}
