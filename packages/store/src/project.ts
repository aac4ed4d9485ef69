import { LanguageSchema } from '@neighbourly/core';
import { z } from 'zod';
import { JsonObjectSchema } from './json.js';
import { RecordIdSchema, SlugSchema, TimestampSchema } from './record-fields.js';

/**
 * A caring-neighbourhood project as stored. The theory of change, indicator set and context variables are
 * opaque JSON objects: `@neighbourly/core` validates them before they are stored.
 */
export const ProjectSchema = z.strictObject({
  id: RecordIdSchema,
  /** Unique, kebab-case, used in URLs. */
  slug: SlugSchema,
  name: z.string().min(1).max(200),
  /** The languages the project's surveys and reports use; the first is the default. */
  languages: z.array(LanguageSchema).min(1),
  /** The framework the project is evaluated against, e.g. the Flemish caring-neighbourhoods framework. */
  frameworkId: SlugSchema,
  theoryOfChange: JsonObjectSchema.exactOptional(),
  indicatorSet: JsonObjectSchema.exactOptional(),
  /** Context variables for the typology (urbanisation, population, share of older residents, …). */
  context: JsonObjectSchema.exactOptional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
/** A stored project. */
export type Project = z.infer<typeof ProjectSchema>;

/** What a caller gives to create a project; the store adds `id`, `createdAt` and `updatedAt`. */
export const ProjectInputSchema = ProjectSchema.omit({ id: true, createdAt: true, updatedAt: true });
/** Input of `store.projects.create`. */
export type ProjectInput = z.input<typeof ProjectInputSchema>;

/** Changes to a project: fields left out stay as they are; `null` removes an optional field. */
export const ProjectPatchSchema = z.strictObject({
  slug: SlugSchema.exactOptional(),
  name: z.string().min(1).max(200).exactOptional(),
  languages: z.array(LanguageSchema).min(1).exactOptional(),
  frameworkId: SlugSchema.exactOptional(),
  theoryOfChange: JsonObjectSchema.nullable().exactOptional(),
  indicatorSet: JsonObjectSchema.nullable().exactOptional(),
  context: JsonObjectSchema.nullable().exactOptional(),
});
/** Input of `store.projects.update`. */
export type ProjectPatch = z.input<typeof ProjectPatchSchema>;
