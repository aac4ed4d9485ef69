import { v7 as uuidv7 } from 'uuid';
import { type AccountLink, AccountLinkInputSchema, AccountLinkPurposeSchema } from '../../account-link.js';
import { parseStoreInput, requireLookupString } from '../../parse-store-input.js';
import type { AccountLinkRepository } from '../../store.js';
import { StoreError } from '../../store-error.js';
import type { SqliteDatabase } from './sqlite-database.js';

interface AccountLinkRow {
  id: string;
  account_id: string;
  purpose: string;
  token_hash: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

function linkFromRow(row: AccountLinkRow): AccountLink {
  const link: AccountLink = {
    id: row.id,
    accountId: row.account_id,
    purpose: row.purpose as AccountLink['purpose'],
    tokenHash: row.token_hash,
    expiresAt: row.expires_at,
    createdAt: row.created_at,
  };
  if (row.used_at !== null) link.usedAt = row.used_at;
  return link;
}

/** One-time account links in SQLite; using one is a single write transaction, so a link is spent once. */
export function sqliteAccountLinkRepository(db: SqliteDatabase): AccountLinkRepository {
  return {
    create: async (input) => {
      const data = parseStoreInput(AccountLinkInputSchema, input, 'account link');
      const link: AccountLink = { id: uuidv7(), ...data, createdAt: db.timestamp() };
      db.write(() => {
        if (!db.get('SELECT 1 FROM accounts WHERE id = ?', data.accountId)) {
          throw new StoreError('not-found', `No account with id "${data.accountId}"`);
        }
        if (db.get('SELECT 1 FROM account_links WHERE token_hash = ?', data.tokenHash)) {
          throw new StoreError('duplicate', 'An account link with this token hash exists');
        }
        db.run(
          'INSERT INTO account_links (id, account_id, purpose, token_hash, expires_at, used_at, created_at) VALUES (?, ?, ?, ?, ?, NULL, ?)',
          link.id,
          link.accountId,
          link.purpose,
          link.tokenHash,
          link.expiresAt,
          link.createdAt,
        );
      });
      return link;
    },
    use: async (tokenHash, purpose) => {
      requireLookupString(tokenHash, 'token hash');
      const wanted = parseStoreInput(AccountLinkPurposeSchema, purpose, 'link purpose');
      return db.write(() => {
        const row = db.get<AccountLinkRow>(
          'SELECT * FROM account_links WHERE token_hash = ? AND purpose = ?',
          tokenHash,
          wanted,
        );
        if (!row) return { status: 'unknown' as const };
        if (row.used_at !== null) return { status: 'already-used' as const };
        const at = db.timestamp();
        if (row.expires_at <= at) return { status: 'expired' as const };
        db.run('UPDATE account_links SET used_at = ? WHERE id = ?', at, row.id);
        return { status: 'used' as const, link: linkFromRow({ ...row, used_at: at }) };
      });
    },
    spendAll: async (accountId, purpose) => {
      requireLookupString(accountId, 'account id');
      const wanted = parseStoreInput(AccountLinkPurposeSchema, purpose, 'link purpose');
      return db.write(
        () =>
          db.run(
            'UPDATE account_links SET used_at = ? WHERE account_id = ? AND purpose = ? AND used_at IS NULL',
            db.timestamp(),
            accountId,
            wanted,
          ).changes,
      );
    },
  };
}
