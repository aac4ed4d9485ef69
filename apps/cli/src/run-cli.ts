import { CommanderError } from 'commander';
import { CliError, type CliProblem } from './cli-error.js';
import { type ExitCode, exitCodes } from './exit-codes.js';
import { type CliContext, createContext, type OutputStream } from './internal/context.js';
import { createProgram } from './program.js';

/** Where {@link runCli} writes; defaults to the process's streams. */
export interface RunCliOptions {
  stdout?: OutputStream;
  stderr?: OutputStream;
}

function storeProblems(issues: readonly { path: (string | number)[]; message: string }[]): CliProblem[] {
  return issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
}

/**
 * How a StoreError ends the command: bad import data or input is a validation problem (1), anything else an
 * I/O or store error (3). The store (and its database driver) is loaded only to ask.
 */
async function fromStoreError(
  error: unknown,
): Promise<{ code: ExitCode; message: string; problems: CliProblem[] } | undefined> {
  if (!(error instanceof Error) || error.name !== 'StoreError') return undefined;
  const { isStoreError } = await import('@neighbourly/store');
  if (!isStoreError(error)) return undefined;
  const invalidData = error.code === 'invalid-import' || error.code === 'invalid-input';
  return {
    code: invalidData ? exitCodes.validation : exitCodes.io,
    message: `store: ${error.message}`,
    problems: error.code === 'invalid-input' ? storeProblems(error.issues) : [],
  };
}

/** Reports an error on stderr and returns the exit code it maps to. */
async function reportError(error: unknown, context: CliContext, debug: boolean): Promise<ExitCode> {
  const red = context.errorColours.red;
  let code: ExitCode;
  let problems: readonly CliProblem[] = [];
  let message: string;
  const storeError = await fromStoreError(error);
  if (error instanceof CliError) {
    code = error.exitCode;
    problems = error.problems;
    message = error.message;
  } else if (storeError) {
    ({ code, message, problems } = storeError);
  } else if (error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string') {
    code = exitCodes.io;
    message = error.message;
  } else {
    code = exitCodes.io;
    message = `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    if (!debug) message += ' (run again with --debug for details)';
  }
  context.reportProblems(problems);
  if (problems.length === 0 || problems.some((problem) => (problem.severity ?? 'error') === 'error')) {
    context.stderr.write(`${red('error')}: ${message}\n`);
  }
  if (debug && error instanceof Error && error.stack) {
    context.stderr.write(`${error.stack}\n`);
    let cause = error.cause;
    while (cause instanceof Error) {
      context.stderr.write(`caused by: ${cause.stack ?? cause.message}\n`);
      cause = cause.cause;
    }
  }
  return code;
}

/**
 * Runs the `neighbourly` command with `argv` (as `process.argv`: node, script, arguments…) and resolves the exit
 * code: 0 ok, 1 validation problems, 2 usage error, 3 I/O or store error. Never throws and never calls
 * `process.exit`; `bin.ts` sets `process.exitCode` from the result.
 */
export async function runCli(argv: readonly string[], options: RunCliOptions = {}): Promise<ExitCode> {
  const context = createContext(options.stdout ?? process.stdout, options.stderr ?? process.stderr);
  const debug = argv.includes('--debug');
  const program = createProgram(context);
  try {
    await program.parseAsync([...argv]);
    return exitCodes.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version end with exit code 0; every other parse error is a usage error.
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
    }
    return await reportError(error, context, debug);
  }
}
