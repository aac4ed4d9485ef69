import { IdSchema, LanguageSchema } from '@neighbourly/core';
import { z } from 'zod';

/** A path to a JSON file, relative to the folder of `project.json`. */
const JsonFileSchema = z.string().regex(/\.json$/i, 'must be a path to a .json file');

/** An inline JSON object, validated later by the package that owns its shape. */
const InlineObjectSchema = z.record(z.string(), z.unknown());

/** A wave of the project, in chronological order. */
export const ProjectWaveSchema = z.strictObject({
  /** The wave id the responses carry (the `waveId` of records, or a wave column value in a CSV). */
  id: z.string().min(1),
  /** A label for tables and reports; defaults to the id. */
  label: z.string().min(1).optional(),
});

/**
 * The `project.json` file the CLI reads: what a project measures and how. References to other JSON files are
 * paths relative to the folder of `project.json`; everything else is inline.
 *
 * - `framework`: the id of a built-in framework (`caring-neighbourhoods`, the default), a path to a framework
 *   JSON file, or an inline framework (validated by `parseFramework` of `@neighbourly/core`);
 * - `indicatorSet`: the id of a built-in indicator set, a path, or an inline set (`IndicatorSetSchema`);
 * - `theoryOfChange`: a path or an inline theory of change (`validateTheoryOfChange`, checked against the
 *   framework and the indicator set);
 * - `surveys`: SurveyJS definition files the project uses;
 * - `waves`: the waves in chronological order (the first is the baseline); `compare` lists the wave pairs to
 *   compare (default: the first wave with each later one);
 * - `groupBy`: subgroup variables to break indicators down by (equity), e.g. `["age_band"]`;
 * - `responses` and `mapping`: where `report --batch` and `indicators` find the responses when the command
 *   line does not say (a `.csv`, `.ndjson` or `.json` file, and a CSV mapping file);
 * - `context`: the project's context variables for the typology (urbanisation, population, …).
 *
 * @example
 * {
 *   "name": "Zorgzame buurt Noord",
 *   "languages": ["nl", "en"],
 *   "framework": "caring-neighbourhoods",
 *   "indicatorSet": "indicators.json",
 *   "theoryOfChange": "theory-of-change.json",
 *   "waves": [{ "id": "baseline" }, { "id": "end" }],
 *   "groupBy": ["age_band"]
 * }
 */
export const ProjectFileSchema = z.strictObject({
  /** Editors may point at a JSON schema; ignored. */
  $schema: z.string().optional(),
  name: z.string().min(1).max(200),
  /** Kebab-case id of the project, used for file names in `report --batch` and as the store slug. */
  slug: IdSchema.optional(),
  /** Languages of the surveys and reports; the first is the default report language. */
  languages: z.array(LanguageSchema).min(1).default(['en']),
  framework: z.union([IdSchema, JsonFileSchema, InlineObjectSchema]).default('caring-neighbourhoods'),
  indicatorSet: z.union([IdSchema, JsonFileSchema, InlineObjectSchema]).optional(),
  theoryOfChange: z.union([JsonFileSchema, InlineObjectSchema]).optional(),
  surveys: z.array(JsonFileSchema).default([]),
  waves: z.array(ProjectWaveSchema).min(1).optional(),
  compare: z.array(z.strictObject({ from: z.string().min(1), to: z.string().min(1) })).optional(),
  groupBy: z.array(z.string().min(1)).default([]),
  responses: z.string().min(1).optional(),
  mapping: JsonFileSchema.optional(),
  context: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])).optional(),
});

/** A `project.json` as the CLI uses it (defaults applied). */
export type ProjectFile = z.infer<typeof ProjectFileSchema>;
/** A `project.json` as written (defaults optional). */
export type ProjectFileInput = z.input<typeof ProjectFileSchema>;
