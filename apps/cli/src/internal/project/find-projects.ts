import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CliError } from '../../cli-error.js';
import { describeFsError } from '../files/read-text-file.js';

/** The project.json files of a batch folder: `<folder>/<project>/project.json`, in name order. */
export async function findProjects(folder: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = (await readdir(folder)).sort();
  } catch (error) {
    throw new CliError('io', `Cannot read ${folder}: ${describeFsError(error)}`, { cause: error });
  }
  const files: string[] = [];
  for (const entry of entries) {
    const file = join(folder, entry, 'project.json');
    if ((await stat(file).catch(() => undefined))?.isFile()) files.push(file);
  }
  return files;
}
