import { type CliProblem, formatProblem } from '../cli-error.js';
import { type Colours, coloursFor } from './output/colours.js';

/** A stream the CLI writes to. */
export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Where commands write and how they talk to the user. */
export interface CliContext {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Colours for text written to stdout (off unless stdout is a terminal). */
  colours: Colours;
  /** Colours for text written to stderr (off unless stderr is a terminal). */
  errorColours: Colours;
  /** Writes located problems to stderr, one per line, errors in red and warnings in yellow. */
  reportProblems(problems: readonly CliProblem[]): void;
  /** Writes a note to stderr (progress and summaries that are not the command's result). */
  info(message: string): void;
}

/** A context on the given streams. */
export function createContext(stdout: OutputStream, stderr: OutputStream): CliContext {
  const errorColours = coloursFor(stderr);
  return {
    stdout,
    stderr,
    colours: coloursFor(stdout),
    errorColours,
    reportProblems(problems) {
      for (const problem of problems) {
        const warning = problem.severity === 'warning';
        const label = warning ? errorColours.yellow('warning') : errorColours.red('error');
        stderr.write(`${label}: ${formatProblem(problem)}\n`);
      }
    },
    info(message) {
      stderr.write(`${message}\n`);
    },
  };
}
