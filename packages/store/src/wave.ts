import { z } from 'zod';
import { RecordIdSchema, TimestampInputSchema, TimestampSchema } from './record-fields.js';

/** `draft` (being prepared), `open` (accepting responses) or `closed`. */
export const WaveStatusSchema = z.enum(['draft', 'open', 'closed']);
/** The status of a wave. */
export type WaveStatus = z.infer<typeof WaveStatusSchema>;

/** `invitation`: only invited panel members answer; `open`: anyone with the link (respondent optional). */
export const WaveAccessSchema = z.enum(['invitation', 'open']);
/** Who may answer a wave. */
export type WaveAccess = z.infer<typeof WaveAccessSchema>;

/** A survey round of a project (baseline, mid-term, end …) answering one fixed survey version. */
export const WaveSchema = z.strictObject({
  id: RecordIdSchema,
  projectId: RecordIdSchema,
  surveyId: RecordIdSchema,
  /** The survey version this wave answers; that version is locked. */
  surveyVersion: z.int().min(1),
  label: z.string().min(1).max(200),
  access: WaveAccessSchema,
  status: WaveStatusSchema,
  opensAt: TimestampSchema.exactOptional(),
  closesAt: TimestampSchema.exactOptional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
/** A stored wave. */
export type Wave = z.infer<typeof WaveSchema>;

/**
 * What a caller gives to create a wave. `surveyVersion` defaults to the survey's latest version;
 * `access` to `invitation`; `status` to `draft`. Creating the wave locks that survey version.
 */
export const WaveInputSchema = z.strictObject({
  projectId: RecordIdSchema,
  surveyId: RecordIdSchema,
  surveyVersion: z.int().min(1).exactOptional(),
  label: z.string().min(1).max(200),
  access: WaveAccessSchema.default('invitation'),
  status: WaveStatusSchema.default('draft'),
  opensAt: TimestampInputSchema.exactOptional(),
  closesAt: TimestampInputSchema.exactOptional(),
});
/** Input of `store.waves.create`. */
export type WaveInput = z.input<typeof WaveInputSchema>;

/** Changes to a wave (the survey version stays fixed); `null` removes `opensAt` / `closesAt`. */
export const WavePatchSchema = z.strictObject({
  label: z.string().min(1).max(200).exactOptional(),
  access: WaveAccessSchema.exactOptional(),
  status: WaveStatusSchema.exactOptional(),
  opensAt: TimestampInputSchema.nullable().exactOptional(),
  closesAt: TimestampInputSchema.nullable().exactOptional(),
});
/** Input of `store.waves.update`. */
export type WavePatch = z.input<typeof WavePatchSchema>;
