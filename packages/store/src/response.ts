import { LanguageSchema } from '@neighbourly/core';
import { z } from 'zod';
import { JsonObjectSchema } from './json.js';
import { RecordIdSchema, TimestampSchema } from './record-fields.js';

/** `partial` (saved progress) or `complete` (submitted). */
export const ResponseStatusSchema = z.enum(['partial', 'complete']);
/** The status of a response. */
export type ResponseStatus = z.infer<typeof ResponseStatusSchema>;

/**
 * How the answers were collected: `online` (the respondent filled in the web page, also on a shared kiosk
 * tablet), `paper` (a printed questionnaire typed in by staff) or `interview` (staff asked the questions).
 */
export const ResponseModeSchema = z.enum(['online', 'paper', 'interview']);
/** How a response was collected. */
export type ResponseMode = z.infer<typeof ResponseModeSchema>;

/** One respondent's answers to one wave, as stored. `answers` is opaque JSON validated by `@neighbourly/surveys`. */
export const ResponseSchema = z.strictObject({
  id: RecordIdSchema,
  projectId: RecordIdSchema,
  waveId: RecordIdSchema,
  surveyId: RecordIdSchema,
  /** The survey definition version answered (the wave's version). */
  surveyVersion: z.int().min(1),
  /** Pseudonymous panel id; absent for anonymous answers to an open wave. */
  respondentId: RecordIdSchema.exactOptional(),
  invitationId: RecordIdSchema.exactOptional(),
  status: ResponseStatusSchema,
  answers: JsonObjectSchema,
  /** The language the respondent answered in. */
  language: LanguageSchema.exactOptional(),
  /** How the answers were collected (records from before modes existed read as `online`). */
  mode: ResponseModeSchema.default('online'),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  /** When the response was completed. */
  submittedAt: TimestampSchema.exactOptional(),
});
/** A stored response. */
export type Response = z.infer<typeof ResponseSchema>;

/**
 * A response save: progress (`partial`) or submission (`complete`). The store derives the project and survey
 * version from the wave. With an `invitationId`, the respondent is the invitation's.
 */
export const ResponseInputSchema = z.strictObject({
  waveId: RecordIdSchema,
  respondentId: RecordIdSchema.exactOptional(),
  invitationId: RecordIdSchema.exactOptional(),
  status: ResponseStatusSchema,
  answers: JsonObjectSchema,
  language: LanguageSchema.exactOptional(),
  /** How the answers were collected (default `online`); each save sets it. */
  mode: ResponseModeSchema.default('online'),
  /** A client-chosen key, unique per project: the same key again replays the first result. */
  idempotencyKey: z.string().min(1).max(200).exactOptional(),
});
/** Input of `store.responses.save`. */
export type ResponseInput = z.input<typeof ResponseInputSchema>;

/** The outcome of a save: the response, and whether this was a replay of an earlier idempotency key. */
export interface SaveResponseResult {
  response: Response;
  /** `true` when the idempotency key was seen before: nothing was written, the stored response is returned. */
  replayed: boolean;
}

/** Filters of `store.responses.list` and `store.responses.count`. */
export const ResponseFilterSchema = z.strictObject({
  projectId: RecordIdSchema,
  waveId: RecordIdSchema.exactOptional(),
  respondentId: RecordIdSchema.exactOptional(),
  status: ResponseStatusSchema.exactOptional(),
});
/** Which responses to list or count. */
export type ResponseFilter = z.input<typeof ResponseFilterSchema>;

/** Options of `store.streamResponses`. */
export const StreamResponsesOptionsSchema = z.strictObject({
  projectId: RecordIdSchema,
  /** Only these waves (default: all waves of the project). */
  waveIds: z.array(RecordIdSchema).exactOptional(),
  /** Only responses updated at or after this instant. */
  since: TimestampSchema.exactOptional(),
  /** `complete` (the default: what indicators use), `partial`, or `all`. */
  status: z.enum(['complete', 'partial', 'all']).default('complete'),
  /** Records fetched per round trip (default 1000). */
  batchSize: z.int().min(1).max(10_000).default(1000),
});
/** Options of `store.streamResponses`. */
export type StreamResponsesOptions = z.input<typeof StreamResponsesOptionsSchema>;
