import { createSqliteStore, type SqliteStoreOptions } from './internal/sqlite/sqlite-store.js';
import type { Store } from './store.js';

export type { SqliteStoreOptions };

/**
 * Opens the embedded SQLite store: creates the file (and its folder) if needed, turns on WAL, foreign keys and
 * a busy timeout, and applies the numbered schema migrations. Use `:memory:` for a private in-memory database.
 *
 * @example
 * const store = await openSqliteStore({ filename: './data/neighbourly.db' });
 * const project = await store.projects.create({ slug: 'zorgzame-buurt-gent', name: 'Zorgzame buurt Gent',
 *   languages: ['nl'], frameworkId: 'caring-neighbourhoods' });
 * await store.close();
 */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<Store> {
  return createSqliteStore(options);
}
