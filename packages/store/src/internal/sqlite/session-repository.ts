import { v7 as uuidv7 } from 'uuid';
import { parseStoreInput, requireLookupString } from '../../parse-store-input.js';
import { type Session, SessionInputSchema } from '../../session.js';
import type { SessionRepository } from '../../store.js';
import { StoreError } from '../../store-error.js';
import type { SqliteDatabase } from './sqlite-database.js';

interface SessionRow {
  id: string;
  account_id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
}

function sessionFromRow(row: SessionRow): Session {
  return {
    id: row.id,
    accountId: row.account_id,
    tokenHash: row.token_hash,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

/** Browser sessions in SQLite, kept by the hash of the cookie's secret; expired ones are removed as they go. */
export function sqliteSessionRepository(db: SqliteDatabase): SessionRepository {
  return {
    create: async (input) => {
      const data = parseStoreInput(SessionInputSchema, input, 'session');
      const session: Session = { id: uuidv7(), ...data, createdAt: db.timestamp() };
      db.write(() => {
        if (!db.get('SELECT 1 FROM accounts WHERE id = ?', data.accountId)) {
          throw new StoreError('not-found', `No account with id "${data.accountId}"`);
        }
        if (db.get('SELECT 1 FROM sessions WHERE token_hash = ?', data.tokenHash)) {
          throw new StoreError('duplicate', 'A session with this token hash exists');
        }
        db.run('DELETE FROM sessions WHERE expires_at <= ?', session.createdAt);
        db.run(
          'INSERT INTO sessions (id, account_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
          session.id,
          session.accountId,
          session.tokenHash,
          session.createdAt,
          session.expiresAt,
        );
      });
      return session;
    },
    getByTokenHash: async (tokenHash) =>
      db.read(() => {
        const row = db.get<SessionRow>(
          'SELECT * FROM sessions WHERE token_hash = ? AND expires_at > ?',
          requireLookupString(tokenHash, 'token hash'),
          db.timestamp(),
        );
        return row && sessionFromRow(row);
      }),
    delete: async (id) =>
      db.write(
        () => db.run('DELETE FROM sessions WHERE id = ?', requireLookupString(id, 'session id')).changes > 0,
      ),
    deleteForAccount: async (accountId) =>
      db.write(
        () =>
          db.run('DELETE FROM sessions WHERE account_id = ?', requireLookupString(accountId, 'account id'))
            .changes,
      ),
  };
}
