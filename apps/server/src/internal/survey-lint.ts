import type { Project } from '@neighbourly/store';
import { HttpProblem, type ProblemFieldError } from '../http-problem.js';

interface Element {
  name?: unknown;
  elements?: unknown;
  templateElements?: unknown;
}

function collectNames(
  elements: unknown,
  path: string,
  names: Map<string, string>,
  errors: ProblemFieldError[],
) {
  if (!Array.isArray(elements)) return;
  elements.forEach((element: Element, index) => {
    const here = `${path}[${index}]`;
    if (typeof element !== 'object' || element === null) {
      errors.push({ path: here, message: 'must be an element object' });
      return;
    }
    if (typeof element.name === 'string') {
      const first = names.get(element.name);
      if (first !== undefined)
        errors.push({ path: `${here}.name`, message: `"${element.name}" is also used at ${first}` });
      else names.set(element.name, here);
    }
    collectNames(element.elements, `${here}.elements`, names, errors);
  });
}

/**
 * Checks the structure of a SurveyJS definition before it is stored: pages with elements, and unique
 * element names (answers are keyed by name). Throws 422 with every problem; returns warnings.
 */
export function lintDefinition(definition: Record<string, unknown>, _project: Project): ProblemFieldError[] {
  const errors: ProblemFieldError[] = [];
  const names = new Map<string, string>();
  const pages = definition.pages;
  if (Array.isArray(pages)) {
    for (const [index, page] of (pages as Element[]).entries()) {
      collectNames(page?.elements, `body.definition.pages[${index}].elements`, names, errors);
    }
  } else {
    collectNames(definition.elements, 'body.definition.elements', names, errors);
  }
  if (names.size === 0) errors.push({ path: 'body.definition', message: 'has no questions' });
  if (errors.length > 0)
    throw new HttpProblem(422, 'validation', 'The survey definition has errors.', { errors });
  return [];
}
