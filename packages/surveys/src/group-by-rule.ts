import type { Issue } from '@neighbourly/core';
import { listBackgroundQuestions } from './survey-records.js';

/** What results may be broken down by, besides the definitions' background questions. */
export interface GroupByChoices {
  /** SurveyJS definitions whose questions marked `neighbourly.background: true` may group results. */
  definitions: readonly unknown[];
  /** Respondent attributes known outside the answers (panel attributes, `respondentGroup`). */
  attributes?: Iterable<string>;
}

/**
 * Checks a `groupBy` list: results may only be broken down by respondent attributes and by questions marked
 * as background (equity) variables. Grouping by any other question would publish its answers: a free-text
 * question's answers become group labels with `n: 1`, and an indicator's own question gives away the exact
 * distribution the overall cell's suppression hides. Returns one issue per refused name (empty when all are
 * allowed), each naming what is allowed.
 *
 * @example
 * checkGroupBy(['remarks'], { definitions: [definition], attributes: ['respondentGroup'] })
 * // [{ code: 'group-by-not-allowed', path: [0], message: '"remarks" is not a respondent attribute or …' }]
 */
export function checkGroupBy(groupBy: readonly string[], choices: GroupByChoices): Issue[] {
  const allowed = new Set<string>(choices.attributes ?? []);
  for (const definition of choices.definitions)
    for (const name of listBackgroundQuestions(definition)) allowed.add(name);
  const listed = [...allowed].sort().join(', ') || 'none';
  return groupBy.flatMap((name, index) =>
    allowed.has(name)
      ? []
      : [
          {
            code: 'group-by-not-allowed',
            path: [index],
            message: `"${name}" is not a respondent attribute or a background question; results can be broken down by: ${listed}`,
          },
        ],
  );
}
