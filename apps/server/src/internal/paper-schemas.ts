import { LanguageSchema } from '@neighbourly/core';
import { JsonObjectSchema, RecordIdSchema, WaveSchema } from '@neighbourly/store';
import { z } from 'zod';

export const ProjectWaveParams = z.strictObject({ projectId: RecordIdSchema, waveId: RecordIdSchema });

export const LettersQuery = z.strictObject({
  /** The language of letters to people whose contact details name none (default: the project's first). */
  lang: LanguageSchema.optional(),
});

/** A response typed in by staff from a paper questionnaire, or entered during an interview. */
export const StaffResponseBody = z.strictObject({
  /** The answers, keyed by question name, as SurveyJS's `survey.data`. */
  answers: JsonObjectSchema,
  /** `paper` (a returned printed questionnaire) or `interview` (staff asked the questions). */
  mode: z.enum(['paper', 'interview']),
  language: LanguageSchema.optional(),
  /**
   * The code printed on the respondent's letter or questionnaire (`K7PMQ-2XD9F`, any case, with or without
   * the dash), or an invitation link's token: links the answers to that invitation and its respondent.
   * Without it the response is anonymous.
   */
  code: z.string().trim().min(10).max(128).optional(),
});

export const StaffResponseView = z.object({
  responseId: RecordIdSchema,
  status: z.enum(['partial', 'complete']),
  mode: z.enum(['online', 'paper', 'interview']),
  /** The pseudonymous respondent, when a code linked the response to an invitation. */
  respondentId: RecordIdSchema.optional(),
  replayed: z.boolean().optional(),
});

export const StaffSurveyView = z.object({
  wave: WaveSchema,
  projectName: z.string(),
  languages: z.array(LanguageSchema),
  /** The locked SurveyJS definition the wave answers: render it for data entry. */
  definition: JsonObjectSchema,
});
