import {
  IdSchema,
  type IndicatorDefinitionInput,
  type IndicatorResults,
  type Language,
  LanguageSchema,
  type LocalizedText,
  LocalizedTextSchema,
  type TheoryOfChangeInput,
  type WaveComparison,
} from '@neighbourly/core';
import { z } from 'zod';

const IsoDateSchema = z.iso.date();

/** A text given once for all languages, or per language. */
export const ReportTextSchema = z.union([z.string().min(1), LocalizedTextSchema]);
/** A plain string or a `{ nl, fr, en }` text. */
export type ReportText = z.infer<typeof ReportTextSchema>;

/** One survey wave as the report names it. */
export const ReportWaveSchema = z
  .object({
    /** The wave id used in the indicator results. */
    id: z.string().min(1),
    label: ReportTextSchema,
    /** When the wave was fielded (ISO date), shown on the cover. */
    date: IsoDateSchema.optional(),
    /** How many people were invited, for the response rate. */
    invited: z.number().int().positive().optional(),
  })
  .strict();
/** A survey wave: id, label, optional date and number invited. */
export type ReportWave = z.infer<typeof ReportWaveSchema>;

/** How a grouping variable (an equity dimension) and its values are named in the report. */
export const ReportGroupLabelSchema = z
  .object({
    label: ReportTextSchema,
    values: z.record(z.string(), ReportTextSchema).optional(),
  })
  .strict();

/** The project a report is about, as the cover and the texts need it. */
export const ReportProjectSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1),
    neighbourhood: z.string().min(1).optional(),
    municipality: z.string().min(1).optional(),
    organisation: z.string().min(1).optional(),
    period: z.object({ start: IsoDateSchema, end: IsoDateSchema }).strict().optional(),
    /** The waves in chronological order; results for waves not listed here are ignored. */
    waves: z.array(ReportWaveSchema).min(1),
    /** The languages the project works in (shown on the cover). */
    languages: z.array(LanguageSchema).optional(),
    /** Labels of the grouping variables in the results (`age_band` → "Age band"). */
    groups: z.record(z.string(), ReportGroupLabelSchema).optional(),
  })
  .strict();
/** A project as the report uses it. */
export type ReportProject = z.infer<typeof ReportProjectSchema>;
/** A project as written in JSON. */
export type ReportProjectInput = z.input<typeof ReportProjectSchema>;

/**
 * The sections of the default template, in their default order. `outcomes` expands to one section per
 * outcome objective of the framework; `process` is one section for all process objectives.
 */
export const reportSections = [
  'cover',
  'contents',
  'summary',
  'theory-of-change',
  'outcomes',
  'process',
  'method',
] as const;

/** A section id: `cover`, `contents`, `summary`, `theory-of-change`, `outcomes`, `process` or `method`. */
export const ReportSectionSchema = z.enum(reportSections);
/** A section of the report. */
export type ReportSection = z.infer<typeof ReportSectionSchema>;

/** Options that change what the report shows and how. */
export const ReportOptionsSchema = z
  .object({
    /** Which sections to render, in this order (default: all, in the order of `reportSections`). */
    sections: z.array(ReportSectionSchema).min(1).optional(),
    /** The title on the cover and in the metadata (default: "Impact report" in the report language). */
    title: z.string().min(1).optional(),
    /** The author in the metadata (default: the organisation). */
    author: z.string().min(1).optional(),
    /** The date printed as "generated" and stored as creation date (default: now). */
    generatedAt: z.union([z.date(), z.iso.datetime(), IsoDateSchema]).optional(),
    /** Indicators on the summary page, in this order (default: every indicator of an outcome objective). */
    keyIndicators: z.array(IdSchema).optional(),
    /** Limit the objective sections to these objectives (default: all objectives of the framework). */
    objectives: z.array(IdSchema).optional(),
    /** `vector` (default) draws charts as vector graphics; `png` embeds high-resolution images. */
    charts: z.enum(['vector', 'png']).default('vector'),
  })
  .strict();
/** Report options with defaults applied. */
export type ReportOptions = z.infer<typeof ReportOptionsSchema>;
/** Report options as a caller writes them. */
export type ReportOptionsInput = z.input<typeof ReportOptionsSchema>;

/** An objective of the framework as the report needs it. */
export interface ReportObjective {
  id: string;
  label: LocalizedText;
  description?: LocalizedText | undefined;
}

/**
 * The part of a `Framework` (from `@neighbourly/core`) the report reads: its outcome and process
 * objectives. Any core `Framework` fits.
 */
export interface ReportFramework {
  label?: LocalizedText;
  outcomeObjectives: readonly ReportObjective[];
  processObjectives: readonly ReportObjective[];
}

/** Everything `renderImpactReport` needs. Plain data: it can be sent to a worker thread. */
export interface ImpactReportInput {
  project: ReportProjectInput;
  framework: ReportFramework;
  /** The indicator definitions the results were computed with (labels, direction, unit, target). */
  indicators: readonly IndicatorDefinitionInput[];
  /** The project's theory of change; its outcome boxes are coloured by the status of their indicators. */
  theoryOfChange?: TheoryOfChangeInput | undefined;
  /** What `computeIndicators` returned. */
  results: IndicatorResults;
  /** What `compareWaves` returned for baseline → latest wave; without it the report shows levels only. */
  comparison?: WaveComparison | undefined;
  /** The report language. */
  lang: Language;
  options?: ReportOptionsInput | undefined;
}
