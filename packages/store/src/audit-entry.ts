import { z } from 'zod';
import { JsonObjectSchema } from './json.js';
import { RecordIdSchema, TimestampSchema } from './record-fields.js';

/** One entry of the append-only audit log: who changed or exported what. Never personal data. */
export const AuditEntrySchema = z.strictObject({
  id: RecordIdSchema,
  at: TimestampSchema,
  /** Who acted: an API key id, a user name, `cli`, `system`. */
  actor: z.string().min(1).max(200),
  /** What happened, dotted: `project.update`, `project.export`, `respondent.erase`. */
  action: z.string().min(1).max(100),
  projectId: RecordIdSchema.exactOptional(),
  /** The id of the record acted on. */
  target: z.string().min(1).max(200).exactOptional(),
  details: JsonObjectSchema.exactOptional(),
});
/** A stored audit entry. */
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** What a caller gives to append an audit entry. */
export const AuditInputSchema = AuditEntrySchema.omit({ id: true, at: true });
/** Input of `store.audit.append`. */
export type AuditInput = z.input<typeof AuditInputSchema>;

/** Filters of `store.audit.list` (plus paging). */
export const AuditFilterSchema = z.strictObject({
  projectId: RecordIdSchema.exactOptional(),
  limit: z.int().min(1).max(1000).default(100),
  after: z.string().exactOptional(),
});
/** Which audit entries to list. */
export type AuditFilter = z.input<typeof AuditFilterSchema>;
