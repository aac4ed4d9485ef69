import {
  checkInvitationUse,
  type Invitation,
  newResponse,
  nextResponse,
  parseStoreInput,
  type Respondent,
  type Response,
  type ResponseFilter,
  ResponseFilterSchema,
  ResponseInputSchema,
  type ResponseKey,
  type ResponseRepository,
  type SaveResponseResult,
  StoreError,
  type StreamResponsesOptions,
  StreamResponsesOptionsSchema,
  type Wave,
} from '@neighbourly/store';
import { v7 as uuidv7 } from 'uuid';
import { documentOf, fromDocument, responseKeyDocumentId } from './documents.js';
import { byId, responseSlot, responsesWhere, streamBatch } from './filters.js';
import {
  isDuplicateKeyError,
  isStoreDuplicate,
  type MongoDatabase,
  mapMongoError,
  type Session,
  sessionOption,
} from './mongo-database.js';

/** A reserved idempotency key whose save has not finished after this long is considered abandoned. */
const staleKeyMs = 30 * 1000;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Responses in MongoDB: a save retries when a concurrent save won a unique index. */
export function mongoResponseRepository(db: MongoDatabase): ResponseRepository {
  return {
    save: async (input) => {
      const data = parseStoreInput(ResponseInputSchema, input, 'response');
      for (let attempt = 0; ; attempt += 1) {
        try {
          const result = await db.atomic((session) => saveAttempt(db, data, session));
          if (result !== 'retry') return result;
        } catch (error) {
          // A concurrent save won a unique index (same key or same slot): read again and replay or conflict.
          if (!(isStoreDuplicate(error) && attempt < 50)) throw error;
        }
        await sleep(Math.min(5 * (attempt + 1), 50));
      }
    },
    get: async (id) => db.op(() => db.find<Response>('responses', byId(id, 'response id'))),
    list: async (filter, options) => {
      const where = parseStoreInput(ResponseFilterSchema, filter, 'response filter');
      return db.list<Response>('responses', responsesWhere(where), options);
    },
    count: async (filter: ResponseFilter) => {
      const where = parseStoreInput(ResponseFilterSchema, filter, 'response filter');
      return db.op(() => db.c('responses').countDocuments(responsesWhere(where)));
    },
  };
}

/**
 * One try of a response save. Without transactions the idempotency key is reserved first (a unique insert
 * marked `pending`), so two concurrent saves with one key can never both write; the reservation is released
 * when the save fails and completed when it succeeds.
 */
async function saveAttempt(
  db: MongoDatabase,
  data: ReturnType<typeof ResponseInputSchema.parse>,
  session: Session,
): Promise<SaveResponseResult | 'retry'> {
  const wave = await db.require<Wave>('waves', data.waveId, 'wave', session);
  const at = db.timestamp();
  const keyId =
    data.idempotencyKey === undefined
      ? undefined
      : responseKeyDocumentId(wave.projectId, data.idempotencyKey);
  if (keyId !== undefined) {
    const reserved = await db.c('responseKeys').findOne(byId(keyId), sessionOption(session));
    if (reserved !== null) {
      if (reserved.pending === true) {
        if (Date.parse(String(reserved.createdAt)) < db.nowMs() - staleKeyMs) {
          await db.c('responseKeys').deleteOne({ _id: keyId, pending: true }, sessionOption(session));
        }
        return 'retry';
      }
      const earlier = await db.find<Response>('responses', byId(String(reserved.responseId)), session);
      if (earlier) return { response: earlier, replayed: true };
      await db.c('responseKeys').deleteOne(byId(keyId), sessionOption(session));
    }
  }

  let respondentId = data.respondentId;
  let invitation: Invitation | undefined;
  if (data.invitationId !== undefined) {
    invitation = await db.require<Invitation>('invitations', data.invitationId, 'invitation', session);
    checkInvitationUse(invitation, wave, respondentId, at);
    respondentId = invitation.respondentId;
  }
  if (respondentId !== undefined) {
    const respondent = await db.require<Respondent>('respondents', respondentId, 'respondent', session);
    if (respondent.projectId !== wave.projectId) {
      throw new StoreError('conflict', `Respondent "${respondentId}" belongs to another project`);
    }
  }
  const slot =
    respondentId === undefined
      ? undefined
      : await db.find<Response>('responses', responseSlot(wave.projectId, wave.id, respondentId), session);
  if (slot?.status === 'complete') {
    throw new StoreError('already-complete', 'This respondent already completed this wave');
  }
  const responseId = slot?.id ?? uuidv7();

  if (keyId !== undefined && data.idempotencyKey !== undefined) {
    const key: ResponseKey = {
      projectId: wave.projectId,
      key: data.idempotencyKey,
      responseId,
      createdAt: at,
    };
    const document = {
      ...documentOf('responseKeys', key),
      ...(session === undefined ? { pending: true } : {}),
    };
    await db.c('responseKeys').insertOne(document, sessionOption(session));
  }
  try {
    let response: Response;
    if (slot) {
      response = nextResponse(slot, data, invitation, at);
      const document = documentOf('responses', response);
      const replaced = await db
        .c('responses')
        .replaceOne(
          { _id: slot.id, status: 'partial', updatedAt: slot.updatedAt },
          document,
          sessionOption(session),
        );
      if (replaced.matchedCount === 0) {
        // Changed since we read it: completed (a conflict) or saved again (read again).
        const now = await db.find<Response>('responses', byId(slot.id), session);
        if (now?.status === 'complete') {
          throw new StoreError('already-complete', 'This respondent already completed this wave');
        }
        throw new StoreError('duplicate', 'The response changed concurrently');
      }
    } else {
      response = newResponse({ id: responseId, wave, data, respondentId, invitation, at });
      await db.insert('responses', response, session);
    }
    if (invitation) {
      await db
        .c('invitations')
        .updateOne(
          byId(invitation.id),
          { $set: { status: response.status === 'complete' ? 'completed' : 'started', updatedAt: at } },
          sessionOption(session),
        );
    }
    if (keyId !== undefined && session === undefined) {
      await db.c('responseKeys').updateOne(byId(keyId), { $unset: { pending: '' } });
    }
    return { response, replayed: false };
  } catch (error) {
    if (keyId !== undefined && session === undefined) {
      await db.c('responseKeys').deleteOne({ _id: keyId, pending: true });
    }
    throw isDuplicateKeyError(error) ? mapMongoError(error) : error;
  }
}

/** The responses of a project in id order, fetched in batches. */
export async function* streamMongoResponses(
  db: MongoDatabase,
  options: StreamResponsesOptions,
): AsyncGenerator<Response> {
  const parsed = parseStoreInput(StreamResponsesOptionsSchema, options, 'stream options');
  let after = '';
  for (;;) {
    const documents = await db.op(() =>
      db.c('responses').find(streamBatch(parsed, after)).sort({ _id: 1 }).limit(parsed.batchSize).toArray(),
    );
    for (const document of documents) yield fromDocument<Response>('responses', document);
    const last = documents.at(-1);
    if (last === undefined || documents.length < parsed.batchSize) return;
    after = String(last._id);
  }
}
