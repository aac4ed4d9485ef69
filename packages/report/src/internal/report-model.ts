import {
  type DistributionBin,
  type GroupKey,
  type IndicatorCell,
  type IndicatorComparison,
  type IndicatorDefinition,
  IndicatorDefinitionSchema,
  type Language,
  localize,
  type WaveComparison,
} from '@neighbourly/core';
import { ReportError } from '../report-error.js';
import {
  type ImpactReportInput,
  type ReportOptions,
  ReportOptionsSchema,
  type ReportProject,
  ReportProjectSchema,
  type ReportText,
} from '../report-input.js';
import { createFormatter, type Formatter, type ValueUnit } from './format.js';
import { unitOf } from './indicator-unit.js';
import { type Messages, messagesFor } from './messages.js';

/** A cell that may be shown. */
export interface VisibleCell {
  hidden: false;
  n: number;
  value: number;
  ci?: [number, number] | undefined;
  alpha?: number | undefined;
  distribution?: DistributionBin[] | undefined;
}

/**
 * A cell that must not be shown: suppressed by the engine (too few respondents) or hidden by the report
 * so a suppressed neighbour cannot be derived from the total (complementary suppression). It carries no
 * numbers at all, so nothing downstream can print them by mistake.
 */
export interface HiddenCell {
  hidden: true;
  /** `no-answers`: nobody answered (n = 0), so there is nothing to show and nothing to protect. */
  reason: 'suppressed' | 'complementary' | 'no-value' | 'no-answers';
}

/** A cell as the report sees it. */
export type CellView = VisibleCell | HiddenCell;

/** A wave with its label in the report language. */
export interface WaveView {
  id: string;
  label: string;
  date?: string | undefined;
  invited?: number | undefined;
}

/** Groups are compared as strings: `age_band=65+`, sorted by variable; `''` is everyone. */
export function groupId(group: GroupKey): string {
  return Object.keys(group)
    .sort()
    .map((key) => `${key}=${group[key]}`)
    .join('&');
}

/** The normalised, privacy-filtered view of one report's input that every section draws from. */
export interface ReportModel {
  lang: Language;
  t: Messages;
  fmt: Formatter;
  project: ReportProject;
  options: ReportOptions;
  title: string;
  generatedAt: Date;
  framework: ImpactReportInput['framework'];
  waves: WaveView[];
  indicators: IndicatorDefinition[];
  comparison: WaveComparison | undefined;
  /** The grouping variables present in the results. */
  groupVariables: string[];
  /** Respondents per wave (all records). */
  respondents: Record<string, number>;
  /** The number of cells hidden for privacy (suppressed or complementary). */
  hiddenCount: number;
  /**
   * Of those, the cells hidden only to protect a small neighbour group (complementary suppression): they rest on
   * enough respondents, and the report says so rather than counting them as small.
   */
  complementaryCount: number;
  text(value: ReportText): string;
  waveLabel(waveId: string): string;
  unit(indicator: IndicatorDefinition): ValueUnit;
  cell(indicatorId: string, waveId: string, group?: GroupKey): CellView | undefined;
  /** The cells of one grouping variable for an indicator and wave, in a stable order. */
  groupCells(indicatorId: string, waveId: string, variable: string): { value: string; cell: CellView }[];
  comparisonFor(indicatorId: string, group?: GroupKey): IndicatorComparison | undefined;
  /** True when a comparison may show its numbers (both sides visible). */
  comparisonVisible(comparison: IndicatorComparison): boolean;
  groupVariableLabel(variable: string): string;
  groupValueLabel(variable: string, value: string): string;
  groupPhrase(group: GroupKey): string | undefined;
  indicatorLabel(indicator: IndicatorDefinition): string;
}

