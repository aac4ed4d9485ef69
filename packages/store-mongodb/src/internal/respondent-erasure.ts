import {
  AuditInputSchema,
  type ErasureSummary,
  erasureAuditEntry,
  parseStoreInput,
  type Respondent,
  requireLookupString,
  StoreError,
} from '@neighbourly/store';
import { v7 as uuidv7 } from 'uuid';
import { byId } from './filters.js';
import { type MongoDatabase, sessionOption } from './mongo-database.js';

/** Erases a respondent with everything that points at them (see `Store.eraseRespondent`). */
export async function eraseMongoRespondent(
  db: MongoDatabase,
  projectId: string,
  respondentId: string,
  options: { actor?: string } = {},
): Promise<ErasureSummary> {
  requireLookupString(projectId, 'project id');
  requireLookupString(respondentId, 'respondent id');
  const actor = parseStoreInput(AuditInputSchema.shape.actor, options.actor ?? 'system', 'actor');
  return db.atomic(async (session) => {
    const o = sessionOption(session);
    const respondent = await db.find<Respondent>('respondents', byId(respondentId), session);
    if (!respondent || respondent.projectId !== projectId) {
      throw new StoreError('not-found', `No respondent "${respondentId}" in project "${projectId}"`);
    }
    const owned = { projectId, respondentId };
    const responseIds = (
      await db
        .c('responses')
        .find(owned, { ...o, projection: { _id: 1 } })
        .toArray()
    ).map((document) => String(document._id));
    await db.c('responseKeys').deleteMany({ projectId, responseId: { $in: responseIds } }, o);
    const responses = (await db.c('responses').deleteMany(owned, o)).deletedCount;
    const invitations = (await db.c('invitations').deleteMany(owned, o)).deletedCount;
    const contact = (await db.c('contacts').deleteOne({ _id: respondentId, projectId }, o)).deletedCount > 0;
    await db.c('respondents').deleteOne({ _id: respondentId, projectId }, o);
    const entry = erasureAuditEntry(
      uuidv7(),
      { actor, projectId, at: db.timestamp() },
      { responses, invitations, contact },
    );
    await db.insert('audit', entry, session);
    return { responses, invitations, contact, auditEntryId: entry.id };
  });
}
