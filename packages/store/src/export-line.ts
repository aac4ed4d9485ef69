import { z } from 'zod';
import { AuditEntrySchema } from './audit-entry.js';
import { InvitationSchema } from './invitation.js';
import { ProjectSchema } from './project.js';
import { RecordIdSchema, TimestampSchema } from './record-fields.js';
import { ContactSchema, RespondentSchema } from './respondent.js';
import { ResponseSchema } from './response.js';
import { SurveySchema, SurveyVersionSchema } from './survey.js';
import { WaveSchema } from './wave.js';

/** The version of the NDJSON export format this package writes and reads. */
export const exportFormatVersion = 1;

/** An idempotency key of a response save, exported so replays keep working after a restore. */
export const ResponseKeySchema = z.strictObject({
  projectId: RecordIdSchema,
  key: z.string().min(1).max(200),
  responseId: RecordIdSchema,
  createdAt: TimestampSchema,
});
/** A stored idempotency key. */
export type ResponseKey = z.infer<typeof ResponseKeySchema>;

/**
 * One line of a project export (NDJSON). The first line is the header; records follow in dependency order:
 * project, surveys, survey versions, waves, respondents, contacts, invitations, responses, response keys,
 * audit entries. API keys are not exported (they are not project data).
 */
export const ExportLineSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('header'),
    format: z.literal('neighbourly-export'),
    version: z.literal(exportFormatVersion),
    projectId: RecordIdSchema,
    exportedAt: TimestampSchema,
  }),
  z.strictObject({ type: z.literal('project'), record: ProjectSchema }),
  z.strictObject({ type: z.literal('survey'), record: SurveySchema }),
  z.strictObject({ type: z.literal('surveyVersion'), record: SurveyVersionSchema }),
  z.strictObject({ type: z.literal('wave'), record: WaveSchema }),
  z.strictObject({ type: z.literal('respondent'), record: RespondentSchema }),
  z.strictObject({ type: z.literal('contact'), record: ContactSchema }),
  z.strictObject({ type: z.literal('invitation'), record: InvitationSchema }),
  z.strictObject({ type: z.literal('response'), record: ResponseSchema }),
  z.strictObject({ type: z.literal('responseKey'), record: ResponseKeySchema }),
  z.strictObject({ type: z.literal('audit'), record: AuditEntrySchema }),
]);
/** One parsed line of an export. */
export type ExportLine = z.infer<typeof ExportLineSchema>;
/** The kinds of records an export holds. */
export type ExportRecordType = Exclude<ExportLine['type'], 'header'>;
