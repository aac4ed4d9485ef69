import type { Project } from '@neighbourly/store';
import { lintSurveyDefinition } from '@neighbourly/surveys';
import { HttpProblem, type ProblemFieldError } from '../http-problem.js';
import { frameworkById, projectIndicatorSet } from './project-parts.js';
import { issuesToFieldErrors } from './to-http-problem.js';

/** Indicator ids named in the definition's question metadata (`neighbourly.indicators`). */
function referencedIndicators(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) referencedIndicators(item, found);
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const metadata = record.neighbourly as { indicators?: unknown } | undefined;
    if (Array.isArray(metadata?.indicators)) {
      for (const id of metadata.indicators) if (typeof id === 'string') found.add(id);
    }
    for (const key of ['pages', 'elements', 'templateElements']) referencedIndicators(record[key], found);
  }
  return found;
}

/**
 * Lints a SurveyJS definition with `lintSurveyDefinition` of @neighbourly/surveys against the project's
 * framework, languages and the indicators of its set that the definition's questions name (a project's
 * set spans several surveys, so only those are checked against this one). Throws 422 with the errors; returns the warnings.
 */
export function lintDefinition(definition: Record<string, unknown>, project: Project): ProblemFieldError[] {
  const framework = frameworkById(project.frameworkId);
  const referenced = referencedIndicators(definition);
  const indicators = (projectIndicatorSet(project)?.indicators ?? []).filter((indicator) =>
    referenced.has(indicator.id),
  );
  const result = lintSurveyDefinition(definition, {
    ...(framework === undefined ? {} : { framework }),
    indicators,
    languages: project.languages,
  });
  if (!result.ok) {
    throw new HttpProblem(422, 'validation', 'The survey definition has errors.', {
      errors: issuesToFieldErrors(result.issues, 'body.definition'),
    });
  }
  return issuesToFieldErrors(
    result.warnings.map(({ severity: _severity, ...issue }) => issue),
    'body.definition',
  );
}
