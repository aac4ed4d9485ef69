import {
  MailClaimOptionsSchema,
  MailErrorCodeSchema,
  MailFilterSchema,
  type MailMessage,
  MailMessageInputSchema,
  type MailQueue,
  parseStoreInput,
  requireLookupString,
  StoreError,
  TimestampInputSchema,
} from '@neighbourly/store';
import type { Filter, UpdateFilter } from 'mongodb';
import { v7 as uuidv7 } from 'uuid';
import { fromDocument, type StoredDocument } from './documents.js';
import { byId } from './filters.js';
import type { MongoDatabase } from './mongo-database.js';

function filterOf(filter: unknown): Filter<StoredDocument> {
  const parsed = parseStoreInput(MailFilterSchema, filter ?? {}, 'mail filter');
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed)) if (value !== undefined) query[key] = value;
  return query as Filter<StoredDocument>;
}

/**
 * The e-mail queue in MongoDB. Each claim is one `findOneAndUpdate` that turns a due message into `sending`:
 * the server applies it atomically to one document, so two workers (or replicas) never claim the same one.
 */
export function mongoMailQueue(db: MongoDatabase): MailQueue {
  const errorCode = (error: unknown) => parseStoreInput(MailErrorCodeSchema, error, 'e-mail error code');
  const settle = async (id: unknown, update: UpdateFilter<StoredDocument>): Promise<MailMessage> => {
    const key = requireLookupString(id, 'e-mail id');
    return db.op(async () => {
      const document = await db
        .c('mailMessages')
        .findOneAndUpdate(byId(key), update, { returnDocument: 'after' });
      if (document === null) throw new StoreError('not-found', `No e-mail with id "${key}"`);
      return fromDocument<MailMessage>('mailMessages', document);
    });
  };

  return {
    enqueue: async (input) => {
      const data = parseStoreInput(MailMessageInputSchema, input, 'e-mail');
      const at = db.timestamp();
      const due = data.sendAt ?? at;
      const { sendAt: _sendAt, ...fields } = data;
      const message: MailMessage = {
        id: uuidv7(),
        ...fields,
        status: 'queued',
        attempts: 0,
        scheduledAt: due,
        nextAttemptAt: due,
        createdAt: at,
      };
      await db.op(async () => {
        if (message.projectId !== undefined) await db.require('projects', message.projectId, 'project');
        if (message.accountId !== undefined) await db.require('accounts', message.accountId, 'account');
        await db.insert('mailMessages', message);
      });
      return message;
    },
    get: async (id) =>
      db.op(() => db.find<MailMessage>('mailMessages', byId(requireLookupString(id, 'e-mail id')))),
    claimDue: async (options) => {
      const { now, limit, staleAfterMs } = parseStoreInput(
        MailClaimOptionsSchema,
        options ?? {},
        'claim options',
      );
      const at = now ?? db.timestamp();
      const staleBefore = new Date(new Date(at).getTime() - staleAfterMs).toISOString();
      const claimed: MailMessage[] = [];
      await db.op(async () => {
        while (claimed.length < limit) {
          const document = await db.c('mailMessages').findOneAndUpdate(
            {
              $or: [
                { status: 'queued', nextAttemptAt: { $lte: at } },
                { status: 'sending', claimedAt: { $lte: staleBefore } },
              ],
            },
            { $set: { status: 'sending', claimedAt: at }, $inc: { attempts: 1 } },
            { sort: { nextAttemptAt: 1, _id: 1 }, returnDocument: 'after' },
          );
          if (document === null) break;
          claimed.push(fromDocument<MailMessage>('mailMessages', document));
        }
      });
      return claimed;
    },
    markSent: async (id) =>
      settle(id, { $set: { status: 'sent', sentAt: db.timestamp() }, $unset: { lastError: '', to: '' } }),
    markRetry: async (id, retry) => {
      const nextAttemptAt = parseStoreInput(TimestampInputSchema, retry?.nextAttemptAt, 'next attempt time');
      const lastError = errorCode(retry?.error);
      return settle(id, { $set: { status: 'queued', nextAttemptAt, lastError } });
    },
    markFailed: async (id, error) => {
      const lastError = errorCode(error);
      return settle(id, { $set: { status: 'failed', lastError }, $unset: { to: '' } });
    },
    cancel: async (id, reason) => {
      const lastError = errorCode(reason);
      return settle(id, { $set: { status: 'cancelled', lastError }, $unset: { to: '' } });
    },
    list: async (filter, options) => db.list<MailMessage>('mailMessages', filterOf(filter), options ?? {}),
    count: async (filter) => {
      const query = filterOf(filter);
      return db.op(() => db.c('mailMessages').countDocuments(query));
    },
  };
}
