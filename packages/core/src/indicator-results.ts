/**
 * The shapes the indicator engine produces. They are plain data (JSON-safe), shared by the
 * report, the server's API, the CLI and the dashboard.
 */

/** A subgroup a cell is computed for, e.g. `{ age_band: '65+' }`; `{}` is everyone. */
export type GroupKey = Readonly<Record<string, string>>;

/**
 * One indicator in one wave for one group. When `suppressed` is true the cell has fewer
 * respondents than the indicator's `minCellSize`, and `value`, `ci`, `sd` and `distribution`
 * are absent: suppressed cells never carry numbers that could identify people.
 */
export interface IndicatorCell {
  indicatorId: string;
  waveId: string;
  /** The subgroup; `{}` for the whole wave. */
  group: GroupKey;
  /** Respondents with a usable value. */
  n: number;
  /** Respondents in the cell without a usable value (skipped or incomplete items). */
  missing: number;
  suppressed: boolean;
  /**
   * Why the cell is suppressed: `small-cell` (n < minCellSize) or `complementary` (the only other
   * suppressed group of its variable would otherwise follow from the total by subtraction).
   */
  suppression?: 'small-cell' | 'complementary';
  /** Mean, share (0-1), count or composite value. */
  value?: number;
  /** 95% confidence interval: t for means and scores, Wilson for proportions. */
  ci?: [number, number];
  /** Sample standard deviation of the per-respondent values (means and scores). */
  sd?: number;
  /** Cronbach's alpha of the items, for multi-item `mean` and `scale` indicators. */
  alpha?: number;
  /**
   * How the per-respondent values are distributed (for distribution charts), in bins fit to publish:
   * values, whole answers for means of items, or ranges for wide scores. Bins with fewer than
   * `minCellSize` respondents are left out (and a second one when only one would be), so the counts
   * may add up to less than `n`. Absent when suppressed or when values are continuous.
   */
  distribution?: DistributionBin[];
}

/** One bar of a distribution: a value (or the whole-number range `[from, to]` it starts) and its count. */
export interface DistributionBin {
  value: number;
  count: number;
  range?: [number, number];
}

/** A problem with a definition or the records, found while computing (never thrown). */
export interface EngineIssue {
  code: string;
  path: (string | number)[];
  message: string;
  /** `warning` for problems that do not stop an indicator (e.g. a question nobody answered). */
  severity?: 'error' | 'warning';
}

/** What the results say about each computed indicator, so comparisons need no definitions. */
export interface IndicatorSummary {
  id: string;
  kind: 'mean' | 'proportion' | 'count' | 'scale' | 'composite';
  direction: 'higher-is-better' | 'lower-is-better';
  unit?: 'share' | 'score' | 'count';
  baseline?: number;
  target?: number;
  minCellSize: number;
}

/** Everything `computeIndicators` returns. */
export interface IndicatorResults {
  /** Waves in the order they were first seen, or as given in `waves`. */
  waves: string[];
  /** The grouping variables used; cells exist for `{}` and for each group variable's values. */
  groupBy: string[];
  cells: IndicatorCell[];
  /** Records seen per wave (all respondents, before any indicator's missing data). */
  respondents: Record<string, number>;
  issues: EngineIssue[];
  /** The indicators computed, in definition order (definitions with errors are left out). */
  indicators?: IndicatorSummary[];
}

/** How an indicator did between two waves, judged against its baseline and target. */
export type ProgressStatus = 'achieved' | 'improving' | 'no-change' | 'worsening' | 'insufficient-data';

/** The statistical test a comparison used. */
export type ComparisonTest =
  | 'paired-t'
  | 'wilcoxon-signed-rank'
  | 'welch-t'
  | 'mann-whitney-u'
  | 'two-proportion-z'
  | 'mcnemar'
  | 'none';

/** One indicator × group compared between two waves. */
export interface IndicatorComparison {
  indicatorId: string;
  group: GroupKey;
  from: { waveId: string; n: number; value?: number; ci?: [number, number]; suppressed: boolean };
  to: { waveId: string; n: number; value?: number; ci?: [number, number]; suppressed: boolean };
  /** Respondents answering in both waves (linked by `respondentId`). */
  linked: number;
  /**
   * The whole-wave change, `to.value - from.value`: every respondent of each wave counts, linked or not.
   * Absent when either side is suppressed or missing.
   */
  change?: number;
  /**
   * 95% CI of `change`, from the same two whole-wave samples: Welch's interval for means, scores and
   * composites, the two-proportion interval for proportions. Counts have none.
   */
  changeCi?: [number, number];
  /**
   * The paired change: the mean of `to − from` over the respondents linked across the two waves (a different
   * estimand from `change`, on a different sample: only people who answered both waves). Means, scores and
   * composites only, and only when at least `minCellSize` (and 2) respondents are linked.
   */
  pairedChange?: number;
  /** 95% CI of `pairedChange` (paired t). */
  pairedCi?: [number, number];
  /** The linked respondents `pairedChange` is computed from. */
  pairedN?: number;
  /** The test `statistic` and `p` come from: `paired-t` tests `pairedChange`, `welch-t` and `two-proportion-z` test `change`. */
  test: ComparisonTest;
  /** A robustness check beside the main test (e.g. Wilcoxon beside paired t). */
  secondaryTest?: { test: ComparisonTest; p: number };
  statistic?: number;
  p?: number;
  /** p adjusted across all comparisons of this call (Holm by default). */
  pAdjusted?: number;
  significant?: boolean;
  effectSize?: { kind: 'cohens-d' | 'hedges-g' | 'cohens-h' | 'dz'; value: number };
  status: ProgressStatus;
  /**
   * Share of the way from the baseline (or, without one, the `from` value) to the target that the
   * `to` value has come: 0 at the start, 1 at the target; negative when it moved away.
   */
  progress?: number;
  /** Why no test was run or the status is limited, in a sentence. */
  note?: string;
}

/** Everything `compareWaves` returns. */
export interface WaveComparison {
  from: string;
  to: string;
  adjustment: 'holm' | 'bh' | 'none';
  alpha: number;
  comparisons: IndicatorComparison[];
}