function humanise(id: string): string {
  const text = id.replace(/[_-]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function parseGeneratedAt(value: ReportOptions['generatedAt']): Date {
  if (value === undefined) return new Date();
  return value instanceof Date ? value : new Date(value);
}

/** Validates and normalises the input; throws `ReportError('invalid-input')` on bad input. */
export function buildReportModel(input: ImpactReportInput): ReportModel {
  const projectResult = ReportProjectSchema.safeParse(input.project);
  if (!projectResult.success) {
    throw new ReportError('invalid-input', `invalid project: ${projectResult.error.message}`, {
      cause: projectResult.error,
    });
  }
  const optionsResult = ReportOptionsSchema.safeParse(input.options ?? {});
  if (!optionsResult.success) {
    throw new ReportError('invalid-input', `invalid options: ${optionsResult.error.message}`, {
      cause: optionsResult.error,
    });
  }
  const indicators: IndicatorDefinition[] = input.indicators.map((definition, index) => {
    const parsed = IndicatorDefinitionSchema.safeParse(definition);
    if (!parsed.success) {
      throw new ReportError('invalid-input', `invalid indicator at ${index}: ${parsed.error.message}`, {
        cause: parsed.error,
      });
    }
    return parsed.data;
  });
  const project = projectResult.data;
  const options = optionsResult.data;
  const lang = input.lang;
  const t = messagesFor(lang);
  const fmt = createFormatter(lang, t.percentagePoints);
  const text = (value: ReportText) => (typeof value === 'string' ? value : localize(value, lang));
  const byIndicator = new Map(indicators.map((indicator) => [indicator.id, indicator]));

  const waves: WaveView[] = project.waves.map((wave) => ({
    id: wave.id,
    label: text(wave.label),
    date: wave.date,
    invited: wave.invited,
  }));
  const waveIds = new Set(waves.map((wave) => wave.id));

  // Index the cells; anything suppressed, or without a value, becomes a hidden cell with no numbers.
  const cells = new Map<string, CellView>();
  const key = (indicatorId: string, waveId: string, group: GroupKey) =>
    `${indicatorId}|${waveId}|${groupId(group)}`;
  const groupNs = new Map<string, { group: GroupKey; cell: IndicatorCell }[]>();
  for (const cell of input.results.cells) {
    if (!waveIds.has(cell.waveId) || !byIndicator.has(cell.indicatorId)) continue;
    // A group nobody of the indicator's respondents belongs to (residents' age bands on a staff
    // indicator, say) is not a breakdown of it: there is nothing to show and nothing to protect.
    if (cell.n === 0 && cell.missing === 0 && Object.keys(cell.group).length > 0) continue;
    let view: CellView;
    if (cell.n === 0) view = { hidden: true, reason: 'no-answers' };
    else if (cell.suppressed)
      view = { hidden: true, reason: cell.suppression === 'complementary' ? 'complementary' : 'suppressed' };
    else if (cell.value === undefined || !Number.isFinite(cell.value))
      view = { hidden: true, reason: 'no-value' };
    else
      view = {
        hidden: false,
        n: cell.n,
        value: cell.value,
        ci: cell.ci,
        alpha: cell.alpha,
        distribution: cell.distribution,
      };
    cells.set(key(cell.indicatorId, cell.waveId, cell.group), view);
    const variables = Object.keys(cell.group);
    if (variables.length === 1) {
      const bucket = `${cell.indicatorId}|${cell.waveId}|${variables[0]}`;
      const list = groupNs.get(bucket) ?? [];
      list.push({ group: cell.group, cell });
      groupNs.set(bucket, list);
    }
  }

  // Complementary suppression: when exactly one group of a variable is suppressed, the total and the
  // other groups would let a reader work it out, so the smallest other group is hidden too.
  for (const list of groupNs.values()) {
    const suppressed = list.filter((entry) => entry.cell.suppressed);
    if (suppressed.length !== 1) continue;
    const visible = list
      .filter((entry) => !entry.cell.suppressed)
      .sort((a, b) => a.cell.n - b.cell.n || groupId(a.group).localeCompare(groupId(b.group)));
    const smallest = visible[0];
    if (smallest === undefined) continue;
    cells.set(key(smallest.cell.indicatorId, smallest.cell.waveId, smallest.group), {
      hidden: true,
      reason: 'complementary',
    });
  }
  let hiddenCount = 0;
  let complementaryCount = 0;
  for (const view of cells.values()) {
    if (view.hidden && (view.reason === 'suppressed' || view.reason === 'complementary')) hiddenCount += 1;
    if (view.hidden && view.reason === 'complementary') complementaryCount += 1;
  }

  const comparison = input.comparison;
  const comparisons = new Map<string, IndicatorComparison>();
  for (const entry of comparison?.comparisons ?? []) {
    comparisons.set(`${entry.indicatorId}|${groupId(entry.group)}`, entry);
  }

  const cell = (indicatorId: string, waveId: string, group: GroupKey = {}) =>
    cells.get(key(indicatorId, waveId, group));

  const groupVariables = [...input.results.groupBy];
  const groupVariableLabel = (variable: string) => {
    const label = project.groups?.[variable]?.label;
    if (label !== undefined) return text(label);
    return t.knownGroups.variables[variable] ?? humanise(variable);
  };
  const groupValueLabel = (variable: string, value: string) => {
    const label = project.groups?.[variable]?.values?.[value];
    if (label !== undefined) return text(label);
    return t.knownGroups.values[value] ?? value;
  };

  return {
    lang,
    t,
    fmt,
    project,
    options,
    title: options.title ?? t.reportTitle,
    generatedAt: parseGeneratedAt(options.generatedAt),
    framework: input.framework,
    waves,
    indicators,
    comparison,
    groupVariables,
    respondents: input.results.respondents,
    hiddenCount,
    complementaryCount,
    text,
    waveLabel(waveId) {
      return waves.find((wave) => wave.id === waveId)?.label ?? waveId;
    },
    unit: unitOf,
    cell,
    groupCells(indicatorId, waveId, variable) {
      const list = groupNs.get(`${indicatorId}|${waveId}|${variable}`) ?? [];
      const configured = [
        ...Object.keys(project.groups?.[variable]?.values ?? {}),
        ...Object.keys(t.knownGroups.values),
      ];
      const order = (value: string) => {
        const index = configured.indexOf(value);
        return index === -1 ? configured.length : index;
      };
      return list
        .map((entry) => ({ value: entry.group[variable] ?? '', group: entry.group }))
        .sort((a, b) => order(a.value) - order(b.value) || a.value.localeCompare(b.value))
        .map((entry) => ({ value: entry.value, cell: cell(indicatorId, waveId, entry.group)! }));
    },
    comparisonFor(indicatorId, group = {}) {
      return comparisons.get(`${indicatorId}|${groupId(group)}`);
    },
    comparisonVisible(entry) {
      if (entry.from.suppressed || entry.to.suppressed) return false;
      if (entry.from.value === undefined || entry.to.value === undefined) return false;
      const from = cell(entry.indicatorId, entry.from.waveId, entry.group);
      const to = cell(entry.indicatorId, entry.to.waveId, entry.group);
      return !(from?.hidden === true || to?.hidden === true);
    },
    groupVariableLabel,
    groupValueLabel,
    groupPhrase(group) {
      const variables = Object.keys(group).sort();
      if (variables.length === 0) return undefined;
      return variables
        .map((variable) =>
          t.groupPhrase(groupVariableLabel(variable), groupValueLabel(variable, group[variable]!)),
        )
        .join(', ');
    },
    indicatorLabel(indicator) {
      return localize(indicator.label, lang);
    },
  };
}
