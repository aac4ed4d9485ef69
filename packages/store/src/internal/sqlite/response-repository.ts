import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { Invitation } from '../../invitation.js';
import { parseStoreInput, requireLookupString } from '../../parse-store-input.js';
import { ListOptionsSchema } from '../../record-fields.js';
import {
  type Response,
  ResponseFilterSchema,
  type ResponseInput,
  ResponseInputSchema,
  type SaveResponseResult,
  type StreamResponsesOptions,
  StreamResponsesOptionsSchema,
} from '../../response.js';
import type { ResponseRepository } from '../../store.js';
import { StoreError } from '../../store-error.js';
import { checkInvitationUse, newResponse, nextResponse } from '../../store-rules.js';
import { insertSql } from './insert-sql.js';
import { type ResponseKeyRow, type ResponseRow, responseFromRow, responseToRow } from './rows.js';
import type { SqliteDatabase } from './sqlite-database.js';

/** The most response saves one group commit writes; more pending saves are committed in further batches. */
const maxSaveBatch = 500;

type ParsedResponseInput = z.output<typeof ResponseInputSchema>;

/** A response save waiting for the next group commit. */
interface PendingSave {
  data: ParsedResponseInput;
  resolve: (result: SaveResponseResult) => void;
  reject: (error: unknown) => void;
}

/**
 * Responses in SQLite. Saves go through a group commit: every save enqueued in one event-loop turn is written
 * in **one** `BEGIN IMMEDIATE` transaction, each save inside its own SAVEPOINT. A save that fails (already
 * complete, a constraint, a bug) is rolled back to its savepoint and rejected alone, its neighbours go on.
 * Promises settle only after COMMIT returned, so with `synchronous=full` every acknowledged save is on disk —
 * one fsync per batch instead of one per save. If the transaction itself fails (busy, I/O), every save of the
 * batch is rejected: none of them was acknowledged, none is stored.
 */
export class SqliteResponses {
  readonly repository: ResponseRepository;
  readonly #db: SqliteDatabase;
  #pendingSaves: PendingSave[] = [];
  #flushScheduled = false;

  constructor(db: SqliteDatabase) {
    this.#db = db;
    this.repository = {
      save: async (input: ResponseInput) =>
        this.#enqueueSave(parseStoreInput(ResponseInputSchema, input, 'response')),
      get: async (id) => db.read(() => db.response(requireLookupString(id, 'response id'))),
      list: async (filter, options) => {
        const where = parseStoreInput(ResponseFilterSchema, filter, 'response filter');
        const { limit, after } = parseStoreInput(ListOptionsSchema, options ?? {}, 'list options');
        return db.read(() =>
          db
            .all<ResponseRow>(
              `SELECT * FROM responses WHERE project_id = @projectId AND id > @after
               AND (@waveId IS NULL OR wave_id = @waveId) AND (@respondentId IS NULL OR respondent_id = @respondentId)
               AND (@status IS NULL OR status = @status) ORDER BY id LIMIT @limit`,
              { ...responseFilterParams(where), after: after ?? '', limit },
            )
            .map(responseFromRow),
        );
      },
      count: async (filter) => {
        const where = parseStoreInput(ResponseFilterSchema, filter, 'response filter');
        return db.read(
          () =>
            (
              db.get<{ n: number }>(
                `SELECT COUNT(*) AS n FROM responses WHERE project_id = @projectId
                 AND (@waveId IS NULL OR wave_id = @waveId) AND (@respondentId IS NULL OR respondent_id = @respondentId)
                 AND (@status IS NULL OR status = @status)`,
                responseFilterParams(where),
              ) ?? { n: 0 }
            ).n,
        );
      },
    };
  }

  /** The responses of a project in id order, one short read per batch so writes can interleave. */
  async *stream(options: StreamResponsesOptions): AsyncGenerator<Response> {
    const { projectId, waveIds, since, status, batchSize } = parseStoreInput(
      StreamResponsesOptionsSchema,
      options,
      'stream options',
    );
    const sql = `SELECT * FROM responses WHERE project_id = @projectId AND id > @after
      AND (@waveIds IS NULL OR wave_id IN (SELECT value FROM json_each(@waveIds)))
      AND (@since IS NULL OR updated_at >= @since) AND (@status = 'all' OR status = @status)
      ORDER BY id LIMIT @limit`;
    const params = {
      projectId,
      waveIds: waveIds === undefined ? null : JSON.stringify(waveIds),
      since: since ?? null,
      status,
      limit: batchSize,
    };
    let after = '';
    for (;;) {
      const rows = this.#db.read(() => this.#db.all<ResponseRow>(sql, { ...params, after }));
      for (const row of rows) yield responseFromRow(row);
      const last = rows.at(-1);
      if (last === undefined || rows.length < batchSize) return;
      after = last.id;
    }
  }

