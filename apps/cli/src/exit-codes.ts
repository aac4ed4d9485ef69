/**
 * The exit codes of the `neighbourly` command. Scripts can rely on them:
 *
 * - `0` (`ok`): the command did what was asked;
 * - `1` (`validation`): the input was read but has problems (a definition with errors, a CSV row that is
 *   not a number, a batch where some reports failed);
 * - `2` (`usage`): the command line is wrong (unknown option, missing argument, bad option value);
 * - `3` (`io`): a file could not be read or written, or the store could not be opened or used.
 */
export const exitCodes = {
  ok: 0,
  validation: 1,
  usage: 2,
  io: 3,
} as const;

/** One of the documented exit codes. */
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
