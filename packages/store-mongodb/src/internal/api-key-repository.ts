import {
  type ApiKey,
  ApiKeyInputSchema,
  type ApiKeyRepository,
  parseStoreInput,
  requireLookupString,
  StoreError,
} from '@neighbourly/store';
import { v7 as uuidv7 } from 'uuid';
import { activeApiKey, byId } from './filters.js';
import { isDuplicateKeyError, type MongoDatabase } from './mongo-database.js';

/** API keys in MongoDB, kept by the hash of the key. */
export function mongoApiKeyRepository(db: MongoDatabase): ApiKeyRepository {
  return {
    create: async (input) => {
      const data = parseStoreInput(ApiKeyInputSchema, input, 'API key');
      const key: ApiKey = { id: uuidv7(), ...data, createdAt: db.timestamp() };
      await db.op(async () => {
        if (data.projectId !== undefined) await db.require('projects', data.projectId, 'project');
        await db.insert('apiKeys', key).catch((error: unknown) => {
          throw isDuplicateKeyError(error)
            ? new StoreError('duplicate', 'An API key with this hash exists')
            : error;
        });
      });
      return key;
    },
    get: async (id) => db.op(() => db.find<ApiKey>('apiKeys', byId(id, 'API key id'))),
    getByHash: async (keyHash) => db.op(() => db.find<ApiKey>('apiKeys', activeApiKey(keyHash))),
    list: async (options) => db.list<ApiKey>('apiKeys', {}, options),
    revoke: async (id) => {
      requireLookupString(id, 'API key id');
      return db.op(async () => {
        const key = await db.require<ApiKey>('apiKeys', id, 'API key');
        if (key.revokedAt !== undefined) return key;
        const revoked: ApiKey = { ...key, revokedAt: db.timestamp() };
        await db.c('apiKeys').updateOne(byId(id), { $set: { revokedAt: revoked.revokedAt } });
        return revoked;
      });
    },
  };
}
