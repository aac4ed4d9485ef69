import { z } from 'zod';
import { JsonObjectSchema } from './json.js';
import { RecordIdSchema, TimestampSchema } from './record-fields.js';

/** A survey of a project: a name and a numbered series of SurveyJS definitions (versions). */
export const SurveySchema = z.strictObject({
  id: RecordIdSchema,
  projectId: RecordIdSchema,
  name: z.string().min(1).max(200),
  /** The highest version number; versions count from 1. */
  latestVersion: z.int().min(1),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
/** A stored survey. */
export type Survey = z.infer<typeof SurveySchema>;

/**
 * One version of a survey's SurveyJS definition (opaque JSON, validated by `@neighbourly/surveys`).
 * A version is `locked` once a wave uses it and never changes after that; saving a definition then starts
 * a new version.
 */
export const SurveyVersionSchema = z.strictObject({
  surveyId: RecordIdSchema,
  projectId: RecordIdSchema,
  version: z.int().min(1),
  definition: JsonObjectSchema,
  locked: z.boolean(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
/** A stored survey version. */
export type SurveyVersion = z.infer<typeof SurveyVersionSchema>;

/** What a caller gives to create a survey (its version 1). */
export const SurveyInputSchema = z.strictObject({
  projectId: RecordIdSchema,
  name: z.string().min(1).max(200),
  definition: JsonObjectSchema,
});
/** Input of `store.surveys.create`. */
export type SurveyInput = z.input<typeof SurveyInputSchema>;
