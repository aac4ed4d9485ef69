/**
 * The survey definitions the differential and lint tests run over: the public SurveyJS surveys of the
 * shared fixtures (`../shared/fixtures/surveyjs-public` beside the clone; `../../shared` for a git
 * worktree one level deeper), and the synthetic ones committed here for the question types and
 * features those do not cover.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root. */
const root = resolve(import.meta.dirname, '..', '..', '..', '..');

/** The public SurveyJS surveys, or `undefined` when the shared fixtures are not beside the clone. */
export const publicSurveyDirectory: string | undefined = [
  join(root, '..', 'shared', 'fixtures', 'surveyjs-public'),
  join(root, '..', '..', 'shared', 'fixtures', 'surveyjs-public'),
].find((directory) => existsSync(directory));

/** Synthetic surveys: ranking, tagbox, image picker, dynamic panels and matrices, slider, triggers… */
export const syntheticSurveyDirectory = join(import.meta.dirname, '..', 'fixtures', 'synthetic');

/** A survey definition read from a fixture file. */
export interface FixtureSurvey {
  file: string;
  definition: object;
}

/** Reads every `.json` file of a directory, in name order; none when the directory is absent. */
export function readSurveys(directory: string | undefined): FixtureSurvey[] {
  if (!directory || !existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ file, definition: JSON.parse(readFileSync(join(directory, file), 'utf8')) as object }));
}
