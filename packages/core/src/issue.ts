/**
 * One problem found while validating a definition, a framework, a theory of change,
 * a response or records. Shaped like Zod's issues so callers can treat them alike.
 */
export interface Issue {
  /** A stable machine-readable code, e.g. `unknown-question` or `cycle`. */
  code: string;
  /** Where the problem is, from the root of the validated value. */
  path: (string | number)[];
  /** A sentence a person can act on. */
  message: string;
  /** `error` blocks use; `warning` is reported but does not. Defaults to `error`. */
  severity?: 'error' | 'warning';
}

/** The outcome of a validation: the value (possibly cleaned) or the issues found. */
export type Result<T> = { ok: true; value: T; warnings?: Issue[] } | { ok: false; issues: Issue[] };

/** Formats an issue path the way messages show it: `definitions[3].items[1]`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}
