import {
  type Account,
  AccountEmailSchema,
  type AccountGrant,
  AccountInputSchema,
  AccountPatchSchema,
  type AccountRepository,
  parseStoreInput,
  requireLookupString,
  StoreError,
} from '@neighbourly/store';
import { v7 as uuidv7 } from 'uuid';
import { byField, byId } from './filters.js';
import { isDuplicateKeyError, type MongoDatabase } from './mongo-database.js';

/** Staff accounts in MongoDB; the unique index on `email` refuses a second account of an address. */
export function mongoAccountRepository(db: MongoDatabase): AccountRepository {
  const requireGrantedProjects = async (grants: readonly AccountGrant[]) => {
    for (const grant of grants) {
      if (grant.projectId !== undefined) await db.require('projects', grant.projectId, 'project');
    }
  };
  return {
    create: async (input) => {
      const data = parseStoreInput(AccountInputSchema, input, 'account');
      const at = db.timestamp();
      const account: Account = {
        id: uuidv7(),
        ...data,
        status: data.passwordHash === undefined ? 'invited' : 'active',
        createdAt: at,
        updatedAt: at,
      };
      await db.op(async () => {
        await requireGrantedProjects(account.grants);
        await db.insert('accounts', account).catch((error: unknown) => {
          throw isDuplicateKeyError(error)
            ? new StoreError('duplicate', 'An account with this e-mail address exists')
            : error;
        });
      });
      return account;
    },
    get: async (id) => db.op(() => db.find<Account>('accounts', byId(id, 'account id'))),
    getByEmail: async (email) => {
      const parsed = AccountEmailSchema.safeParse(requireLookupString(email, 'e-mail address'));
      if (!parsed.success) return undefined;
      return db.op(() => db.find<Account>('accounts', byField('email', parsed.data)));
    },
    list: async (options) => db.list<Account>('accounts', {}, options),
    update: async (id, patch) => {
      requireLookupString(id, 'account id');
      const data = parseStoreInput(AccountPatchSchema, patch, 'account patch');
      return db.op(async () => {
        const account = await db.require<Account>('accounts', id, 'account');
        if (data.grants !== undefined) await requireGrantedProjects(data.grants);
        const updated: Account = { ...account, ...data, updatedAt: db.timestamp() };
        await db.replace('accounts', updated);
        return updated;
      });
    },
  };
}
