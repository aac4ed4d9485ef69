import type { Issue } from '@neighbourly/core';

/**
 * Why `validateResponse` rejected an answer.
 *
 * Checks survey-core also makes (see {@link surveyCoreIssueCodes}):
 * - `required` — a visible, enabled question (or panel/page) that is required (statically or by
 *   `requiredIf`) has no answer;
 * - `rows-required` — a matrix with `eachRowRequired` lacks an answer in a visible row;
 * - `comment-required` — "other" is chosen but its comment is empty;
 * - `too-few-choices` — fewer choices than `minSelectedChoices`;
 * - `out-of-range` — a text question's `min`/`max`;
 * - `validator` — one of the question's validators (numeric, text, e-mail, regex, answer count,
 *   expression) failed.
 *
 * Checks survey-core does not make (it lets these through):
 * - `unknown-question` — an answer under a name the definition does not have;
 * - `hidden-answer` — an answer to a question hidden by its conditions (only with `hiddenAnswers: 'reject'`);
 * - `wrong-type`, `unknown-choice`, `unknown-row`, `unknown-item`, `duplicate-choice`,
 *   `too-many-choices`, `exclusive-choice`, `too-long`, `invalid-email`, `not-on-scale` (a rating
 *   that is not one of the scale's values);
 * - `not-an-object` — the response is not a JSON object; `too-large` — over the size limit.
 */
export type ResponseIssueCode =
  | 'required'
  | 'rows-required'
  | 'comment-required'
  | 'too-few-choices'
  | 'out-of-range'
  | 'validator'
  | 'not-on-scale'
  | 'unknown-question'
  | 'hidden-answer'
  | 'wrong-type'
  | 'unknown-choice'
  | 'unknown-row'
  | 'unknown-item'
  | 'duplicate-choice'
  | 'too-many-choices'
  | 'exclusive-choice'
  | 'too-long'
  | 'invalid-email'
  | 'not-an-object'
  | 'too-large'
  | 'survey-core';

/** An issue found in a response; `path[0]` is the question (or panel/page) name. */
export interface ResponseIssue extends Issue {
  code: ResponseIssueCode;
}

/**
 * The issue codes that correspond to checks survey-core itself makes in `model.validate()`.
 * Differential tests compare exactly these with survey-core's errors.
 */
export const surveyCoreIssueCodes: ReadonlySet<ResponseIssueCode> = new Set<ResponseIssueCode>([
  'required',
  'rows-required',
  'comment-required',
  'too-few-choices',
  'out-of-range',
  'validator',
  'survey-core',
]);
