import { v7 as uuidv7 } from 'uuid';
import {
  MailClaimOptionsSchema,
  MailErrorCodeSchema,
  MailFilterSchema,
  type MailMessage,
  MailMessageInputSchema,
  type MailStatus,
} from '../../mail-message.js';
import { parseStoreInput, requireLookupString } from '../../parse-store-input.js';
import { ListOptionsSchema, TimestampInputSchema } from '../../record-fields.js';
import type { MailQueue } from '../../store.js';
import { StoreError } from '../../store-error.js';
import type { SqliteDatabase } from './sqlite-database.js';

interface MailRow {
  id: string;
  kind: MailMessage['kind'];
  recipient: string;
  language: MailMessage['language'];
  project_id: string | null;
  wave_id: string | null;
  invitation_id: string | null;
  respondent_id: string | null;
  account_id: string | null;
  status: MailStatus;
  attempts: number;
  scheduled_at: string;
  next_attempt_at: string;
  claimed_at: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

function mailFromRow(row: MailRow): MailMessage {
  return {
    id: row.id,
    kind: row.kind,
    // A settled message's address is removed (stored as '', the column being NOT NULL).
    ...(row.recipient === '' ? {} : { to: row.recipient }),
    language: row.language,
    ...(row.project_id === null ? {} : { projectId: row.project_id }),
    ...(row.wave_id === null ? {} : { waveId: row.wave_id }),
    ...(row.invitation_id === null ? {} : { invitationId: row.invitation_id }),
    ...(row.respondent_id === null ? {} : { respondentId: row.respondent_id }),
    ...(row.account_id === null ? {} : { accountId: row.account_id }),
    status: row.status,
    attempts: row.attempts,
    scheduledAt: row.scheduled_at,
    nextAttemptAt: row.next_attempt_at,
    ...(row.claimed_at === null ? {} : { claimedAt: row.claimed_at }),
    ...(row.last_error === null ? {} : { lastError: row.last_error }),
    createdAt: row.created_at,
    ...(row.sent_at === null ? {} : { sentAt: row.sent_at }),
  };
}

/** `WHERE` clauses and parameters of a mail filter (column names are fixed here, values are parameters). */
function whereOf(filter: unknown): { where: string; params: string[] } {
  const parsed = parseStoreInput(MailFilterSchema, filter ?? {}, 'mail filter');
  const columns: [string, string | undefined][] = [
    ['wave_id', parsed.waveId],
    ['invitation_id', parsed.invitationId],
    ['account_id', parsed.accountId],
    ['kind', parsed.kind],
    ['status', parsed.status],
  ];
  const used = columns.filter((entry): entry is [string, string] => entry[1] !== undefined);
  return {
    where: used.length === 0 ? '1 = 1' : used.map(([column]) => `${column} = ?`).join(' AND '),
    params: used.map(([, value]) => value),
  };
}

/** The e-mail queue in SQLite: one `BEGIN IMMEDIATE` transaction per claim, so no two claims overlap. */
export function sqliteMailQueue(db: SqliteDatabase): MailQueue {
  const load = (id: string): MailMessage => {
    const row = db.get<MailRow>('SELECT * FROM mail_messages WHERE id = ?', id);
    if (!row) throw new StoreError('not-found', `No e-mail with id "${id}"`);
    return mailFromRow(row);
  };
  const settle = (id: unknown, sql: string, ...params: unknown[]): MailMessage => {
    const key = requireLookupString(id, 'e-mail id');
    return db.write(() => {
      load(key);
      db.run(sql, ...params, key);
      return load(key);
    });
  };
  const errorCode = (error: unknown) => parseStoreInput(MailErrorCodeSchema, error, 'e-mail error code');

  return {
    enqueue: async (input) => {
      const data = parseStoreInput(MailMessageInputSchema, input, 'e-mail');
      const at = db.timestamp();
      const due = data.sendAt ?? at;
      const message: MailMessage = {
        id: uuidv7(),
        kind: data.kind,
        to: data.to,
        language: data.language,
        ...(data.projectId === undefined ? {} : { projectId: data.projectId }),
        ...(data.waveId === undefined ? {} : { waveId: data.waveId }),
        ...(data.invitationId === undefined ? {} : { invitationId: data.invitationId }),
        ...(data.respondentId === undefined ? {} : { respondentId: data.respondentId }),
        ...(data.accountId === undefined ? {} : { accountId: data.accountId }),
        status: 'queued',
        attempts: 0,
        scheduledAt: due,
        nextAttemptAt: due,
        createdAt: at,
      };
      db.write(() => {
        if (message.projectId !== undefined) db.requireProject(message.projectId);
        if (
          message.accountId !== undefined &&
          !db.get('SELECT 1 FROM accounts WHERE id = ?', message.accountId)
        ) {
          throw new StoreError('not-found', `No account with id "${message.accountId}"`);
        }
        db.run(
          `INSERT INTO mail_messages (id, kind, recipient, language, project_id, wave_id, invitation_id,
             respondent_id, account_id, status, attempts, scheduled_at, next_attempt_at, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          message.id,
          message.kind,
          message.to,
          message.language,
          message.projectId ?? null,
          message.waveId ?? null,
          message.invitationId ?? null,
          message.respondentId ?? null,
          message.accountId ?? null,
          message.status,
          message.attempts,
          message.scheduledAt,
          message.nextAttemptAt,
          message.createdAt,
        );
      });
      return message;
    },
    get: async (id) =>
      db.read(() => {
        const row = db.get<MailRow>(
          'SELECT * FROM mail_messages WHERE id = ?',
          requireLookupString(id, 'e-mail id'),
        );
        return row && mailFromRow(row);
      }),
    claimDue: async (options) => {
      const { now, limit, staleAfterMs } = parseStoreInput(
        MailClaimOptionsSchema,
        options ?? {},
        'claim options',
      );
      return db.write(() => {
        const at = now ?? db.timestamp();
        const staleBefore = new Date(new Date(at).getTime() - staleAfterMs).toISOString();
        const ids = db
          .all<{ id: string }>(
            `SELECT id FROM mail_messages
             WHERE (status = 'queued' AND next_attempt_at <= ?) OR (status = 'sending' AND claimed_at <= ?)
             ORDER BY next_attempt_at, id LIMIT ?`,
            at,
            staleBefore,
            limit,
          )
          .map((row) => row.id);
        for (const id of ids) {
          db.run(
            `UPDATE mail_messages SET status = 'sending', claimed_at = ?, attempts = attempts + 1 WHERE id = ?`,
            at,
            id,
          );
        }
        return ids.map(load);
      });
    },
    markSent: async (id) =>
      settle(
        id,
        `UPDATE mail_messages SET status = 'sent', sent_at = ?, last_error = NULL, recipient = '' WHERE id = ?`,
        db.timestamp(),
      ),
    markRetry: async (id, retry) => {
      const nextAttemptAt = parseStoreInput(TimestampInputSchema, retry?.nextAttemptAt, 'next attempt time');
      return settle(
        id,
        `UPDATE mail_messages SET status = 'queued', next_attempt_at = ?, last_error = ? WHERE id = ?`,
        nextAttemptAt,
        errorCode(retry?.error),
      );
    },
    markFailed: async (id, error) =>
      settle(
        id,
        `UPDATE mail_messages SET status = 'failed', last_error = ?, recipient = '' WHERE id = ?`,
        errorCode(error),
      ),
    cancel: async (id, reason) =>
      settle(
        id,
        `UPDATE mail_messages SET status = 'cancelled', last_error = ?, recipient = '' WHERE id = ?`,
        errorCode(reason),
      ),
    list: async (filter, options) => {
      const { limit, after } = parseStoreInput(ListOptionsSchema, options ?? {}, 'list options');
      const { where, params } = whereOf(filter);
      return db.read(() =>
        db
          .all<MailRow>(
            `SELECT * FROM mail_messages WHERE ${where} AND id > ? ORDER BY id LIMIT ?`,
            ...params,
            after ?? '',
            limit,
          )
          .map(mailFromRow),
      );
    },
    count: async (filter) => {
      const { where, params } = whereOf(filter);
      return db.read(
        () =>
          db.get<{ n: number }>(`SELECT count(*) AS n FROM mail_messages WHERE ${where}`, ...params)?.n ?? 0,
      );
    },
  };
}
