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
