import type { JsonObject, SurveyVersion } from '@neighbourly/store';
import { type ValidateResponseOptions, validateResponse } from '@neighbourly/surveys';
import { HttpProblem } from '../http-problem.js';
import { issuesToFieldErrors } from './to-http-problem.js';

/**
 * Validates answers with @neighbourly/surveys against a wave's locked survey version: 422 with one error per
 * question otherwise. Online, paper and interview answers all pass through here (paper and interview ones
 * with `missingAnswers: 'allow'`: a question left blank on paper is recorded as unanswered).
 */
export function checkAnswers(
  version: SurveyVersion,
  answers: Record<string, unknown>,
  options: Pick<ValidateResponseOptions, 'missingAnswers'> = {},
): JsonObject {
  const result = validateResponse(version.definition, answers, {
    ...options,
    cacheKey: `${version.surveyId}@${version.version}`,
  });
  if (!result.ok) {
    throw new HttpProblem(422, 'validation', 'Some answers are missing or not valid.', {
      errors: issuesToFieldErrors(result.issues, 'body.answers'),
    });
  }
  return result.value as JsonObject;
}
