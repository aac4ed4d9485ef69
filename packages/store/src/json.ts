import { z } from 'zod';

/** Any JSON value. The store keeps such values exactly as given and never interprets them. */
export const JsonValueSchema = z.json();
/** A JSON value: string, number, boolean, null, array or object of JSON values. */
export type JsonValue = z.infer<typeof JsonValueSchema>;

/**
 * A JSON object the store keeps opaque: a SurveyJS definition, a theory of change, an indicator set,
 * a response's answers. Their content is validated by `@neighbourly/core` and `@neighbourly/surveys`.
 */
export const JsonObjectSchema = z.record(z.string(), z.json());
/** A JSON object (string keys, JSON values). */
export type JsonObject = z.infer<typeof JsonObjectSchema>;
