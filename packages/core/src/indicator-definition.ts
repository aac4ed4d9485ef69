import { z } from 'zod';
import { LocalizedTextSchema } from './language.js';

/** Stable identifiers are kebab-case: `knows-neighbour-for-help`. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (lower-case letters, digits and single hyphens)');

/** The respondent groups questions and indicators can be meant for. */
export const RespondentGroupSchema = z.enum([
  'resident',
  'volunteer',
  'professional',
  'coordinator',
  'coach',
]);
/** A respondent group: `resident`, `volunteer`, `professional`, `coordinator` or `coach`. */
export type RespondentGroup = z.infer<typeof RespondentGroupSchema>;

/** Whether a higher value of an indicator is progress or regress. */
export const DirectionSchema = z.enum(['higher-is-better', 'lower-is-better']);
/** `higher-is-better` or `lower-is-better`. */
export type Direction = z.infer<typeof DirectionSchema>;

/** What makes a respondent count as a "success" in a proportion indicator. */
export const SuccessRuleSchema = z.union([
  /** A numeric answer compared with a threshold, e.g. `{ op: 'gte', value: 4 }` on a 1-5 scale. */
  z.object({ op: z.enum(['gte', 'gt', 'lte', 'lt', 'eq']), value: z.number() }),
  /** The answer (or any selected choice of a multiple choice) is one of these values. */
  z.object({ anyOf: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1) }),
]);
/** A proportion's success rule: a numeric threshold or a set of accepted values. */
export type SuccessRule = z.infer<typeof SuccessRuleSchema>;

/**
 * A scoring function for `scale` indicators: turns one respondent's answers into a score,
 * or `null` when the instrument's missing-data rule says the score cannot be computed.
 * Instruments in `@neighbourly/surveys` supply these.
 */
export type ScoreFunction = (answers: Readonly<Record<string, unknown>>) => number | null;

const ScoreFunctionSchema = z.custom<ScoreFunction>((value) => typeof value === 'function', {
  message: 'must be a scoring function',
});

/**
 * An indicator: how one number is computed from questionnaire answers for one project,
 * one wave and optionally one subgroup.
 *
 * - `mean`: the mean over respondents of the item (or of each respondent's mean of several
 *   items, after reverse coding; a respondent needs at least `minItems` answered items).
 * - `proportion`: the share of respondents whose answer meets `success` (for several items, a
 *   threshold rule compares the respondent's item mean; an `anyOf` rule accepts any matching item).
 * - `count`: the number of respondents who gave a valid answer meeting `success` (or any answer
 *   when `success` is absent).
 * - `scale`: a validated instrument's score, computed per respondent by `score` (in memory) or by
 *   the scorer registered under `instrument` and passed to the engine.
 * - `composite`: a weighted combination of other indicators (`components`, not counts): each
 *   respondent's weighted mean of their component values (weights normalised), averaged over the
 *   respondents who have every component; without missing values this equals the weighted mean of
 *   the component means, and it gets a CI and wave tests like a mean.
 *
 * @example
 * IndicatorDefinitionSchema.parse({
 *   id: 'social-cohesion-score', label: { en: 'Social cohesion (1-5)' }, objectiveId: 'social-cohesion',
 *   kind: 'mean', items: ['c1', 'c2', 'c3'], reverse: ['c3'], scale: { min: 1, max: 5 }, minItems: 2,
 * });
 */
export const IndicatorDefinitionSchema = z
  .object({
    id: IdSchema,
    label: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    objectiveId: IdSchema,
    kind: z.enum(['mean', 'proportion', 'count', 'scale', 'composite']),
    /** Question names (after `toRecords` flattening) the indicator reads. */
    items: z.array(z.string().min(1)).default([]),
    /** Items whose answers are reverse-coded (`min + max - x`) before use; needs `scale`. */
    reverse: z.array(z.string().min(1)).optional(),
    /** The answer scale of the items, e.g. `{ min: 1, max: 5 }`. */
    scale: z.object({ min: z.number(), max: z.number() }).optional(),
    /** Minimum answered items for a respondent's multi-item score (default: all items). */
    minItems: z.number().int().positive().optional(),
    success: SuccessRuleSchema.optional(),
    /** For `scale`: the instrument id whose scorer computes the score (e.g. `who-5`). */
    instrument: z.string().min(1).optional(),
    /** For `scale`: the instrument's subscale, when it has several. */
    subscale: z.string().min(1).optional(),
    /** For `scale` in memory: the scoring function itself (not serialisable). */
    score: ScoreFunctionSchema.optional(),
    /** For `composite`: other indicators and their weights. */
    components: z.array(z.object({ indicatorId: IdSchema, weight: z.number().positive() })).optional(),
    direction: DirectionSchema.default('higher-is-better'),
    /** How values are shown: a share (0-1, shown as %), a score, or a count. */
    unit: z.enum(['share', 'score', 'count']).optional(),
    baseline: z.number().optional(),
    target: z.number().optional(),
    respondentGroups: z.array(RespondentGroupSchema).optional(),
    /** Cells with fewer respondents than this are suppressed (privacy). */
    minCellSize: z.number().int().min(1).default(5),
  })
  .strict();

/** An indicator definition as the engine uses it (defaults applied). */
export type IndicatorDefinition = z.infer<typeof IndicatorDefinitionSchema>;
/** An indicator definition as written in JSON (defaults optional). */
export type IndicatorDefinitionInput = z.input<typeof IndicatorDefinitionSchema>;

/** A named set of indicator definitions, as a project or a template ships it. */
export const IndicatorSetSchema = z
  .object({
    id: IdSchema,
    label: LocalizedTextSchema.optional(),
    frameworkId: IdSchema.optional(),
    indicators: z.array(IndicatorDefinitionSchema),
  })
  .strict();
/** A named set of indicator definitions. */
export type IndicatorSet = z.infer<typeof IndicatorSetSchema>;
