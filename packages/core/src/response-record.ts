import { z } from 'zod';

/**
 * One respondent's answers in one wave, as the indicator engine reads them: tidy, flat and
 * free of survey structure. Stores stream these; `@neighbourly/surveys` produces them from
 * SurveyJS results.
 *
 * - `respondentId`: a pseudonymous panel id; the same id in two waves links the answers, which
 *   allows paired tests. Leave it out for anonymous respondents.
 * - `group`: subgroup variables for breakdowns (`{ age_band: '65+', area: 'north' }`); the key
 *   `respondentGroup` (`resident`, `volunteer`, …) is used to select an indicator's `respondentGroups`.
 * - `answers`: question name → answer (number, numeric string, string, boolean or array of choices).
 */
export const ResponseRecordSchema = z.object({
  respondentId: z.string().min(1).optional(),
  waveId: z.string().min(1),
  group: z.record(z.string(), z.string()).optional(),
  answers: z.record(z.string(), z.unknown()),
});
/** A tidy response record; see {@link ResponseRecordSchema}. */
export type ResponseRecord = z.infer<typeof ResponseRecordSchema>;

/**
 * A batch of response records column by column, the fast way into the indicator engine: each
 * column holds one value per row, so a million answers to a question can be one `Float64Array`
 * (NaN = no answer) instead of a million objects. Batches and single records can be mixed in the
 * same stream.
 *
 * - `kind`: always `'columns'` (tells a batch from a record).
 * - `length`: the number of rows; every column must have at least this many entries.
 * - `waveId`, `respondentId`, `group[name]`: per row, as in {@link ResponseRecord} (`null` or
 *   `undefined` for "none").
 * - `answers[question]`: per row; typed arrays are read directly (NaN = missing), other array-likes
 *   may hold any answer a record may hold (numbers, strings, booleans, arrays of choices, null).
 *
 * @example
 * const batch: ResponseColumns = {
 *   kind: 'columns',
 *   length: 3,
 *   waveId: ['baseline', 'baseline', 'end'],
 *   group: { age_band: ['65+', '<30', '65+'] },
 *   answers: { q1: Float64Array.of(4, Number.NaN, 5), q2: ['yes', 'no', null] },
 * };
 */
export interface ResponseColumns {
  kind: 'columns';
  length: number;
  waveId: ArrayLike<string>;
  respondentId?: ArrayLike<string | null | undefined>;
  group?: Readonly<Record<string, ArrayLike<string | null | undefined>>>;
  answers: Readonly<Record<string, ArrayLike<unknown>>>;
}
