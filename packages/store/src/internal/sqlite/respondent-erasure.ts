import { v7 as uuidv7 } from 'uuid';
import { AuditInputSchema } from '../../audit-entry.js';
import { erasureAuditEntry, erasureTraces } from '../../new-records.js';
import { parseStoreInput, requireLookupString } from '../../parse-store-input.js';
import type { ErasureSummary } from '../../store.js';
import { StoreError } from '../../store-error.js';
import { type ContactRow, contactFromRow, type ResponseRow, responseFromRow } from './rows.js';
import type { SqliteDatabase } from './sqlite-database.js';

/** How often, and how long apart, an erasure retries the WAL checkpoint that another connection holds up. */
const checkpointAttempts = 20;
const checkpointRetryMs = 50;

/**
 * Erases a respondent so that nothing of them stays in the database file or its WAL (see
 * `Store.eraseRespondent`):
 * 1. one transaction deletes their responses (partial progress too), idempotency keys, invitations (token
 *    hashes), contact details, e-mails (with their address) and the respondent, and redacts audit entries
 *    that mention any of it;
 * 2. `secure_delete` (on for every connection of this store) zeroes the freed cells and pages, in tables and
 *    indexes alike, so the deleted bytes are overwritten rather than left in free space;
 * 3. a `wal_checkpoint(TRUNCATE)` copies the zeroed pages into the database file and empties the WAL, whose
 *    older frames still held the rows. A reader of another connection can hold the checkpoint up: it is
 *    retried, and `walCleared` tells whether it completed.
 */
export async function eraseSqliteRespondent(
  db: SqliteDatabase,
  projectId: string,
  respondentId: string,
  options: { actor?: string },
): Promise<ErasureSummary> {
  requireLookupString(projectId, 'project id');
  requireLookupString(respondentId, 'respondent id');
  const actor = parseStoreInput(AuditInputSchema.shape.actor, options.actor ?? 'system', 'actor');
  const summary = db.write(() => {
    const respondent = db.respondent(respondentId);
    if (!respondent || respondent.projectId !== projectId) {
      throw new StoreError('not-found', `No respondent "${respondentId}" in project "${projectId}"`);
    }
    const responses = db
      .all<ResponseRow>('SELECT * FROM responses WHERE respondent_id = ?', respondentId)
      .map(responseFromRow);
    const traces = erasureTraces({
      respondentId,
      responses,
      invitations: db.all<{ id: string; token_hash: string }>(
        'SELECT id, token_hash FROM invitations WHERE respondent_id = ?',
        respondentId,
      ),
      idempotencyKeys: db
        .all<{ key: string }>(
          'SELECT key FROM response_keys WHERE response_id IN (SELECT id FROM responses WHERE respondent_id = ?)',
          respondentId,
        )
        .map((row) => row.key),
      contact: (() => {
        const row = db.get<ContactRow>('SELECT * FROM contacts WHERE respondent_id = ?', respondentId);
        return row && contactFromRow(row);
      })(),
    });
    db.run(
      'DELETE FROM response_keys WHERE response_id IN (SELECT id FROM responses WHERE respondent_id = ?)',
      respondentId,
    );
    const removedResponses = db.run('DELETE FROM responses WHERE respondent_id = ?', respondentId).changes;
    const invitations = db.run('DELETE FROM invitations WHERE respondent_id = ?', respondentId).changes;
    const contact = db.run('DELETE FROM contacts WHERE respondent_id = ?', respondentId).changes > 0;
    // E-mails to the person hold their address: queued, sent or failed, they go with the contact details.
    db.run('DELETE FROM mail_messages WHERE respondent_id = ?', respondentId);
    db.run('DELETE FROM respondents WHERE id = ?', respondentId);
    const redactedAuditEntries = redactAuditEntries(db, projectId, traces);
    const entry = erasureAuditEntry(
      uuidv7(),
      { actor, projectId, at: db.timestamp() },
      { responses: removedResponses, invitations, contact, redactedAuditEntries },
    );
    db.appendAudit(entry);
    return {
      responses: removedResponses,
      invitations,
      contact,
      redactedAuditEntries,
      auditEntryId: entry.id,
    };
  });
  let walCleared = false;
  for (let attempt = 0; attempt < checkpointAttempts && !walCleared && !db.closed; attempt += 1) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, checkpointRetryMs));
    walCleared = db.checkpointTruncate();
  }
  return { ...summary, walCleared };
}

/**
 * Clears the target and replaces the details of every audit entry of the project (or of no project) that
 * mentions one of the traces, inside the erasure's transaction. Returns how many entries were redacted.
 */
function redactAuditEntries(db: SqliteDatabase, projectId: string, traces: readonly string[]): number {
  if (traces.length === 0) return 0;
  db.run('INSERT INTO audit_redactions_in_progress (id) VALUES (1)');
  let redacted = 0;
  for (const trace of traces) {
    // Details are JSON text: look for the trace as JSON would escape it inside a string.
    const inJson = JSON.stringify(trace).slice(1, -1);
    redacted += db.run(
      `UPDATE audit_log SET target = NULL, details = '{"redacted":"respondent.erase"}'
       WHERE (project_id = ? OR project_id IS NULL) AND (target = ? OR instr(details, ?) > 0)`,
      projectId,
      trace,
      inJson,
    ).changes;
  }
  db.run('DELETE FROM audit_redactions_in_progress');
  return redacted;
}