  #enqueueSave(data: ParsedResponseInput): Promise<SaveResponseResult> {
    if (this.#db.closed) return Promise.reject(new StoreError('closed', 'The store is closed'));
    return new Promise((resolve, reject) => {
      this.#pendingSaves.push({ data, resolve, reject });
      if (!this.#flushScheduled) {
        this.#flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Commits (or rejects) every pending save; called by the scheduled group commit and before closing. */
  flush(): void {
    this.#flushScheduled = false;
    while (this.#pendingSaves.length > 0) {
      const batch = this.#pendingSaves.splice(0, maxSaveBatch);
      if (this.#db.closed) {
        for (const item of batch) item.reject(new StoreError('closed', 'The store is closed'));
        continue;
      }
      this.#commitSaves(batch);
    }
  }

  #commitSaves(batch: PendingSave[]): void {
    const db = this.#db;
    const outcomes: ({ ok: true; value: SaveResponseResult } | { ok: false; error: unknown })[] = [];
    try {
      db.writeUnmapped(() => {
        const savepoint = db.statement('SAVEPOINT response_save');
        const release = db.statement('RELEASE response_save');
        const rollbackTo = db.statement('ROLLBACK TO response_save');
        for (const item of batch) {
          savepoint.run();
          try {
            outcomes.push({ ok: true, value: this.#saveResponse(item.data) });
            release.run();
          } catch (error) {
            // Some errors (I/O, full disk) end the whole transaction: then nothing of the batch is kept.
            if (!db.connection.inTransaction) throw error;
            rollbackTo.run();
            release.run();
            outcomes.push({ ok: false, error: db.noteError(error) });
          }
        }
      });
    } catch (error) {
      const mapped = db.noteError(error);
      for (const item of batch) item.reject(mapped);
      return;
    }
    // Committed: only now is any save of the batch acknowledged.
    batch.forEach((item, i) => {
      const outcome = outcomes[i];
      if (outcome?.ok) item.resolve(outcome.value);
      else item.reject(outcome?.error ?? new StoreError('unavailable', 'The save was not attempted'));
    });
  }

  /** One response save, inside the group commit's transaction. */
  #saveResponse(data: ParsedResponseInput): SaveResponseResult {
    const db = this.#db;
    const wave = db.wave(data.waveId);
    if (!wave) throw new StoreError('not-found', `No wave with id "${data.waveId}"`);
    if (data.idempotencyKey !== undefined) {
      const key = db.get<ResponseKeyRow>(
        'SELECT * FROM response_keys WHERE project_id = ? AND key = ?',
        wave.projectId,
        data.idempotencyKey,
      );
      const earlier = key && db.response(key.response_id);
      if (earlier) return { response: earlier, replayed: true };
    }
    const at = db.timestamp();
    let respondentId = data.respondentId;
    let invitation: Invitation | undefined;
    if (data.invitationId !== undefined) {
      invitation = db.invitation(data.invitationId);
      if (!invitation) throw new StoreError('not-found', `No invitation with id "${data.invitationId}"`);
      checkInvitationUse(invitation, wave, respondentId, at);
      respondentId = invitation.respondentId;
    }
    if (respondentId !== undefined) {
      const respondent = db.requireRespondent(respondentId);
      if (respondent.projectId !== wave.projectId) {
        throw new StoreError('conflict', `Respondent "${respondentId}" belongs to another project`);
      }
    }
    const slot =
      respondentId === undefined
        ? undefined
        : db.get<ResponseRow>(
            'SELECT * FROM responses WHERE wave_id = ? AND respondent_id = ?',
            wave.id,
            respondentId,
          );
    let response: Response;
    if (slot) {
      if (slot.status === 'complete') {
        throw new StoreError('already-complete', 'This respondent already completed this wave');
      }
      response = nextResponse(responseFromRow(slot), data, invitation, at);
      db.run(
        'UPDATE responses SET invitation_id = @invitation_id, status = @status, answers = @answers, language = @language, mode = @mode, updated_at = @updated_at, submitted_at = @submitted_at WHERE id = @id',
        responseToRow(response),
      );
    } else {
      response = newResponse({ id: uuidv7(), wave, data, respondentId, invitation, at });
      db.run(insertSql.responses, responseToRow(response));
    }
    if (data.idempotencyKey !== undefined) {
      db.run(
        'INSERT OR REPLACE INTO response_keys (project_id, key, response_id, created_at) VALUES (?, ?, ?, ?)',
        wave.projectId,
        data.idempotencyKey,
        response.id,
        at,
      );
    }
    if (invitation) {
      db.run(
        'UPDATE invitations SET status = ?, updated_at = ? WHERE id = ?',
        response.status === 'complete' ? 'completed' : 'started',
        at,
        invitation.id,
      );
    }
    return { response, replayed: false };
  }
}

function responseFilterParams(where: {
  waveId?: string;
  respondentId?: string;
  status?: string;
  projectId: string;
}) {
  return {
    projectId: where.projectId,
    waveId: where.waveId ?? null,
    respondentId: where.respondentId ?? null,
    status: where.status ?? null,
  };
}
