import {
  type AuditEntry,
  AuditFilterSchema,
  AuditInputSchema,
  type AuditLog,
  parseStoreInput,
} from '@neighbourly/store';
import { v7 as uuidv7 } from 'uuid';
import { auditWhere } from './filters.js';
import type { MongoDatabase } from './mongo-database.js';

/** The append-only audit log in MongoDB. */
export function mongoAuditLog(db: MongoDatabase): AuditLog {
  return {
    append: async (input) => {
      const data = parseStoreInput(AuditInputSchema, input, 'audit entry');
      const entry: AuditEntry = { id: uuidv7(), at: db.timestamp(), ...data };
      await db.op(() => db.insert('audit', entry));
      return entry;
    },
    list: async (filter) => {
      const { projectId, limit, after } = parseStoreInput(AuditFilterSchema, filter ?? {}, 'audit filter');
      return db.list<AuditEntry>('audit', auditWhere(projectId), {
        limit,
        ...(after === undefined ? {} : { after }),
      });
    },
  };
}
