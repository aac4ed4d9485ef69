import { ListOptionsSchema, parseStoreInput, StoreError } from '@neighbourly/store';
import type { ClientSession, Collection, Db, Filter, MongoClient } from 'mongodb';
import { type CollectionKey, collectionNames } from './collections.js';
import { documentOf, fromDocument, type StoredDocument } from './documents.js';
import { byId, page } from './filters.js';

/** A transaction's session, or `undefined` on the fallback path (no transactions). */
export type Session = ClientSession | undefined;

/** `{ session }` for driver options when there is one. */
export function sessionOption(session: Session): { session?: ClientSession } {
  return session === undefined ? {} : { session };
}

/** Whether an error is MongoDB's duplicate-key error (E11000). */
export function isDuplicateKeyError(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 11000;
}

/** A duplicate as the store reports it, or as the driver does. */
export function isStoreDuplicate(error: unknown): boolean {
  return (error instanceof StoreError && error.code === 'duplicate') || isDuplicateKeyError(error);
}

/** Maps driver errors to `StoreError` codes; other errors pass through. */
export function mapMongoError(error: unknown): unknown {
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

/**
 * The connection every part of the MongoDB store shares: collections, the transaction wrapper (with its
 * fallback), error mapping, the clock and the small read/write helpers. Each aggregate's rules live in its own
 * file beside this one.
 */
export class MongoDatabase {
  readonly client: MongoClient;
  readonly db: Db;
  readonly transactions: boolean;
  readonly #now: () => Date;
  #closed = false;

  constructor(client: MongoClient, db: Db, transactions: boolean, now: (() => Date) | undefined) {
    this.client = client;
    this.db = db;
    this.transactions = transactions;
    this.#now = now ?? (() => new Date());
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Throws `closed` once the store is closed. */
  assertOpen(): void {
    if (this.#closed) throw new StoreError('closed', 'The store is closed');
  }

  c(key: CollectionKey): Collection<StoredDocument> {
    this.assertOpen();
    return this.db.collection(collectionNames[key]);
  }

  timestamp(): string {
    return this.#now().toISOString();
  }

  nowMs(): number {
    return this.#now().getTime();
  }

  /** Runs `work` in a transaction where the deployment supports it, otherwise directly (the fallback). */
  async atomic<T>(work: (session: Session) => Promise<T>): Promise<T> {
    this.assertOpen();
    try {
      if (!this.transactions) return await work(undefined);
      return await this.client.withSession((session) =>
        session.withTransaction(() => work(session), {
          readConcern: { level: 'snapshot' },
          writeConcern: { w: 'majority' },
        }),
      );
    } catch (error) {
      throw mapMongoError(error);
    }
  }

  /** Runs one operation, mapping driver errors. */
  async op<T>(work: () => Promise<T>): Promise<T> {
    this.assertOpen();
    try {
      return await work();
    } catch (error) {
      throw mapMongoError(error);
    }
  }

  async find<T>(
    key: CollectionKey,
    filter: Filter<StoredDocument>,
    session?: Session,
  ): Promise<T | undefined> {
    const document = await this.c(key).findOne(filter, sessionOption(session));
    return document === null ? undefined : fromDocument<T>(key, document);
  }

  async list<T>(key: CollectionKey, filter: Filter<StoredDocument>, options: unknown): Promise<T[]> {
    const { limit, after } = parseStoreInput(ListOptionsSchema, options ?? {}, 'list options');
    return this.op(async () =>
      (await this.c(key).find(page(filter, after)).sort({ _id: 1 }).limit(limit).toArray()).map((document) =>
        fromDocument<T>(key, document),
      ),
    );
  }

  async insert(key: CollectionKey, record: object, session?: Session): Promise<void> {
    await this.c(key).insertOne(documentOf(key, record), sessionOption(session));
  }

  async replace(key: CollectionKey, record: object, session?: Session): Promise<void> {
    const document = documentOf(key, record);
    await this.c(key).replaceOne({ _id: document._id }, document, sessionOption(session));
  }

  async require<T>(key: CollectionKey, id: string, what: string, session?: Session): Promise<T> {
    const record = await this.find<T>(key, byId(id), session);
    if (record === undefined) throw new StoreError('not-found', `No ${what} with id "${id}"`);
    return record;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.client.close();
  }
}
