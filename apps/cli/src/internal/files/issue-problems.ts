import { formatPath, type Issue } from '@neighbourly/core';
import type { CliProblem } from '../../cli-error.js';
import type { JsonDocument } from './json-document.js';

/** The issue shape shared by core, surveys and zod-converted issues. */
export type IssueLike = Pick<Issue, 'path' | 'message'> & { code?: string; severity?: 'error' | 'warning' };

/**
 * Turns validation issues (paths inside a value) into located problems: the file, the line and column of the
 * value in that file, and the path as the field. `prefix` is where the validated value sits in the document.
 */
export function problemsFromIssues(
  document: JsonDocument,
  issues: readonly IssueLike[],
  prefix: readonly (string | number)[] = [],
): CliProblem[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const where = document.locate(path);
    return {
      file: document.file,
      ...(where ?? {}),
      field: formatPath(path),
      message: issue.code === undefined ? issue.message : `${issue.message} (${issue.code})`,
      severity: issue.severity ?? 'error',
    };
  });
}

/** Zod's issues in the shared shape. */
export function issuesFromZod(error: {
  issues: readonly { code: string; path: readonly PropertyKey[]; message: string }[];
}): IssueLike[] {
  return error.issues.map((issue) => ({
    code: issue.code.replaceAll('_', '-'),
    path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    message: issue.message,
  }));
}
