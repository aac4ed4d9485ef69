import {
  parseStoreInput,
  requireLookupString,
  type Session,
  SessionInputSchema,
  type SessionRepository,
  StoreError,
} from '@neighbourly/store';
import { v7 as uuidv7 } from 'uuid';
import { isDuplicateKeyError, type MongoDatabase } from './mongo-database.js';

/** Browser sessions in MongoDB, kept by the hash of the cookie's secret. */
export function mongoSessionRepository(db: MongoDatabase): SessionRepository {
  return {
    create: async (input) => {
      const data = parseStoreInput(SessionInputSchema, input, 'session');
      const session: Session = { id: uuidv7(), ...data, createdAt: db.timestamp() };
      await db.op(async () => {
        await db.require('accounts', data.accountId, 'account');
        await db.c('sessions').deleteMany({ expiresAt: { $lte: session.createdAt } });
        await db.insert('sessions', session).catch((error: unknown) => {
          throw isDuplicateKeyError(error)
            ? new StoreError('duplicate', 'A session with this token hash exists')
            : error;
        });
      });
      return session;
    },
    getByTokenHash: async (tokenHash) =>
      db.op(() =>
        db.find<Session>('sessions', {
          tokenHash: requireLookupString(tokenHash, 'token hash'),
          expiresAt: { $gt: db.timestamp() },
        }),
      ),
    delete: async (id) => {
      requireLookupString(id, 'session id');
      return db.op(async () => (await db.c('sessions').deleteOne({ _id: id })).deletedCount > 0);
    },
    deleteForAccount: async (accountId) => {
      requireLookupString(accountId, 'account id');
      return db.op(async () => (await db.c('sessions').deleteMany({ accountId })).deletedCount);
    },
  };
}
