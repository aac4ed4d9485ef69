import { v7 as uuidv7 } from 'uuid';
import { parseStoreInput, requireLookupString } from '../../parse-store-input.js';
import { ListOptionsSchema } from '../../record-fields.js';
import {
  type Contact,
  ContactInputSchema,
  type Respondent,
  RespondentInputSchema,
  RespondentPatchSchema,
} from '../../respondent.js';
import type { RespondentRepository } from '../../store.js';
import { applyPatch } from '../../store-rules.js';
import { insertSql } from './insert-sql.js';
import {
  type ContactRow,
  contactFromRow,
  contactToRow,
  type RespondentRow,
  respondentFromRow,
  respondentToRow,
} from './rows.js';
import type { SqliteDatabase } from './sqlite-database.js';

/** The panel in SQLite: pseudonymous respondents, their contact details in a table of their own. */
export function sqliteRespondentRepository(db: SqliteDatabase): RespondentRepository {
  return {
    create: async (input) => {
      const data = parseStoreInput(RespondentInputSchema, input, 'respondent');
      const at = db.timestamp();
      const respondent: Respondent = { id: uuidv7(), ...data, createdAt: at, updatedAt: at };
      db.write(() => {
        db.requireProject(data.projectId);
        db.run(insertSql.respondents, respondentToRow(respondent));
      });
      return respondent;
    },
    get: async (id) => db.read(() => db.respondent(requireLookupString(id, 'respondent id'))),
    list: async (projectId, options) => {
      const { limit, after } = parseStoreInput(ListOptionsSchema, options ?? {}, 'list options');
      requireLookupString(projectId, 'project id');
      return db.read(() =>
        db
          .all<RespondentRow>(
            'SELECT * FROM respondents WHERE project_id = ? AND id > ? ORDER BY id LIMIT ?',
            projectId,
            after ?? '',
            limit,
          )
          .map(respondentFromRow),
      );
    },
    update: async (id, patch) => {
      const changes = parseStoreInput(RespondentPatchSchema, patch, 'respondent patch');
      requireLookupString(id, 'respondent id');
      return db.write(() => {
        const updated = applyPatch(db.requireRespondent(id), changes, db.timestamp());
        db.run(
          'UPDATE respondents SET respondent_group = @respondent_group, attributes = @attributes, updated_at = @updated_at WHERE id = @id',
          respondentToRow(updated),
        );
        return updated;
      });
    },
    setContact: async (respondentId, input) => {
      const data = parseStoreInput(ContactInputSchema, input, 'contact');
      requireLookupString(respondentId, 'respondent id');
      return db.write(() => {
        const respondent = db.requireRespondent(respondentId);
        const at = db.timestamp();
        const existing = db.get<ContactRow>('SELECT * FROM contacts WHERE respondent_id = ?', respondentId);
        const contact: Contact = {
          respondentId,
          projectId: respondent.projectId,
          ...data,
          createdAt: existing?.created_at ?? at,
          updatedAt: at,
        };
        db.run('DELETE FROM contacts WHERE respondent_id = ?', respondentId);
        db.run(insertSql.contacts, contactToRow(contact));
        return contact;
      });
    },
    getContact: async (respondentId) =>
      db.read(() => {
        const row = db.get<ContactRow>(
          'SELECT * FROM contacts WHERE respondent_id = ?',
          requireLookupString(respondentId, 'respondent id'),
        );
        return row && contactFromRow(row);
      }),
    eraseContact: async (respondentId) => {
      requireLookupString(respondentId, 'respondent id');
      return db.write(() => db.run('DELETE FROM contacts WHERE respondent_id = ?', respondentId).changes > 0);
    },
  };
}
