import { IdSchema, IndicatorSetSchema, RespondentGroupSchema } from '@neighbourly/core';
import { Serializer } from 'survey-core';
import { z } from 'zod';

/** The CAIMeR component a question informs: Context, Actors, Interventions, Mechanisms, Results. */
export const CaimerComponentSchema = z.enum(['context', 'actor', 'intervention', 'mechanism', 'result']);
/** `context`, `actor`, `intervention`, `mechanism` or `result`. */
export type CaimerComponent = z.infer<typeof CaimerComponentSchema>;

/** The three survey rounds of the CAIMeR research design. */
export const SurveyRoundSchema = z.enum(['governance', 'process', 'outcomes']);
/** `governance`, `process` or `outcomes`. */
export type SurveyRound = z.infer<typeof SurveyRoundSchema>;

/**
 * The `neighbourly` property of a SurveyJS question: what its answer measures.
 *
 * @example
 * { "type": "rating", "name": "knows_neighbour", "neighbourly": { "caimer": "mechanism", "round": "outcomes",
 *   "objectives": ["social-cohesion"], "indicators": ["knows-neighbour-for-help"], "groups": ["resident"] } }
 */
export const QuestionMetadataSchema = z
  .object({
    caimer: CaimerComponentSchema.optional(),
    round: SurveyRoundSchema.optional(),
    /** Framework objective ids the answer informs. */
    objectives: z.array(IdSchema).optional(),
    /** Indicator ids that read this answer. */
    indicators: z.array(IdSchema).optional(),
    /** Respondent groups the question is meant for. */
    groups: z.array(RespondentGroupSchema).optional(),
    /**
     * A background (equity) variable: results may be broken down by its answer. Background
     * questions are always optional for respondents.
     */
    background: z.boolean().optional(),
    /** The question is an item of a validated instrument, e.g. `{ id: 'who-5', item: 'who5_1' }`. */
    instrument: z
      .object({ id: z.string().min(1), item: z.string().min(1) })
      .strict()
      .optional(),
  })
  .strict();
/** Neighbourly metadata of one question. */
export type QuestionMetadata = z.infer<typeof QuestionMetadataSchema>;

/**
 * The `neighbourly` property of a SurveyJS survey (the root of the definition): the round, the
 * respondent groups and the indicators the survey feeds, declared inline or referenced by id.
 */
export const SurveyMetadataSchema = z
  .object({
    round: SurveyRoundSchema.optional(),
    groups: z.array(RespondentGroupSchema).optional(),
    /** Languages every text of the survey must have (checked by `lintSurveyDefinition`). */
    languages: z.array(z.string().regex(/^[a-z]{2}(-[a-z]{2,4})?$/i)).optional(),
    /** The framework the objective ids refer to (default: the caring-neighbourhoods framework). */
    frameworkId: IdSchema.optional(),
    /** An indicator set declared inside the definition. */
    indicatorSet: IndicatorSetSchema.optional(),
    /** Or the id of an indicator set kept elsewhere (e.g. a template's). */
    indicatorSetId: IdSchema.optional(),
  })
  .strict();
/** Neighbourly metadata of a whole survey. */
export type SurveyMetadata = z.infer<typeof SurveyMetadataSchema>;

/** The name of the custom property on questions and on the survey. */
export const metadataPropertyName = 'neighbourly';

/**
 * Registers the `neighbourly` property on SurveyJS questions and surveys with survey-core's
 * `Serializer`, so that `new Model(json)` keeps it (no "unknown property" error) and `toJSON()` writes
 * it back. Idempotent: calling it again does nothing. Every function of this package that builds a
 * survey-core model calls it first; call it yourself before creating models elsewhere (e.g. in the
 * browser, before rendering with a SurveyJS UI package).
 *
 * @returns `true` when it registered the property now, `false` when it was already registered.
 */
export function registerNeighbourlyProperties(): boolean {
  let added = false;
  for (const className of ['question', 'survey', 'panel', 'page']) {
    if (Serializer.findProperty(className, metadataPropertyName)) continue;
    // No declared type: survey-core stores and serialises the JSON object as given.
    Serializer.addProperty(className, {
      name: metadataPropertyName,
      visible: false,
      isSerializable: true,
    });
    added = true;
  }
  return added;
}
