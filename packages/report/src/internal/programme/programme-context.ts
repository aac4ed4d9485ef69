import {
  caringNeighbourhoodsFramework,
  type Framework,
  type Language,
  listObjectives,
  localize,
  type ProgrammeIndicator,
  type ProgrammeMeasure,
  type ProgrammeResults,
} from '@neighbourly/core';
import { createFormatter, type Formatter } from '../format.js';
import { seriesColours } from '../palette.js';
import type { ReportDocument } from '../pdf/report-document.js';
import { type ProgrammeMessages, programmeMessagesFor } from './programme-messages.js';

/** Everything the programme report's sections share. */
export interface ProgrammeContext {
  rd: ReportDocument;
  programme: ProgrammeResults;
  lang: Language;
  t: ProgrammeMessages;
  fmt: Formatter;
  title: string;
  generatedAt: Date;
  wave: (id: string) => string;
  variable: (name: string) => string;
  project: (id: string) => string;
  indicator: (indicator: ProgrammeIndicator) => string;
  objective: (id: string | undefined) => { label: string; kind: 'outcome' | 'process' | 'other' };
  measure: (measure: ProgrammeMeasure) => string;
  /** Formats a value of an indicator: a level or a change, in its unit (shares as % or pp). */
  number: (indicator: ProgrammeIndicator, value: number, change: boolean) => string;
  clusterColour: (cluster: number) => string;
}

/** Builds the shared context from the options. */
export function programmeContext(options: {
  rd: ReportDocument;
  programme: ProgrammeResults;
  lang: Language;
  framework?: Framework | undefined;
  title?: string | undefined;
  generatedAt: Date;
  waveLabels?: Record<string, string> | undefined;
  variableLabels?: Record<string, string> | undefined;
  projectNames?: Record<string, string> | undefined;
}): ProgrammeContext {
  const { programme, lang } = options;
  const t = programmeMessagesFor(lang);
  const fmt = createFormatter(lang, t.points);
  const objectives = new Map(
    listObjectives(options.framework ?? caringNeighbourhoodsFramework).map((o) => [o.id, o]),
  );
  const names = new Map(
    programme.projects.map((p) => [p.id, options.projectNames?.[p.id] ?? p.name ?? p.id]),
  );
  const wave = (id: string) => options.waveLabels?.[id] ?? id;
  const signed = (text: string, value: number) => (value > 0 ? `+${text}` : text);
  return {
    rd: options.rd,
    programme,
    lang,
    t,
    fmt,
    title: options.title ?? programme.name ?? t.reportTitle,
    generatedAt: options.generatedAt,
    wave,
    variable: (name) => options.variableLabels?.[name] ?? name,
    project: (id) => names.get(id) ?? id,
    indicator: (indicator) => (indicator.label ? localize(indicator.label, lang) : indicator.id),
    objective: (id) => {
      const objective = id === undefined ? undefined : objectives.get(id);
      return objective
        ? { label: localize(objective.label, lang), kind: objective.kind }
        : { label: id ?? '', kind: 'other' };
    },
    measure: (measure) =>
      measure.kind === 'wave' ? wave(measure.waveId) : t.change(wave(measure.from), wave(measure.to)),
    number: (indicator, value, change) => {
      if (indicator.unit === 'share' || indicator.kind === 'proportion') {
        // No "-0.0": values that round to zero print as zero.
        const text = fmt.decimal(Math.abs(value) < 0.0005 ? 0 : value * 100, 1);
        return change ? `${signed(text, Math.abs(value) < 0.0005 ? 0 : value)}\u00a0${t.points}` : `${text}%`;
      }
      const rounded = Math.abs(value) < 0.005 ? 0 : value;
      const text = fmt.decimal(rounded, 2);
      return change ? signed(text, rounded) : text;
    },
    clusterColour: (cluster) => seriesColours[(cluster - 1) % seriesColours.length] as string,
  };
}
