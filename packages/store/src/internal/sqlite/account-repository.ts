import { v7 as uuidv7 } from 'uuid';
import {
  type Account,
  AccountEmailSchema,
  type AccountGrant,
  AccountInputSchema,
  AccountPatchSchema,
} from '../../account.js';
import { parseStoreInput, requireLookupString } from '../../parse-store-input.js';
import { ListOptionsSchema } from '../../record-fields.js';
import type { AccountRepository } from '../../store.js';
import { StoreError } from '../../store-error.js';
import type { SqliteDatabase } from './sqlite-database.js';

interface AccountRow {
  id: string;
  email: string;
  name: string;
  language: string;
  status: string;
  grants: string;
  password_hash: string | null;
  created_at: string;
  updated_at: string;
}

function accountFromRow(row: AccountRow): Account {
  const account: Account = {
    id: row.id,
    email: row.email,
    name: row.name,
    language: row.language as Account['language'],
    status: row.status as Account['status'],
    grants: JSON.parse(row.grants) as AccountGrant[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (row.password_hash !== null) account.passwordHash = row.password_hash;
  return account;
}

function accountToRow(account: Account): AccountRow {
  return {
    id: account.id,
    email: account.email,
    name: account.name,
    language: account.language,
    status: account.status,
    grants: JSON.stringify(account.grants),
    password_hash: account.passwordHash ?? null,
    created_at: account.createdAt,
    updated_at: account.updatedAt,
  };
}

const insertAccount =
  'INSERT INTO accounts (id, email, name, language, status, grants, password_hash, created_at, updated_at) VALUES (@id, @email, @name, @language, @status, @grants, @password_hash, @created_at, @updated_at)';

/** Staff accounts in SQLite; roles are kept as a JSON list on the account. */
export function sqliteAccountRepository(db: SqliteDatabase): AccountRepository {
  const byId = (id: string) => {
    const row = db.get<AccountRow>('SELECT * FROM accounts WHERE id = ?', id);
    return row && accountFromRow(row);
  };
  const requireGrantedProjects = (grants: readonly AccountGrant[]) => {
    for (const grant of grants) if (grant.projectId !== undefined) db.requireProject(grant.projectId);
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
      db.write(() => {
        requireGrantedProjects(account.grants);
        if (db.get('SELECT 1 FROM accounts WHERE email = ?', account.email)) {
          throw new StoreError('duplicate', 'An account with this e-mail address exists');
        }
        db.run(insertAccount, accountToRow(account));
      });
      return account;
    },
    get: async (id) => db.read(() => byId(requireLookupString(id, 'account id'))),
    getByEmail: async (email) => {
      const parsed = AccountEmailSchema.safeParse(requireLookupString(email, 'e-mail address'));
      if (!parsed.success) return undefined;
      return db.read(() => {
        const row = db.get<AccountRow>('SELECT * FROM accounts WHERE email = ?', parsed.data);
        return row && accountFromRow(row);
      });
    },
    list: async (options) => {
      const { limit, after } = parseStoreInput(ListOptionsSchema, options ?? {}, 'list options');
      return db.read(() =>
        db
          .all<AccountRow>('SELECT * FROM accounts WHERE id > ? ORDER BY id LIMIT ?', after ?? '', limit)
          .map(accountFromRow),
      );
    },
    update: async (id, patch) => {
      requireLookupString(id, 'account id');
      const data = parseStoreInput(AccountPatchSchema, patch, 'account patch');
      return db.write(() => {
        const account = byId(id);
        if (!account) throw new StoreError('not-found', `No account with id "${id}"`);
        if (data.grants !== undefined) requireGrantedProjects(data.grants);
        const updated: Account = { ...account, ...data, updatedAt: db.timestamp() };
        db.run(
          'UPDATE accounts SET name = @name, language = @language, status = @status, grants = @grants, password_hash = @password_hash, updated_at = @updated_at WHERE id = @id',
          (({ email: _email, created_at: _created, ...row }) => row)(accountToRow(updated)),
        );
        return updated;
      });
    },
  };
}
