import { readFile } from 'node:fs/promises';
import { CliError } from '../../cli-error.js';

/** Explains a file system error in words, e.g. `no such file`. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, expected a file';
    case 'ENOTDIR':
      return 'a parent of this path is not a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Reads a UTF-8 text file; an unreadable file is a CliError `io` (exit 3) naming it. */
export async function readTextFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError('io', `Cannot read ${file}: ${describeFsError(error)}`, { cause: error });
  }
}
