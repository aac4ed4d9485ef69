import { v7 as uuidv7 } from 'uuid';
import { AuditInputSchema } from '../../audit-entry.js';
import { erasureAuditEntry } from '../../new-records.js';
import { parseStoreInput, requireLookupString } from '../../parse-store-input.js';
import type { ErasureSummary } from '../../store.js';
import { StoreError } from '../../store-error.js';
import type { SqliteDatabase } from './sqlite-database.js';

/** Erases a respondent with everything that points at them, in one transaction (see `Store.eraseRespondent`). */
export function eraseSqliteRespondent(
  db: SqliteDatabase,
  projectId: string,
  respondentId: string,
  options: { actor?: string },
): ErasureSummary {
  requireLookupString(projectId, 'project id');
  requireLookupString(respondentId, 'respondent id');
  const actor = parseStoreInput(AuditInputSchema.shape.actor, options.actor ?? 'system', 'actor');
  return db.write(() => {
    const respondent = db.respondent(respondentId);
    if (!respondent || respondent.projectId !== projectId) {
      throw new StoreError('not-found', `No respondent "${respondentId}" in project "${projectId}"`);
    }
    db.run(
      'DELETE FROM response_keys WHERE response_id IN (SELECT id FROM responses WHERE respondent_id = ?)',
      respondentId,
    );
    const responses = db.run('DELETE FROM responses WHERE respondent_id = ?', respondentId).changes;
    const invitations = db.run('DELETE FROM invitations WHERE respondent_id = ?', respondentId).changes;
    const contact = db.run('DELETE FROM contacts WHERE respondent_id = ?', respondentId).changes > 0;
    db.run('DELETE FROM respondents WHERE id = ?', respondentId);
    const entry = erasureAuditEntry(
      uuidv7(),
      { actor, projectId, at: db.timestamp() },
      { responses, invitations, contact },
    );
    db.appendAudit(entry);
    return { responses, invitations, contact, auditEntryId: entry.id };
  });
}
