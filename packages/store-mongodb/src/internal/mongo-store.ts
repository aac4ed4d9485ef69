import {
  type ApiKey,
  ApiKeyInputSchema,
  type AuditEntry,
  AuditFilterSchema,
  AuditInputSchema,
  applyPatch,
  type Contact,
  ContactInputSchema,
  checkInvitationUse,
  type ErasureSummary,
  type ExportLine,
  type ExportRecordType,
  exportFormatVersion,
  formatExportLine,
  type ImportSummary,
  type Invitation,
  InvitationInputSchema,
  JsonObjectSchema,
  ListOptionsSchema,
  type NdjsonSource,
  newResponse,
  nextResponse,
  type Project,
  ProjectInputSchema,
  ProjectPatchSchema,
  parseStoreInput,
  type Respondent,
  RespondentInputSchema,
  RespondentPatchSchema,
  type Response,
  type ResponseFilter,
  ResponseFilterSchema,
  ResponseInputSchema,
  type ResponseKey,
  readExportLines,
  redactStoreUrl,
  requireLookupString,
  requirePending,
  type SaveResponseResult,
  SecretHashSchema,
  type Store,
  StoreError,
  type StreamResponsesOptions,
  StreamResponsesOptionsSchema,
  type Survey,
  SurveyInputSchema,
  type SurveyVersion,
  type Wave,
  WaveInputSchema,
  WavePatchSchema,
} from '@neighbourly/store';
import {
  type ClientSession,
  type Collection,
  type Db,
  type Filter,
  MongoClient,
  type MongoClientOptions,
} from 'mongodb';
import { v7 as uuidv7 } from 'uuid';
import { type CollectionKey, collectionNames, indexDefinitions } from './collections.js';
import {
  documentOf,
  fromDocument,
  responseKeyDocumentId,
  type StoredDocument,
  surveyVersionDocumentId,
} from './documents.js';
import {
  activeApiKey,
  auditWhere,
  byField,
  byId,
  page,
  responseSlot,
  responsesWhere,
  streamBatch,
} from './filters.js';

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

type Session = ClientSession | undefined;

const projectCollections: readonly CollectionKey[] = [
  'surveys',
  'surveyVersions',
  'waves',
  'respondents',
  'contacts',
  'invitations',
  'responses',
  'responseKeys',
  'audit',
];

const exportCollections: readonly [ExportRecordType, CollectionKey][] = [
  ['survey', 'surveys'],
  ['surveyVersion', 'surveyVersions'],
  ['wave', 'waves'],
  ['respondent', 'respondents'],
  ['contact', 'contacts'],
  ['invitation', 'invitations'],
  ['response', 'responses'],
  ['responseKey', 'responseKeys'],
  ['audit', 'audit'],
];

const collectionOf: Record<ExportRecordType, CollectionKey> = {
  project: 'projects',
  survey: 'surveys',
  surveyVersion: 'surveyVersions',
  wave: 'waves',
  respondent: 'respondents',
  contact: 'contacts',
  invitation: 'invitations',
  response: 'responses',
  responseKey: 'responseKeys',
  audit: 'audit',
};

/** An import whose heartbeat is older than this is considered dead and rolled back at open. */
const staleImportMs = 10 * 60 * 1000;
/** A reserved idempotency key whose save has not finished after this long is considered abandoned. */
const staleKeyMs = 30 * 1000;

/** Whether an error is MongoDB's duplicate-key error (E11000). */
export function isDuplicateKeyError(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 11000;
}

function sessionOption(session: Session): { session?: ClientSession } {
  return session === undefined ? {} : { session };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function mapMongoError(error: unknown): unknown {
  if (error instanceof StoreError) return error;
  if (isDuplicateKeyError(error)) {
    return new StoreError('duplicate', 'A record with this unique value exists', { cause: error });
  }
  const name = (error as { name?: unknown } | null)?.name;
  if (typeof name === 'string' && /Network|ServerSelection|Timeout|PoolCleared|NotPrimary/.test(name)) {
    return new StoreError('unavailable', 'The MongoDB deployment cannot be reached', { cause: error });
  }
  return error;
}

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
    const store = new MongoStore(client, db, options.transactions !== 'never' && supported, options.now);
    await store.prepare();
    return store;
  } catch (error) {
    await client.close().catch(() => undefined);
    throw new StoreError('unavailable', `Cannot reach the MongoDB store at "${shown}"`, { cause: error });
  }
}

