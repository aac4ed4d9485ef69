import { type Framework, LanguageSchema, type ProgrammeResults } from '@neighbourly/core';
import { z } from 'zod';

/** Options of the programme report. */
export const ProgrammeReportOptionsSchema = z.strictObject({
  /** Report language (default `en`). */
  lang: LanguageSchema.default('en'),
  /** Title on the cover; default: the programme's name or "Programme report". */
  title: z.string().min(1).max(200).optional(),
  /** Wave labels by wave id (default: the ids). */
  waveLabels: z.record(z.string(), z.string().min(1)).optional(),
  /** Names of context variables by column name (default: the names). */
  variableLabels: z.record(z.string(), z.string().min(1)).optional(),
  /** Project names by id (default: the names in the programme, else the ids). */
  projectNames: z.record(z.string(), z.string().min(1)).optional(),
  /** The date printed on the cover (default: now). */
  generatedAt: z.coerce.date().optional(),
});
/** Options of the programme report as written (defaults optional). */
export type ProgrammeReportOptions = z.input<typeof ProgrammeReportOptionsSchema>;

/** What `renderProgrammeReport` draws: pooled results from `aggregateProgramme`, and the framework for objective names. */
export interface ProgrammeReportInput {
  programme: ProgrammeResults;
  /** For objective names and the outcome/process split (default: the caring-neighbourhoods framework). */
  framework?: Framework;
  options?: ProgrammeReportOptions;
}
