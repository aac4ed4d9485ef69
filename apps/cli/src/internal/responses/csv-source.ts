import { join } from 'node:path';
import type { LoadedProject } from '../project/load-project.js';
import type { CsvSource } from './read-records.js';

/**
 * The survey and mapping a CSV of responses is read with: the command-line options, else the project's only
 * survey and its `mapping` (paths in project.json are relative to it).
 */
export function csvSource(loaded: LoadedProject, options: { survey?: string; mapping?: string }): CsvSource {
  const { project, dir } = loaded;
  const onlySurvey = project.surveys.length === 1 ? project.surveys[0] : undefined;
  const survey = options.survey ?? (onlySurvey === undefined ? undefined : join(dir, onlySurvey));
  const mapping = options.mapping ?? (project.mapping === undefined ? undefined : join(dir, project.mapping));
  return { ...(survey === undefined ? {} : { survey }), ...(mapping === undefined ? {} : { mapping }) };
}