class MongoStore implements Store {
  readonly kind = 'mongodb' as const;
  readonly #client: MongoClient;
  readonly #db: Db;
  readonly #transactions: boolean;
  readonly #now: () => Date;
  #closed = false;

  constructor(client: MongoClient, db: Db, transactions: boolean, now: (() => Date) | undefined) {
    this.#client = client;
    this.#db = db;
    this.#transactions = transactions;
    this.#now = now ?? (() => new Date());
  }

  /** Creates indexes (idempotent) and rolls back imports that died midway. */
  async prepare(): Promise<void> {
    for (const key of Object.keys(collectionNames) as CollectionKey[]) {
      const indexes = indexDefinitions[key];
      if (indexes.length > 0) await this.#c(key).createIndexes(indexes);
    }
    const cutoff = new Date(this.#now().getTime() - staleImportMs).toISOString();
    const stale = await this.#c('importsInProgress')
      .find({ heartbeatAt: { $lt: cutoff } })
      .toArray();
    for (const marker of stale) await this.#removeProject(String(marker._id));
  }

  #c(key: CollectionKey): Collection<StoredDocument> {
    if (this.#closed) throw new StoreError('closed', 'The store is closed');
    return this.#db.collection(collectionNames[key]);
  }

  #timestamp(): string {
    return this.#now().toISOString();
  }

  /** Runs `work` in a transaction where the deployment supports it, otherwise directly (the fallback). */
  async #atomic<T>(work: (session: Session) => Promise<T>): Promise<T> {
    if (this.#closed) throw new StoreError('closed', 'The store is closed');
    try {
      if (!this.#transactions) return await work(undefined);
      return await this.#client.withSession((session) =>
        session.withTransaction(() => work(session), {
          readConcern: { level: 'snapshot' },
          writeConcern: { w: 'majority' },
        }),
      );
    } catch (error) {
      throw mapMongoError(error);
    }
  }

  async #op<T>(work: () => Promise<T>): Promise<T> {
    if (this.#closed) throw new StoreError('closed', 'The store is closed');
    try {
      return await work();
    } catch (error) {
      throw mapMongoError(error);
    }
  }

