import {
  type AccountLink,
  AccountLinkInputSchema,
  AccountLinkPurposeSchema,
  type AccountLinkRepository,
  parseStoreInput,
  requireLookupString,
  StoreError,
} from '@neighbourly/store';
import { v7 as uuidv7 } from 'uuid';
import { fromDocument } from './documents.js';
import { isDuplicateKeyError, type MongoDatabase } from './mongo-database.js';

/** One-time account links in MongoDB; a link is spent by one atomic `findOneAndUpdate`, so only once. */
export function mongoAccountLinkRepository(db: MongoDatabase): AccountLinkRepository {
  return {
    create: async (input) => {
      const data = parseStoreInput(AccountLinkInputSchema, input, 'account link');
      const link: AccountLink = { id: uuidv7(), ...data, createdAt: db.timestamp() };
      await db.op(async () => {
        await db.require('accounts', data.accountId, 'account');
        await db.insert('accountLinks', link).catch((error: unknown) => {
          throw isDuplicateKeyError(error)
            ? new StoreError('duplicate', 'An account link with this token hash exists')
            : error;
        });
      });
      return link;
    },
    use: async (tokenHash, purpose) => {
      requireLookupString(tokenHash, 'token hash');
      const wanted = parseStoreInput(AccountLinkPurposeSchema, purpose, 'link purpose');
      return db.op(async () => {
        const at = db.timestamp();
        const spent = await db
          .c('accountLinks')
          .findOneAndUpdate(
            { tokenHash, purpose: wanted, usedAt: { $exists: false }, expiresAt: { $gt: at } },
            { $set: { usedAt: at } },
            { returnDocument: 'after' },
          );
        if (spent !== null)
          return { status: 'used' as const, link: fromDocument<AccountLink>('accountLinks', spent) };
        const link = await db.find<AccountLink>('accountLinks', { tokenHash, purpose: wanted });
        if (link === undefined) return { status: 'unknown' as const };
        return { status: link.usedAt !== undefined ? ('already-used' as const) : ('expired' as const) };
      });
    },
    spendAll: async (accountId, purpose) => {
      requireLookupString(accountId, 'account id');
      const wanted = parseStoreInput(AccountLinkPurposeSchema, purpose, 'link purpose');
      return db.op(
        async () =>
          (
            await db
              .c('accountLinks')
              .updateMany(
                { accountId, purpose: wanted, usedAt: { $exists: false } },
                { $set: { usedAt: db.timestamp() } },
              )
          ).modifiedCount,
      );
    },
  };
}
