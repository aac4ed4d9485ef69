import { v7 as uuidv7 } from 'uuid';
import { type AuditEntry, AuditFilterSchema, AuditInputSchema } from '../../audit-entry.js';
import { parseStoreInput } from '../../parse-store-input.js';
import type { AuditLog } from '../../store.js';
import { type AuditRow, auditFromRow } from './rows.js';
import type { SqliteDatabase } from './sqlite-database.js';

/** The append-only audit log in SQLite (triggers refuse UPDATE and DELETE). */
export function sqliteAuditLog(db: SqliteDatabase): AuditLog {
  return {
    append: async (input) => {
      const data = parseStoreInput(AuditInputSchema, input, 'audit entry');
      const entry: AuditEntry = { id: uuidv7(), at: db.timestamp(), ...data };
      db.write(() => db.appendAudit(entry));
      return entry;
    },
    list: async (filter) => {
      const { projectId, limit, after } = parseStoreInput(AuditFilterSchema, filter ?? {}, 'audit filter');
      return db.read(() =>
        db
          .all<AuditRow>(
            'SELECT * FROM audit_log WHERE (@projectId IS NULL OR project_id = @projectId) AND id > @after ORDER BY id LIMIT @limit',
            { projectId: projectId ?? null, after: after ?? '', limit },
          )
          .map(auditFromRow),
      );
    },
  };
}