  async #find<T>(
    key: CollectionKey,
    filter: Filter<StoredDocument>,
    session?: Session,
  ): Promise<T | undefined> {
    const document = await this.#c(key).findOne(filter, sessionOption(session));
    return document === null ? undefined : fromDocument<T>(key, document);
  }

  async #list<T>(key: CollectionKey, filter: Filter<StoredDocument>, options: unknown): Promise<T[]> {
    const { limit, after } = parseStoreInput(ListOptionsSchema, options ?? {}, 'list options');
    return this.#op(async () =>
      (await this.#c(key).find(page(filter, after)).sort({ _id: 1 }).limit(limit).toArray()).map((document) =>
        fromDocument<T>(key, document),
      ),
    );
  }

  async #insert(key: CollectionKey, record: object, session?: Session): Promise<void> {
    await this.#c(key).insertOne(documentOf(key, record), sessionOption(session));
  }

  async #replace(key: CollectionKey, record: object, session?: Session): Promise<void> {
    const document = documentOf(key, record);
    await this.#c(key).replaceOne({ _id: document._id }, document, sessionOption(session));
  }

  async #require<T>(key: CollectionKey, id: string, what: string, session?: Session): Promise<T> {
    const record = await this.#find<T>(key, byId(id), session);
    if (record === undefined) throw new StoreError('not-found', `No ${what} with id "${id}"`);
    return record;
  }

  // ---- repositories ---------------------------------------------------------------------------------------

  readonly projects: Store['projects'] = {
    create: async (input) => {
      const data = parseStoreInput(ProjectInputSchema, input, 'project');
      const at = this.#timestamp();
      const project: Project = { id: uuidv7(), ...data, createdAt: at, updatedAt: at };
      await this.#op(() => this.#insert('projects', project)).catch((error: unknown) => {
        throw isStoreDuplicate(error)
          ? new StoreError('duplicate', `A project with slug "${project.slug}" exists`)
          : error;
      });
      return project;
    },
    get: async (id) => this.#op(() => this.#find<Project>('projects', byId(id, 'project id'))),
    getBySlug: async (slug) => this.#op(() => this.#find<Project>('projects', byField('slug', slug))),
    list: async (options) => this.#list<Project>('projects', {}, options),
    update: async (id, patch) => {
      const changes = parseStoreInput(ProjectPatchSchema, patch, 'project patch');
      requireLookupString(id, 'project id');
      return this.#op(async () => {
        const project = await this.#require<Project>('projects', id, 'project');
        const updated = applyPatch(project, changes, this.#timestamp());
        await this.#replace('projects', updated).catch((error: unknown) => {
          throw isDuplicateKeyError(error)
            ? new StoreError('duplicate', `A project with slug "${updated.slug}" exists`)
            : error;
        });
        return updated;
      });
    },
  };

  readonly surveys: Store['surveys'] = {
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
      const version: SurveyVersion = {
        surveyId: survey.id,
        projectId: survey.projectId,
        version: 1,
        definition: data.definition,
        locked: false,
        createdAt: at,
        updatedAt: at,
      };
      await this.#atomic(async (session) => {
        await this.#require('projects', data.projectId, 'project', session);
        await this.#insert('surveyVersions', version, session);
        await this.#insert('surveys', survey, session);
      });
      return survey;
    },
    get: async (id) => this.#op(() => this.#find<Survey>('surveys', byId(id, 'survey id'))),
    list: async (projectId, options) =>
      this.#list<Survey>('surveys', byField('projectId', projectId), options),
    rename: async (id, name) => {
      const { name: newName } = parseStoreInput(
        SurveyInputSchema.pick({ name: true }),
        { name },
        'survey name',
      );
      requireLookupString(id, 'survey id');
      return this.#op(async () => {
        const survey = await this.#require<Survey>('surveys', id, 'survey');
        const updated: Survey = { ...survey, name: newName, updatedAt: this.#timestamp() };
        await this.#c('surveys').updateOne(byId(id), {
          $set: { name: newName, updatedAt: updated.updatedAt },
        });
        return updated;
      });
    },
    saveDefinition: async (id, definition) => {
      const data = parseStoreInput(JsonObjectSchema, definition, 'survey definition');
      requireLookupString(id, 'survey id');
      for (let attempt = 0; ; attempt += 1) {
        try {
          return await this.#atomic(async (session) => {
            const survey = await this.#require<Survey>('surveys', id, 'survey', session);
            const at = this.#timestamp();
            const latestId = surveyVersionDocumentId(id, survey.latestVersion);
            const replaced = await this.#c('surveyVersions').findOneAndUpdate(
              { _id: latestId, locked: false },
              { $set: { definition: JSON.stringify(data), updatedAt: at } },
              { ...sessionOption(session), returnDocument: 'after' },
            );
            if (replaced !== null) {
              await this.#c('surveys').updateOne(
                byId(id),
                { $set: { updatedAt: at } },
                sessionOption(session),
              );
              return fromDocument<SurveyVersion>('surveyVersions', replaced);
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
            await this.#insert('surveyVersions', created, session);
            await this.#c('surveys').updateOne(
              { _id: id, latestVersion: survey.latestVersion },
              { $set: { latestVersion: created.version, updatedAt: at } },
              sessionOption(session),
            );
            return created;
          });
        } catch (error) {
          // Two saves raced to start the same new version: the loser reads again and edits that version.
          if (isStoreDuplicate(error) && attempt < 5) continue;
          throw error;
        }
      }
    },
    getVersion: async (id, version) =>
      this.#op(async () => {
        const survey = await this.#find<Survey>('surveys', byId(id, 'survey id'));
        if (!survey) return undefined;
        if (version !== undefined && !Number.isInteger(version)) return undefined;
        return this.#find<SurveyVersion>(
          'surveyVersions',
          byId(surveyVersionDocumentId(survey.id, version ?? survey.latestVersion)),
        );
      }),
    listVersions: async (id) =>
      this.#op(async () =>
        (await this.#c('surveyVersions').find(byField('surveyId', id)).sort({ _id: 1 }).toArray()).map(
          (document) => fromDocument<SurveyVersion>('surveyVersions', document),
        ),
      ),
  };

  readonly waves: Store['waves'] = {
    create: async (input) => {
      const data = parseStoreInput(WaveInputSchema, input, 'wave');
      return this.#atomic(async (session) => {
        await this.#require('projects', data.projectId, 'project', session);
        const survey = await this.#require<Survey>('surveys', data.surveyId, 'survey', session);
        if (survey.projectId !== data.projectId) {
          throw new StoreError('conflict', `Survey "${survey.id}" belongs to another project`);
        }
        const version = data.surveyVersion ?? survey.latestVersion;
        // Lock first: a definition saved from now on starts a new version.
        const locked = await this.#c('surveyVersions').updateOne(
          byId(surveyVersionDocumentId(survey.id, version)),
          { $set: { locked: true } },
          sessionOption(session),
        );
        if (locked.matchedCount === 0) {
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
        await this.#insert('waves', wave, session);
        return wave;
      });
    },
    get: async (id) => this.#op(() => this.#find<Wave>('waves', byId(id, 'wave id'))),
    list: async (projectId, options) => this.#list<Wave>('waves', byField('projectId', projectId), options),
    update: async (id, patch) => {
      const changes = parseStoreInput(WavePatchSchema, patch, 'wave patch');
      requireLookupString(id, 'wave id');
      return this.#op(async () => {
        const updated = applyPatch(
          await this.#require<Wave>('waves', id, 'wave'),
          changes,
          this.#timestamp(),
        );
        await this.#replace('waves', updated);
        return updated;
      });
    },
  };

  readonly respondents: Store['respondents'] = {
    create: async (input) => {
      const data = parseStoreInput(RespondentInputSchema, input, 'respondent');
      const at = this.#timestamp();
      const respondent: Respondent = { id: uuidv7(), ...data, createdAt: at, updatedAt: at };
      await this.#op(async () => {
        await this.#require('projects', data.projectId, 'project');
        await this.#insert('respondents', respondent);
      });
      return respondent;
    },
    get: async (id) => this.#op(() => this.#find<Respondent>('respondents', byId(id, 'respondent id'))),
    list: async (projectId, options) =>
      this.#list<Respondent>('respondents', byField('projectId', projectId), options),
    update: async (id, patch) => {
      const changes = parseStoreInput(RespondentPatchSchema, patch, 'respondent patch');
      requireLookupString(id, 'respondent id');
      return this.#op(async () => {
        const current = await this.#require<Respondent>('respondents', id, 'respondent');
        const updated = applyPatch(current, changes, this.#timestamp());
        await this.#replace('respondents', updated);
        return updated;
      });
    },
    setContact: async (respondentId, input) => {
      const data = parseStoreInput(ContactInputSchema, input, 'contact');
      requireLookupString(respondentId, 'respondent id');
      return this.#op(async () => {
        const respondent = await this.#require<Respondent>('respondents', respondentId, 'respondent');
        const existing = await this.#find<Contact>('contacts', byId(respondentId));
        const at = this.#timestamp();
        const contact: Contact = {
          respondentId,
          projectId: respondent.projectId,
          ...data,
          createdAt: existing?.createdAt ?? at,
          updatedAt: at,
        };
        const document = documentOf('contacts', contact);
        await this.#c('contacts').replaceOne({ _id: document._id }, document, { upsert: true });
        return contact;
      });
    },
    getContact: async (respondentId) =>
      this.#op(() => this.#find<Contact>('contacts', byId(respondentId, 'respondent id'))),
    eraseContact: async (respondentId) =>
      this.#op(
        async () =>
          (await this.#c('contacts').deleteOne(byId(respondentId, 'respondent id'))).deletedCount > 0,
      ),
  };

  readonly invitations: Store['invitations'] = {
    create: async (input) => {
      const data = parseStoreInput(InvitationInputSchema, input, 'invitation');
      return this.#op(async () => {
        const wave = await this.#require<Wave>('waves', data.waveId, 'wave');
        const respondent = await this.#require<Respondent>('respondents', data.respondentId, 'respondent');
        if (respondent.projectId !== wave.projectId) {
          throw new StoreError('conflict', `Respondent "${respondent.id}" belongs to another project`);
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
        await this.#insert('invitations', invitation).catch((error: unknown) => {
          throw isDuplicateKeyError(error)
            ? new StoreError('duplicate', 'An invitation with this token hash exists')
            : error;
        });
        return invitation;
      });
    },
    get: async (id) => this.#op(() => this.#find<Invitation>('invitations', byId(id, 'invitation id'))),
    getByTokenHash: async (tokenHash) =>
      this.#op(() => this.#find<Invitation>('invitations', byField('tokenHash', tokenHash))),
    list: async (waveId, options) =>
      this.#list<Invitation>('invitations', byField('waveId', waveId), options),
    revoke: async (id) => {
      requireLookupString(id, 'invitation id');
      return this.#op(async () => {
        const at = this.#timestamp();
        const revoked = await this.#c('invitations').findOneAndUpdate(
          byId(id),
          { $set: { status: 'revoked', updatedAt: at } },
          { returnDocument: 'after' },
        );
        if (revoked === null) throw new StoreError('not-found', `No invitation with id "${id}"`);
        return fromDocument<Invitation>('invitations', revoked);
      });
    },
    replaceToken: async (id, tokenHash) => {
      requireLookupString(id, 'invitation id');
      const hash = parseStoreInput(SecretHashSchema, tokenHash, 'token hash');
      return this.#op(async () => {
        const invitation = await this.#require<Invitation>('invitations', id, 'invitation');
        requirePending(invitation);
        const at = this.#timestamp();
        const updated = await this.#c('invitations')
          .findOneAndUpdate(
            { ...byId(id), status: 'pending' },
            { $set: { tokenHash: hash, updatedAt: at } },
            { returnDocument: 'after' },
          )
          .catch((error: unknown) => {
            throw isDuplicateKeyError(error)
              ? new StoreError('duplicate', 'An invitation with this token hash exists')
              : error;
          });
        if (updated === null) throw new StoreError('conflict', `Invitation "${id}" is no longer pending`);
        return fromDocument<Invitation>('invitations', updated);
      });
    },
  };

  readonly responses: Store['responses'] = {
    save: async (input) => {
      const data = parseStoreInput(ResponseInputSchema, input, 'response');
      for (let attempt = 0; ; attempt += 1) {
        try {
          const result = await this.#atomic((session) => this.#saveAttempt(data, session));
          if (result !== 'retry') return result;
        } catch (error) {
          // A concurrent save won a unique index (same key or same slot): read again and replay or conflict.
          if (!(isStoreDuplicate(error) && attempt < 50)) throw error;
        }
        await sleep(Math.min(5 * (attempt + 1), 50));
      }
    },
    get: async (id) => this.#op(() => this.#find<Response>('responses', byId(id, 'response id'))),
    list: async (filter, options) => {
      const where = parseStoreInput(ResponseFilterSchema, filter, 'response filter');
      return this.#list<Response>('responses', responsesWhere(where), options);
    },
    count: async (filter: ResponseFilter) => {
      const where = parseStoreInput(ResponseFilterSchema, filter, 'response filter');
      return this.#op(() => this.#c('responses').countDocuments(responsesWhere(where)));
    },
  };

  /**
   * One try of a response save. Without transactions the idempotency key is reserved first (a unique insert
   * marked `pending`), so two concurrent saves with one key can never both write; the reservation is released
   * when the save fails and completed when it succeeds.
   */
  async #saveAttempt(
    data: ReturnType<typeof ResponseInputSchema.parse>,
    session: Session,
  ): Promise<SaveResponseResult | 'retry'> {
    const wave = await this.#require<Wave>('waves', data.waveId, 'wave', session);
    const at = this.#timestamp();
    const keyId =
      data.idempotencyKey === undefined
        ? undefined
        : responseKeyDocumentId(wave.projectId, data.idempotencyKey);
    if (keyId !== undefined) {
      const reserved = await this.#c('responseKeys').findOne(byId(keyId), sessionOption(session));
      if (reserved !== null) {
        if (reserved.pending === true) {
          if (Date.parse(String(reserved.createdAt)) < this.#now().getTime() - staleKeyMs) {
            await this.#c('responseKeys').deleteOne({ _id: keyId, pending: true }, sessionOption(session));
          }
          return 'retry';
        }
        const earlier = await this.#find<Response>('responses', byId(String(reserved.responseId)), session);
        if (earlier) return { response: earlier, replayed: true };
        await this.#c('responseKeys').deleteOne(byId(keyId), sessionOption(session));
      }
    }

    let respondentId = data.respondentId;
    let invitation: Invitation | undefined;
    if (data.invitationId !== undefined) {
      invitation = await this.#require<Invitation>('invitations', data.invitationId, 'invitation', session);
      checkInvitationUse(invitation, wave, respondentId, at);
      respondentId = invitation.respondentId;
    }
    if (respondentId !== undefined) {
      const respondent = await this.#require<Respondent>('respondents', respondentId, 'respondent', session);
      if (respondent.projectId !== wave.projectId) {
        throw new StoreError('conflict', `Respondent "${respondentId}" belongs to another project`);
      }
    }
    const slot =
      respondentId === undefined
        ? undefined
        : await this.#find<Response>(
            'responses',
            responseSlot(wave.projectId, wave.id, respondentId),
            session,
          );
    if (slot?.status === 'complete') {
      throw new StoreError('already-complete', 'This respondent already completed this wave');
    }
    const responseId = slot?.id ?? uuidv7();

    if (keyId !== undefined && data.idempotencyKey !== undefined) {
      const key: ResponseKey = {
        projectId: wave.projectId,
        key: data.idempotencyKey,
        responseId,
        createdAt: at,
      };
      const document = {
        ...documentOf('responseKeys', key),
        ...(session === undefined ? { pending: true } : {}),
      };
      await this.#c('responseKeys').insertOne(document, sessionOption(session));
    }
    try {
      let response: Response;
      if (slot) {
        response = nextResponse(slot, data, invitation, at);
        const document = documentOf('responses', response);
        const replaced = await this.#c('responses').replaceOne(
          { _id: slot.id, status: 'partial', updatedAt: slot.updatedAt },
          document,
          sessionOption(session),
        );
        if (replaced.matchedCount === 0) {
          // Changed since we read it: completed (a conflict) or saved again (read again).
          const now = await this.#find<Response>('responses', byId(slot.id), session);
          if (now?.status === 'complete') {
            throw new StoreError('already-complete', 'This respondent already completed this wave');
          }
          throw new StoreError('duplicate', 'The response changed concurrently');
        }
      } else {
        response = newResponse({ id: responseId, wave, data, respondentId, invitation, at });
        await this.#insert('responses', response, session);
      }
      if (invitation) {
        await this.#c('invitations').updateOne(
          byId(invitation.id),
          { $set: { status: response.status === 'complete' ? 'completed' : 'started', updatedAt: at } },
          sessionOption(session),
        );
      }
      if (keyId !== undefined && session === undefined) {
        await this.#c('responseKeys').updateOne(byId(keyId), { $unset: { pending: '' } });
      }
      return { response, replayed: false };
    } catch (error) {
      if (keyId !== undefined && session === undefined) {
        await this.#c('responseKeys').deleteOne({ _id: keyId, pending: true });
      }
      throw isDuplicateKeyError(error) ? mapMongoError(error) : error;
    }
  }

  readonly apiKeys: Store['apiKeys'] = {
    create: async (input) => {
      const data = parseStoreInput(ApiKeyInputSchema, input, 'API key');
      const key: ApiKey = { id: uuidv7(), ...data, createdAt: this.#timestamp() };
      await this.#op(async () => {
        if (data.projectId !== undefined) await this.#require('projects', data.projectId, 'project');
        await this.#insert('apiKeys', key).catch((error: unknown) => {
          throw isDuplicateKeyError(error)
            ? new StoreError('duplicate', 'An API key with this hash exists')
            : error;
        });
      });
      return key;
    },
    get: async (id) => this.#op(() => this.#find<ApiKey>('apiKeys', byId(id, 'API key id'))),
    getByHash: async (keyHash) => this.#op(() => this.#find<ApiKey>('apiKeys', activeApiKey(keyHash))),
    list: async (options) => this.#list<ApiKey>('apiKeys', {}, options),
    revoke: async (id) => {
      requireLookupString(id, 'API key id');
      return this.#op(async () => {
        const key = await this.#require<ApiKey>('apiKeys', id, 'API key');
        if (key.revokedAt !== undefined) return key;
        const revoked: ApiKey = { ...key, revokedAt: this.#timestamp() };
        await this.#c('apiKeys').updateOne(byId(id), { $set: { revokedAt: revoked.revokedAt } });
        return revoked;
      });
    },
  };

  readonly audit: Store['audit'] = {
    append: async (input) => {
      const data = parseStoreInput(AuditInputSchema, input, 'audit entry');
      const entry: AuditEntry = { id: uuidv7(), at: this.#timestamp(), ...data };
      await this.#op(() => this.#insert('audit', entry));
      return entry;
    },
    list: async (filter) => {
      const { projectId, limit, after } = parseStoreInput(AuditFilterSchema, filter ?? {}, 'audit filter');
      return this.#list<AuditEntry>('audit', auditWhere(projectId), {
        limit,
        ...(after === undefined ? {} : { after }),
      });
    },
  };

  // ---- streaming, erasure, export and import ------------------------------------------------------------

  async *streamResponses(options: StreamResponsesOptions): AsyncGenerator<Response> {
    const parsed = parseStoreInput(StreamResponsesOptionsSchema, options, 'stream options');
    let after = '';
    for (;;) {
      const documents = await this.#op(() =>
        this.#c('responses')
          .find(streamBatch(parsed, after))
          .sort({ _id: 1 })
          .limit(parsed.batchSize)
          .toArray(),
      );
      for (const document of documents) yield fromDocument<Response>('responses', document);
      const last = documents.at(-1);
      if (last === undefined || documents.length < parsed.batchSize) return;
      after = String(last._id);
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
    return this.#atomic(async (session) => {
      const o = sessionOption(session);
      const respondent = await this.#find<Respondent>('respondents', byId(respondentId), session);
      if (!respondent || respondent.projectId !== projectId) {
        throw new StoreError('not-found', `No respondent "${respondentId}" in project "${projectId}"`);
      }
      const owned = { projectId, respondentId };
      const responseIds = (
        await this.#c('responses')
          .find(owned, { ...o, projection: { _id: 1 } })
          .toArray()
      ).map((document) => String(document._id));
      await this.#c('responseKeys').deleteMany({ projectId, responseId: { $in: responseIds } }, o);
      const responses = (await this.#c('responses').deleteMany(owned, o)).deletedCount;
      const invitations = (await this.#c('invitations').deleteMany(owned, o)).deletedCount;
      const contact =
        (await this.#c('contacts').deleteOne({ _id: respondentId, projectId }, o)).deletedCount > 0;
      await this.#c('respondents').deleteOne({ _id: respondentId, projectId }, o);
      const entry: AuditEntry = {
        id: uuidv7(),
        at: this.#timestamp(),
        actor,
        action: 'respondent.erase',
        projectId,
        details: { responses, invitations, contact },
      };
      await this.#insert('audit', entry, session);
      return { responses, invitations, contact, auditEntryId: entry.id };
    });
  }

  async *exportNdjson(projectId: string): AsyncGenerator<string> {
    requireLookupString(projectId, 'project id');
    const project = await this.#op(() => this.#find<Project>('projects', byId(projectId)));
    if (!project) throw new StoreError('not-found', `No project with id "${projectId}"`);
    yield formatExportLine({
      type: 'header',
      format: 'neighbourly-export',
      version: exportFormatVersion,
      projectId,
      exportedAt: this.#timestamp(),
    });
    yield formatExportLine({ type: 'project', record: project });
    const limit = 1000;
    for (const [type, key] of exportCollections) {
      let after = '';
      for (;;) {
        const documents = await this.#op(() =>
          this.#c(key).find(page({ projectId }, after)).sort({ _id: 1 }).limit(limit).toArray(),
        );
        for (const document of documents) {
          yield formatExportLine({ type, record: fromDocument(key, document) } as ExportLine);
        }
        const last = documents.at(-1);
        if (last === undefined || documents.length < limit) break;
        after = String(last._id);
      }
    }
  }

  async importNdjson(source: NdjsonSource): Promise<ImportSummary> {
    const counts = Object.fromEntries(
      Object.keys(collectionOf).map((type) => [type, 0]),
    ) as ImportSummary['counts'];
    let projectId: string | undefined;
    let started = false;
    let batch: { key: CollectionKey; documents: StoredDocument[] } | undefined;
    const flush = async () => {
      if (!batch || batch.documents.length === 0) return;
      const { key, documents } = batch;
      batch = undefined;
      await this.#c(key).insertMany(documents, { ordered: true });
      await this.#c('importsInProgress').updateOne(byId(projectId), {
        $set: { heartbeatAt: this.#timestamp() },
      });
    };
    try {
      for await (const line of readExportLines(source)) {
        if (line.type === 'header') {
          projectId = line.projectId;
          continue;
        }
        const key = collectionOf[line.type];
        if (line.type === 'project') {
          const project = line.record;
          const existing = await this.#c('projects').findOne({
            $or: [byId(project.id), byField('slug', project.slug)],
          });
          if (existing !== null) {
            throw new StoreError('duplicate', `Project "${project.slug}" (${project.id}) exists already`);
          }
          await this.#c('importsInProgress').insertOne({
            _id: project.id,
            heartbeatAt: this.#timestamp(),
          } as StoredDocument);
          started = true;
          await this.#insert('projects', project);
        } else {
          if (batch && (batch.key !== key || batch.documents.length >= 500)) await flush();
          batch ??= { key, documents: [] };
          batch.documents.push(documentOf(key, line.record));
        }
        counts[line.type] += 1;
      }
      await flush();
      if (projectId === undefined) throw new StoreError('invalid-import', 'The import holds no project');
      await this.#c('importsInProgress').deleteOne(byId(projectId));
      return { projectId, counts };
    } catch (error) {
      if (started && projectId !== undefined && !this.#closed) await this.#removeProject(projectId);
      if (error instanceof StoreError) throw error;
      if (isDuplicateKeyError(error)) {
        throw new StoreError('duplicate', 'The import holds a record whose id or unique value exists', {
          cause: error,
        });
      }
      throw new StoreError('invalid-import', 'The import failed', { cause: mapMongoError(error) });
    }
  }

  /** Removes every record of a project (used only to roll back a failed import). */
  async #removeProject(projectId: string): Promise<void> {
    for (const key of projectCollections) await this.#c(key).deleteMany({ projectId });
    await this.#c('projects').deleteOne(byId(projectId));
    await this.#c('importsInProgress').deleteOne(byId(projectId));
  }

  async ping(): Promise<void> {
    if (this.#closed) throw new StoreError('closed', 'The store is closed');
    try {
      await this.#db.command({ ping: 1 });
    } catch (error) {
      throw new StoreError('unavailable', 'The MongoDB deployment does not answer', { cause: error });
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#client.close();
  }
}

function isStoreDuplicate(error: unknown): boolean {
  return (error instanceof StoreError && error.code === 'duplicate') || isDuplicateKeyError(error);
}
