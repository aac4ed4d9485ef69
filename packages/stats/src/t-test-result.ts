/** The result of {@link welchTTest} and {@link pairedTTest} (two-sided). */
export interface TTestResult {
  /** The t statistic, positive when the first sample's mean is larger. */
  t: number;
  /** Degrees of freedom (Welch–Satterthwaite for Welch's test, n − 1 for the paired test). */
  df: number;
  /** Two-sided p-value. */
  p: number;
  /** mean(a) − mean(b) (paired: the mean of a − b). */
  meanDiff: number;
  /** 95% confidence interval of `meanDiff`. */
  ci95: [number, number];
}
