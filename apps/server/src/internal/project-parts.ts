import {
  caringNeighbourhoodsFramework,
  type Framework,
  type IndicatorSet,
  IndicatorSetSchema,
  starterTheoryOfChange,
  type TheoryOfChange,
  validateTheoryOfChange,
} from '@neighbourly/core';
import type { JsonObject, Project } from '@neighbourly/store';
import { allTemplateIndicators } from '@neighbourly/surveys';
import { HttpProblem, type ProblemFieldError } from '../http-problem.js';
import { issuesToFieldErrors } from './to-http-problem.js';

/** The frameworks the server knows by id. */
export function frameworkById(id: string): Framework | undefined {
  return id === caringNeighbourhoodsFramework.id ? caringNeighbourhoodsFramework : undefined;
}

/**
 * Checks the framework id, indicator set and theory of change of a project body (create or patch, merged
 * with the stored project) and throws 422 with every problem found.
 */
export function checkProjectParts(parts: {
  frameworkId: string;
  indicatorSet?: JsonObject | null | undefined;
  theoryOfChange?: JsonObject | null | undefined;
}): void {
  const errors: ProblemFieldError[] = [];
  const framework = frameworkById(parts.frameworkId);
  if (framework === undefined) {
    errors.push({ path: 'body.frameworkId', message: `unknown framework "${parts.frameworkId}"` });
  }
  let indicators: IndicatorSet['indicators'] | undefined;
  if (parts.indicatorSet != null) {
    const parsed = IndicatorSetSchema.safeParse(parts.indicatorSet);
    if (parsed.success) indicators = parsed.data.indicators;
    else {
      errors.push(
        ...parsed.error.issues.map((issue) => ({
          path: ['body', 'indicatorSet', ...issue.path.map(String)].join('.'),
          message: issue.message,
        })),
      );
    }
  }
  if (parts.theoryOfChange != null) {
    const result = validateTheoryOfChange(parts.theoryOfChange, {
      ...(framework === undefined ? {} : { framework }),
      ...(indicators === undefined ? {} : { indicators }),
    });
    if (!result.ok) errors.push(...issuesToFieldErrors(result.issues, 'body.theoryOfChange'));
  }
  if (errors.length > 0) {
    throw new HttpProblem(422, 'validation', 'The project is not valid.', { errors });
  }
}

/** The project's indicator set, parsed (it was checked when stored); undefined when it has none. */
export function projectIndicatorSet(project: Project): IndicatorSet | undefined {
  if (project.indicatorSet === undefined) return undefined;
  const parsed = IndicatorSetSchema.safeParse(project.indicatorSet);
  return parsed.success ? parsed.data : undefined;
}

/** The project's theory of change, validated; undefined when it has none. */
export function projectTheoryOfChange(project: Project): TheoryOfChange | undefined {
  if (project.theoryOfChange === undefined) return undefined;
  const result = validateTheoryOfChange(project.theoryOfChange);
  return result.ok ? result.value : undefined;
}

/**
 * The indicator set and theory of change a new project starts with: what the body gives, else the indicators
 * of every questionnaire template (so a survey from a template is accepted at once) and a starter theory of
 * change of the framework that those indicators measure. Call after {@link checkProjectParts}.
 */
export function withStarterParts(body: {
  frameworkId: string;
  indicatorSet?: JsonObject | undefined;
  theoryOfChange?: JsonObject | undefined;
}): { indicatorSet: JsonObject; theoryOfChange?: JsonObject } {
  const given = body.indicatorSet === undefined ? undefined : IndicatorSetSchema.parse(body.indicatorSet);
  const indicatorSet = given ?? allTemplateIndicators();
  const framework = frameworkById(body.frameworkId);
  const theoryOfChange =
    body.theoryOfChange ??
    (framework === undefined ? undefined : toJson(starterTheoryOfChange(framework, indicatorSet)));
  return {
    indicatorSet: body.indicatorSet ?? toJson(indicatorSet),
    ...(theoryOfChange === undefined ? {} : { theoryOfChange }),
  };
}

function toJson(value: unknown): JsonObject {
  return JSON.parse(JSON.stringify(value)) as JsonObject;
}
