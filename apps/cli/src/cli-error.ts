import { type ExitCode, exitCodes } from './exit-codes.js';

/** What went wrong, as a stable string. */
export type CliErrorCode = 'validation' | 'usage' | 'io';

/** One located problem: `file:line:column field: message`. */
export interface CliProblem {
  /** The file the problem is in, as the user named it. */
  file?: string;
  /** 1-based line in the file (for CSV: the physical line of the record). */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
  /** The field, column or JSON path concerned. */
  field?: string;
  message: string;
  /** Warnings are shown but do not fail the command. */
  severity?: 'error' | 'warning';
}

/**
 * An error the CLI reports to the user without a stack trace (unless `--debug`): its `code` decides the exit
 * code, and `problems` lists each located problem on its own line.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly code: CliErrorCode;
  readonly problems: readonly CliProblem[];

  constructor(
    code: CliErrorCode,
    message: string,
    options: { cause?: unknown; problems?: CliProblem[] } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.problems = options.problems ?? [];
  }

  /** The exit code this error ends the command with. */
  get exitCode(): ExitCode {
    return exitCodes[this.code];
  }
}

/** Formats a problem as `file:line:column field: message` (parts that are unknown are left out). */
export function formatProblem(problem: CliProblem): string {
  let where = problem.file ?? '';
  if (problem.line !== undefined) where += `${where === '' ? 'line ' : ':'}${problem.line}`;
  if (problem.line !== undefined && problem.column !== undefined) where += `:${problem.column}`;
  const field = problem.field === undefined || problem.field === '' ? '' : problem.field;
  const location = [where, field].filter((part) => part !== '').join(' ');
  return location === '' ? problem.message : `${location}: ${problem.message}`;
}
