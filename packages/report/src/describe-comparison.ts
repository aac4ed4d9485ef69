import {
  type IndicatorComparison,
  type IndicatorDefinitionInput,
  IndicatorDefinitionSchema,
  type Language,
  localize,
} from '@neighbourly/core';
import { createFormatter } from './internal/format.js';
import { unitOf } from './internal/indicator-unit.js';
import { messagesFor } from './internal/messages.js';
import { ReportError } from './report-error.js';

/** What `describeComparison` needs. */
export interface DescribeComparisonOptions {
  comparison: IndicatorComparison;
  /** The definition of `comparison.indicatorId` (label, direction, unit, target, min cell size). */
  indicator: IndicatorDefinitionInput;
  lang: Language;
  /** Wave labels by wave id, in `lang` (default: the wave ids). */
  waveLabels?: Readonly<Record<string, string>>;
  /** The subgroup in words, e.g. `age band: 65+` (default: none, i.e. everyone). */
  groupLabel?: string;
  /**
   * Set to `true` when either side must stay hidden although the comparison itself was not suppressed
   * (the report's complementary suppression); the sentence then carries no numbers.
   */
  hidden?: boolean;
  /**
   * The significance level the comparison was tested at (`WaveComparison.alpha`, default 0.05): a change
   * significant on its own but not after the p-value adjustment is said to be so.
   */
  alpha?: number;
}

/**
 * States how an indicator moved between two waves in one plain sentence, in Dutch, French or English,
 * built from the numbers: the two values, the change with its 95% confidence interval, whether it is
 * statistically significant and what the status (achieved, improving, no change, worsening,
 * insufficient data) means given the indicator's direction and target.
 *
 * When either side is suppressed for privacy the sentence says so and contains no numbers; when nobody
 * answered in one of the waves it says that the indicator was not measured in both.
 *
 * @example
 * describeComparison({ comparison, indicator, lang: 'en', waveLabels: { w1: 'baseline', w3: 'end' } });
 * // '“Knows a neighbour to ask for help” rose from 41% (baseline) to 52% (end) (change +11 pp,
 * //  95% CI +4 pp to +18 pp), a statistically significant increase. The target of 50% has been reached.'
 */
export function describeComparison(options: DescribeComparisonOptions): string {
  const parsed = IndicatorDefinitionSchema.safeParse(options.indicator);
  if (!parsed.success) {
    throw new ReportError('invalid-input', `invalid indicator: ${parsed.error.message}`, {
      cause: parsed.error,
    });
  }
  const indicator = parsed.data;
  const { comparison, lang } = options;
  const t = messagesFor(lang);
  const fmt = createFormatter(lang, t.percentagePoints);
  const unit = unitOf(indicator);
  const label = localize(indicator.label, lang);
  const fromWave = options.waveLabels?.[comparison.from.waveId] ?? comparison.from.waveId;
  const toWave = options.waveLabels?.[comparison.to.waveId] ?? comparison.to.waveId;
  const group = options.groupLabel;
  const base = group === undefined ? { label, fromWave, toWave } : { label, group, fromWave, toWave };

  // Nobody answered in one of the waves: nothing was measured there (and nothing to protect).
  if (comparison.from.n === 0 || comparison.to.n === 0) return t.sentence.missing(base);
  if (options.hidden === true || comparison.from.suppressed || comparison.to.suppressed) {
    return t.sentence.suppressed({ ...base, min: fmt.integer(indicator.minCellSize) });
  }
  const from = comparison.from.value;
  const to = comparison.to.value;
  if (from === undefined || to === undefined) return t.sentence.missing(base);

  const change = comparison.change ?? to - from;
  const fromText = fmt.value(from, unit);
  const toText = fmt.value(to, unit);
  const changeCi = comparison.changeCi;
  const significance =
    comparison.test === 'none' || comparison.significant === undefined
      ? ('untested' as const)
      : comparison.significant
        ? ('significant' as const)
        : comparison.p !== undefined && comparison.p < (options.alpha ?? 0.05)
          ? ('not-significant-after-adjustment' as const)
          : ('not-significant' as const);
  return t.sentence.change({
    ...base,
    from: fromText,
    to: toText,
    same: fromText === toText,
    change: fmt.change(change, unit),
    ...(changeCi === undefined
      ? {}
      : { ci: { low: fmt.change(changeCi[0], unit, true), high: fmt.change(changeCi[1], unit, true) } }),
    movement: change >= 0 ? 'up' : 'down',
    significance,
    status: comparison.status,
    direction: indicator.direction,
    ...(indicator.target === undefined ? {} : { target: fmt.value(indicator.target, unit) }),
  });
}
