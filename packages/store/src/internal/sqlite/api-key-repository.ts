import { v7 as uuidv7 } from 'uuid';
import { type ApiKey, ApiKeyInputSchema } from '../../api-key.js';
import { parseStoreInput, requireLookupString } from '../../parse-store-input.js';
import { ListOptionsSchema } from '../../record-fields.js';
import type { ApiKeyRepository } from '../../store.js';
import { StoreError } from '../../store-error.js';
import { insertSql } from './insert-sql.js';
import { type ApiKeyRow, apiKeyFromRow, apiKeyToRow } from './rows.js';
import type { SqliteDatabase } from './sqlite-database.js';

/** API keys in SQLite, kept by the hash of the key. */
export function sqliteApiKeyRepository(db: SqliteDatabase): ApiKeyRepository {
  return {
    create: async (input) => {
      const data = parseStoreInput(ApiKeyInputSchema, input, 'API key');
      const key: ApiKey = { id: uuidv7(), ...data, createdAt: db.timestamp() };
      db.write(() => {
        if (data.projectId !== undefined) db.requireProject(data.projectId);
        if (db.get('SELECT 1 FROM api_keys WHERE key_hash = ?', data.keyHash)) {
          throw new StoreError('duplicate', 'An API key with this hash exists');
        }
        db.run(insertSql.apiKeys, apiKeyToRow(key));
      });
      return key;
    },
    get: async (id) => db.read(() => db.apiKey(requireLookupString(id, 'API key id'))),
    getByHash: async (keyHash) =>
      db.read(() => {
        const row = db.get<ApiKeyRow>(
          'SELECT * FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL',
          requireLookupString(keyHash, 'key hash'),
        );
        return row && apiKeyFromRow(row);
      }),
    list: async (options) => {
      const { limit, after } = parseStoreInput(ListOptionsSchema, options ?? {}, 'list options');
      return db.read(() =>
        db
          .all<ApiKeyRow>('SELECT * FROM api_keys WHERE id > ? ORDER BY id LIMIT ?', after ?? '', limit)
          .map(apiKeyFromRow),
      );
    },
    revoke: async (id) => {
      requireLookupString(id, 'API key id');
      return db.write(() => {
        const key = db.apiKey(id);
        if (!key) throw new StoreError('not-found', `No API key with id "${id}"`);
        if (key.revokedAt !== undefined) return key;
        const revoked: ApiKey = { ...key, revokedAt: db.timestamp() };
        db.run('UPDATE api_keys SET revoked_at = ? WHERE id = ?', revoked.revokedAt, id);
        return revoked;
      });
    },
  };
}
