import {
  AuditInputSchema,
  type Contact,
  type ErasureSummary,
  erasureAuditEntry,
  erasureTraces,
  type Invitation,
  parseStoreInput,
  type Respondent,
  type Response,
  type ResponseKey,
  requireLookupString,
  StoreError,
} from '@neighbourly/store';
import { v7 as uuidv7 } from 'uuid';
import { fromDocument } from './documents.js';
import { byId } from './filters.js';
import { type MongoDatabase, type Session, sessionOption } from './mongo-database.js';

/**
 * Erases a respondent with everything that points at them (see `Store.eraseRespondent`), in a transaction
 * where the deployment has them, and redacts audit entries that mention any of it.
 *
 * What MongoDB keeps after a delete is outside a client's reach: WiredTiger reuses the freed blocks without
 * zeroing them, the replica set's oplog keeps the deleted documents until it rolls over, and the journal and
 * backups keep theirs. `walCleared` is therefore `false`; the package README says how an operator bounds
 * these (oplog retention, `compact`, encrypted storage, backup rotation).
 */
export async function eraseMongoRespondent(
  db: MongoDatabase,
  projectId: string,
  respondentId: string,
  options: { actor?: string } = {},
): Promise<ErasureSummary> {
  requireLookupString(projectId, 'project id');
  requireLookupString(respondentId, 'respondent id');
  const actor = parseStoreInput(AuditInputSchema.shape.actor, options.actor ?? 'system', 'actor');
  const summary = await db.atomic(async (session) => {
    const o = sessionOption(session);
    const respondent = await db.find<Respondent>('respondents', byId(respondentId), session);
    if (!respondent || respondent.projectId !== projectId) {
      throw new StoreError('not-found', `No respondent "${respondentId}" in project "${projectId}"`);
    }
    const owned = { projectId, respondentId };
    const responses = await findAll<Response>(db, 'responses', owned, session);
    const responseIds = responses.map((response) => response.id);
    const keys = await findAll<ResponseKey>(
      db,
      'responseKeys',
      { projectId, responseId: { $in: responseIds } },
      session,
    );
    const traces = erasureTraces({
      respondentId,
      responses,
      invitations: await findAll<Invitation>(db, 'invitations', owned, session),
      idempotencyKeys: keys.map((key) => key.key),
      contact: await db.find<Contact>('contacts', { _id: respondentId, projectId }, session),
    });
    await db.c('responseKeys').deleteMany({ projectId, responseId: { $in: responseIds } }, o);
    const removed = (await db.c('responses').deleteMany(owned, o)).deletedCount;
    const invitations = (await db.c('invitations').deleteMany(owned, o)).deletedCount;
    const contact = (await db.c('contacts').deleteOne({ _id: respondentId, projectId }, o)).deletedCount > 0;
    await db.c('respondents').deleteOne({ _id: respondentId, projectId }, o);
    // E-mails to the person hold their address: queued, sent or failed, they go with the contact details.
    await db.c('mailMessages').deleteMany({ respondentId }, o);
    let redactedAuditEntries = 0;
    for (const trace of traces) {
      // Details are stored as JSON text: look for the trace as JSON escapes it inside a string.
      const inJson = JSON.stringify(trace).slice(1, -1);
      const result = await db.c('audit').updateMany(
        {
          projectId: { $in: [projectId, null] },
          $or: [{ target: trace }, { details: { $regex: escapeRegex(inJson) } }],
        },
        { $set: { details: '{"redacted":"respondent.erase"}' }, $unset: { target: '' } },
        o,
      );
      redactedAuditEntries += result.modifiedCount;
    }
    const entry = erasureAuditEntry(
      uuidv7(),
      { actor, projectId, at: db.timestamp() },
      { responses: removed, invitations, contact, redactedAuditEntries },
    );
    await db.insert('audit', entry, session);
    return { responses: removed, invitations, contact, redactedAuditEntries, auditEntryId: entry.id };
  });
  return { ...summary, walCleared: false };
}

async function findAll<T>(
  db: MongoDatabase,
  key: 'responses' | 'invitations' | 'responseKeys',
  filter: Record<string, unknown>,
  session: Session,
): Promise<T[]> {
  const documents = await db.c(key).find(filter, sessionOption(session)).toArray();
  return documents.map((document) => fromDocument<T>(key, document));
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
