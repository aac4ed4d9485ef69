import type { JsonObject, SurveyVersion } from '@neighbourly/store';
import { validateResponse } from '@neighbourly/surveys';
import { HttpProblem } from '../http-problem.js';
import { issuesToFieldErrors } from './to-http-problem.js';

/**
 * Validates answers with @neighbourly/surveys against a wave's locked survey version: 422 with one error per
 * question otherwise. Online, paper and interview answers all pass through here.
 */
export function checkAnswers(version: SurveyVersion, answers: Record<string, unknown>): JsonObject {
  const result = validateResponse(version.definition, answers, {
    cacheKey: `${version.surveyId}@${version.version}`,
  });
  if (!result.ok) {
    throw new HttpProblem(422, 'validation', 'Some answers are missing or not valid.', {
      errors: issuesToFieldErrors(result.issues, 'body.answers'),
    });
  }
  return result.value as JsonObject;
}
