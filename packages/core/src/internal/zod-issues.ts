import type { z } from 'zod';
import type { Issue } from '../issue.js';

/** Turns Zod's issues into ours, prefixing each path (e.g. with `['definitions', 3]`). */
export function fromZodIssues(error: z.ZodError, prefix: readonly (string | number)[] = []): Issue[] {
  return error.issues.map((issue) => ({
    code: issue.code.replaceAll('_', '-'),
    path: [...prefix, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))],
    message: issue.message,
  }));
}
