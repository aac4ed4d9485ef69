import type { IndicatorDefinition } from './indicator-definition.js';
import {
  checkIndicatorDefinitions,
  type ValidateIndicatorDefinitionsOptions,
} from './internal/check-definitions.js';
import type { Result } from './issue.js';

export type { ValidateIndicatorDefinitionsOptions } from './internal/check-definitions.js';

/**
 * Validates a list of indicator definitions (parsed JSON), alone and as a set: the schema, duplicate
 * ids, items each kind needs, success rules, reverse coding, `minItems`, scorers for `scale`
 * indicators, composite components (existing, not counts, no cycles) and, when `questions` is
 * given, unknown question names. Returns the parsed definitions or all issues, each with a path
 * such as `definitions[3].items[1]`. Never throws.
 *
 * @example
 * const result = validateIndicatorDefinitions(json.indicators, { questions: ['q1', 'q2'] });
 * if (!result.ok) result.issues.forEach((i) => console.log(`${formatPath(i.path)}: ${i.message}`));
 */
export function validateIndicatorDefinitions(
  input: unknown,
  options: ValidateIndicatorDefinitionsOptions = {},
): Result<IndicatorDefinition[]> {
  if (!Array.isArray(input)) {
    return {
      ok: false,
      issues: [
        {
          code: 'invalid-type',
          path: options.path ?? ['definitions'],
          message: 'expected an array of definitions',
        },
      ],
    };
  }
  const { checked, issues } = checkIndicatorDefinitions(input, options);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: checked.map((candidate) => candidate.definition) };
}
