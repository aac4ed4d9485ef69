import type { Store } from '@neighbourly/store';
import { connectMongoStore, type MongoStoreOptions } from './internal/mongo-store.js';
import { databaseNameFromUrl } from './mongo-url.js';

export type { MongoStoreOptions };

/**
 * Opens the MongoDB store: connects with write concern `majority` (unless the URL sets `w`), checks the server
 * answers, creates the indexes and detects whether transactions are available (replica set or sharded cluster).
 * Rejects with `StoreError` `unavailable`, naming the URL without its password, when the server cannot be reached.
 * `openStore('mongodb://…')` from `@neighbourly/store` calls this.
 *
 * @example
 * const store = await openMongoStore({ url: 'mongodb://db1,db2,db3/neighbourly?replicaSet=rs0' });
 */
export async function openMongoStore(options: MongoStoreOptions): Promise<Store> {
  return connectMongoStore({
    ...options,
    databaseName: options.databaseName ?? databaseNameFromUrl(options.url),
  });
}
