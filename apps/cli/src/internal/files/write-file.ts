import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CliError } from '../../cli-error.js';
import { describeFsError } from './read-text-file.js';

/** Writes a file, creating its folder; failures are a CliError `io` (exit 3) naming the file. */
export async function writeOutputFile(file: string, content: string | Uint8Array, flag: 'w' | 'wx' = 'w') {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content, { flag });
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    const reason = exists ? 'the file exists (use --force to overwrite)' : describeFsError(error);
    throw new CliError('io', `Cannot write ${file}: ${reason}`, { cause: error });
  }
}

/** Pretty JSON with a final newline, as the CLI writes every JSON file. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
