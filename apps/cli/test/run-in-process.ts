import { runCli } from '../src/index.js';
import type { CliRun } from './run-neighbourly.js';

/**
 * Runs the CLI in this process through `runCli` with captured output streams: the same code path as the
 * binary, without the start-up cost of a child process. Used for the many small cases; every command also has
 * child-process tests.
 */
export async function runInProcess(args: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['node', 'neighbourly', ...args], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}
