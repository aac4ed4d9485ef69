import {
  applyPatch,
  type Contact,
  ContactInputSchema,
  parseStoreInput,
  type Respondent,
  RespondentInputSchema,
  RespondentPatchSchema,
  type RespondentRepository,
  requireLookupString,
} from '@neighbourly/store';
import { v7 as uuidv7 } from 'uuid';
import { documentOf } from './documents.js';
import { byField, byId } from './filters.js';
import type { MongoDatabase } from './mongo-database.js';

/** The panel in MongoDB: pseudonymous respondents, their contact details in a collection of their own. */
export function mongoRespondentRepository(db: MongoDatabase): RespondentRepository {
  return {
    create: async (input) => {
      const data = parseStoreInput(RespondentInputSchema, input, 'respondent');
      const at = db.timestamp();
      const respondent: Respondent = { id: uuidv7(), ...data, createdAt: at, updatedAt: at };
      await db.op(async () => {
        await db.require('projects', data.projectId, 'project');
        await db.insert('respondents', respondent);
      });
      return respondent;
    },
    get: async (id) => db.op(() => db.find<Respondent>('respondents', byId(id, 'respondent id'))),
    list: async (projectId, options) =>
      db.list<Respondent>('respondents', byField('projectId', projectId), options),
    update: async (id, patch) => {
      const changes = parseStoreInput(RespondentPatchSchema, patch, 'respondent patch');
      requireLookupString(id, 'respondent id');
      return db.op(async () => {
        const current = await db.require<Respondent>('respondents', id, 'respondent');
        const updated = applyPatch(current, changes, db.timestamp());
        await db.replace('respondents', updated);
        return updated;
      });
    },
    setContact: async (respondentId, input) => {
      const data = parseStoreInput(ContactInputSchema, input, 'contact');
      requireLookupString(respondentId, 'respondent id');
      return db.op(async () => {
        const respondent = await db.require<Respondent>('respondents', respondentId, 'respondent');
        const existing = await db.find<Contact>('contacts', byId(respondentId));
        const at = db.timestamp();
        const contact: Contact = {
          respondentId,
          projectId: respondent.projectId,
          ...data,
          createdAt: existing?.createdAt ?? at,
          updatedAt: at,
        };
        const document = documentOf('contacts', contact);
        await db.c('contacts').replaceOne({ _id: document._id }, document, { upsert: true });
        return contact;
      });
    },
    getContact: async (respondentId) =>
      db.op(() => db.find<Contact>('contacts', byId(respondentId, 'respondent id'))),
    eraseContact: async (respondentId) =>
      db.op(
        async () => (await db.c('contacts').deleteOne(byId(respondentId, 'respondent id'))).deletedCount > 0,
      ),
  };
}
