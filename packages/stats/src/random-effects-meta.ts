import { checkConfidence } from './internal/confidence.js';
import { chiSquareP, criticalValue, higginsI2, twoSidedP, zeroSafeRatio } from './internal/meta-inference.js';
import { checkMetaInput, fitMetaModel, type MetaCiMethod, type MetaMethod } from './internal/meta-model.js';

export type { MetaCiMethod, MetaMethod };

/** Options of {@link randomEffectsMeta}. */
export interface MetaOptions {
  /** `FE` (inverse variance, τ² = 0), `DL` (DerSimonian–Laird) or `REML` (default). */
  method?: MetaMethod;
  /** `wald` (normal quantiles, default) or `hartung-knapp` (t with k − 1 df and a rescaled SE, untruncated). */
  ci?: MetaCiMethod;
  /** Coverage of the confidence and prediction intervals (default 0.95). */
  confidence?: number;
}

/** The result of {@link randomEffectsMeta}. */
export interface MetaResult {
  method: MetaMethod;
  ciMethod: MetaCiMethod;
  /** Number of studies (projects). */
  k: number;
  /** The pooled estimate: the mean of the true effects (random effects) or the common effect (FE). */
  estimate: number;
  se: number;
  ci: [number, number];
  /** Test of estimate = 0: z (wald) or t with k − 1 df (hartung-knapp), and its two-sided p. */
  statistic: number;
  p: number;
  /** Between-study variance τ² (0 for FE). */
  tau2: number;
  /** I² = (Q − df)/Q truncated at 0 (Higgins & Thompson 2002), from the fixed-effect Q whatever the method. */
  i2: number;
  /** Cochran's Q with fixed-effect weights, its degrees of freedom k − 1 and upper-tail p. */
  q: number;
  qDf: number;
  qP: number;
  /**
   * Where the true effect of a new, similar study is expected to lie (Higgins, Thompson & Spiegelhalter 2009):
   * estimate ± t(k − 2) · √(τ² + se²). `null` when k < 3 (no degrees of freedom left).
   */
  predictionInterval: [number, number] | null;
  /** Each study's share of the total weight (sums to 1), in input order. */
  weights: number[];
}

/**
 * Meta-analysis of k study estimates with known sampling variances: fixed effect (inverse variance) or
 * random effects with τ² by DerSimonian–Laird or restricted maximum likelihood (Fisher scoring, τ² ≥ 0).
 * Matches metafor's `rma(yi, vi, method = "FE" | "DL" | "REML", test = "z" | "knha")` (Hartung–Knapp without
 * the ad-hoc truncation) and `predict()` with its t(k − 2) prediction interval.
 *
 * @throws {StatsError} `mismatched-lengths` when the arrays differ in length; `too-few-observations` for
 * k < 2; `invalid-argument` for a non-finite estimate, a variance that is not finite and > 0, or a confidence
 * outside (0, 1).
 * @example
 * randomEffectsMeta([0.2, 0.5, 0.1, 0.4], [0.01, 0.02, 0.015, 0.03], { method: 'DL' });
 * // { estimate: 0.278, tau2: 0.0146, i2: 0.464, q: 5.6, predictionInterval: [-0.369, 0.924], … } (rounded)
 */
export function randomEffectsMeta(
  estimates: ArrayLike<number>,
  variances: ArrayLike<number>,
  options: MetaOptions = {},
): MetaResult {
  const { method = 'REML', ci: ciMethod = 'wald', confidence = 0.95 } = options;
  checkConfidence(confidence);
  const { y, v } = checkMetaInput(estimates, variances, 2, 'a meta-analysis');
  const fit = fitMetaModel(y, v, [new Float64Array(y.length).fill(1)], method, ciMethod, 'a meta-analysis');
  const estimate = fit.beta[0] as number;
  const se = Math.sqrt(fit.covariance[0]![0]!);
  const df = ciMethod === 'hartung-knapp' ? fit.k - 1 : undefined;
  const half = criticalValue(confidence, df) * se;
  const statistic = zeroSafeRatio(estimate, se);
  let predictionInterval: [number, number] | null = null;
  if (fit.k >= 3) {
    const spread = criticalValue(confidence, fit.k - 2) * Math.sqrt(fit.tau2 + se * se);
    predictionInterval = [estimate - spread, estimate + spread];
  }
  let total = 0;
  for (const w of fit.weights) total += w;
  return {
    method,
    ciMethod,
    k: fit.k,
    estimate,
    se,
    ci: [estimate - half, estimate + half],
    statistic,
    p: twoSidedP(statistic, df),
    tau2: fit.tau2,
    i2: higginsI2(fit.q, fit.qDf),
    q: fit.q,
    qDf: fit.qDf,
    qP: chiSquareP(fit.q, fit.qDf),
    predictionInterval,
    weights: Array.from(fit.weights, (w) => w / total),
  };
}
