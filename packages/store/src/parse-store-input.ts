import type { z } from 'zod';
import { StoreError } from './store-error.js';

/**
 * Validates a store input with its zod schema and returns the parsed value, or throws a
 * `StoreError` with code `invalid-input` whose `issues` say what is wrong where. Used by every store
 * implementation at its boundary.
 *
 * @example
 * const input = parseStoreInput(ProjectInputSchema, body, 'project');
 */
export function parseStoreInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    code: issue.code,
    path: issue.path.filter((part): part is string | number => typeof part !== 'symbol'),
    message: issue.message,
  }));
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
  throw new StoreError('invalid-input', `Invalid ${what}${where}: ${first?.message ?? 'invalid value'}`, {
    issues,
  });
}

/**
 * Checks that a value used to look a record up is a plain string and returns it. Anything else (an object such
 * as `{ "$gt": "" }` from a parsed request body, a number, `undefined`) throws `invalid-input`, so a lookup can
 * never be turned into a query operator.
 */
export function requireLookupString(value: unknown, what: string): string {
  if (typeof value !== 'string') {
    throw new StoreError('invalid-input', `Invalid ${what}: expected a string`, {
      issues: [{ code: 'invalid_type', path: [], message: 'expected a string' }],
    });
  }
  return value;
}
