/**
 * Differential testing: validates generated responses with the compiled validator and with
 * survey-core, and reports every response on which they disagree about what survey-core checks.
 */
import { type ResponseValidator, surveyCoreIssueCodes } from '../../src/index.js';
import type { SurveyCoreOracle } from './response-generator.js';

/** One response on which the compiled validator and survey-core disagree. */
export interface Disagreement {
  data: Record<string, unknown>;
  onlySurveyCore: string[];
  onlyCompiled: string[];
}

/**
 * Compares on "everything survey-core checks": the set of elements survey-core reports errors for
 * must equal the set the validator reports survey-core-class issues for, ignoring the questions whose
 * answers the validator rejected as malformed (wrong type, unknown choice, off-scale…), which
 * survey-core does not check and on which its verdict is meaningless.
 */
export function compare(
  validator: ResponseValidator,
  oracle: SurveyCoreOracle,
  data: Record<string, unknown>,
): { disagreement: Disagreement | undefined; visible: Set<string> } {
  const result = validator.validate(data);
  const { errors, visible } = oracle.check(data);
  const mine = new Set<string>();
  const malformed = oracle.startPageQuestions();
  if (!result.ok) {
    for (const issue of result.issues) {
      const name = String(issue.path[0] ?? '');
      if (surveyCoreIssueCodes.has(issue.code)) mine.add(name);
      else malformed.add(name);
    }
  }
  const onlySurveyCore = [...errors].filter((name) => !mine.has(name) && !malformed.has(name));
  const onlyCompiled = [...mine].filter((name) => !errors.has(name) && !malformed.has(name));
  const disagrees = onlySurveyCore.length + onlyCompiled.length > 0;
  return { disagreement: disagrees ? { data, onlySurveyCore, onlyCompiled } : undefined, visible };
}
