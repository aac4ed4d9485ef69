import { checkConfidence } from './internal/confidence.js';
import { chiSquareP, criticalValue, higginsI2, twoSidedP, zeroSafeRatio } from './internal/meta-inference.js';
import type { MetaCiMethod, MetaMethod } from './internal/meta-model.js';
import { checkMetaInput, fitMetaModel } from './internal/meta-model.js';
import { type MetaOptions, type MetaResult, randomEffectsMeta } from './random-effects-meta.js';
import { StatsError } from './stats-error.js';

/** Options of {@link metaRegression}. */
export interface MetaRegressionOptions extends MetaOptions {
  /**
   * `continuous` (a slope) or `categorical` (a subgroup analysis). By default strings are categorical and
   * numbers continuous; pass `categorical` for numeric codes such as typology cluster numbers.
   */
  moderator?: 'continuous' | 'categorical';
}

/** One coefficient of a meta-regression with its interval and test. */
export interface MetaCoefficient {
  estimate: number;
  se: number;
  ci: [number, number];
  /** z (wald) or t with k − 2 df (hartung-knapp). */
  statistic: number;
  p: number;
}

/** A meta-regression on one continuous moderator: estimate_i = intercept + slope · moderator_i + u_i + e_i. */
export interface ContinuousModeratorResult {
  kind: 'continuous';
  method: MetaMethod;
  ciMethod: MetaCiMethod;
  k: number;
  intercept: MetaCoefficient;
  /** Change in the pooled effect per unit of the moderator; its test is the test of the moderator. */
  slope: MetaCoefficient;
  /** Residual between-study variance τ² (what the moderator leaves unexplained). */
  tau2: number;
  /** Residual heterogeneity Q_E (fixed-effect weights), its df k − 2 and p; I² from Q_E. */
  qResidual: number;
  qResidualDf: number;
  qResidualP: number;
  i2: number;
}

/** One level of a categorical moderator, pooled on its own (its own τ²). */
export interface Subgroup {
  level: string;
  result: MetaResult;
}

/**
 * A subgroup analysis: each level pooled separately (each with its own τ²), then the subgroup estimates
 * compared with the between-groups Q test, Σ (μ_g − μ̄)² / se_g² ~ χ²(G − 1), μ̄ their inverse-variance mean.
 */
export interface SubgroupAnalysisResult {
  kind: 'categorical';
  method: MetaMethod;
  ciMethod: MetaCiMethod;
  k: number;
  /** Levels in order of first appearance. */
  subgroups: Subgroup[];
  qBetween: number;
  qBetweenDf: number;
  qBetweenP: number;
}

/** The result of {@link metaRegression}. */
export type MetaRegressionResult = ContinuousModeratorResult | SubgroupAnalysisResult;

function coefficient(
  estimate: number,
  variance: number,
  confidence: number,
  df: number | undefined,
): MetaCoefficient {
  const se = Math.sqrt(variance);
  const half = criticalValue(confidence, df) * se;
  const statistic = zeroSafeRatio(estimate, se);
  return { estimate, se, ci: [estimate - half, estimate + half], statistic, p: twoSidedP(statistic, df) };
}

/**
 * Meta-regression with one moderator. A continuous moderator gives a mixed-effects model with an intercept
 * and a slope (metafor's `rma(yi, vi, mods = ~ x)`, τ² by DL or REML, Hartung–Knapp with t(k − 2)); a
 * categorical one gives a subgroup analysis with a between-groups Q test (each subgroup pooled by
 * {@link randomEffectsMeta} with the same options).
 *
 * @throws {StatsError} `mismatched-lengths` when the three arrays differ in length; `too-few-observations`
 * for fewer than 3 studies (continuous), fewer than 2 levels or a level with fewer than 2 studies
 * (categorical); `zero-variance` when a continuous moderator is constant; `invalid-argument` for a
 * non-finite estimate or moderator, or a variance that is not finite and > 0.
 * @example
 * metaRegression(effects, variances, share65plus, { method: 'REML' }).slope; // { estimate, se, ci, p }
 * metaRegression(effects, variances, clusters, { moderator: 'categorical' }).qBetweenP;
 */
export function metaRegression(
  estimates: ArrayLike<number>,
  variances: ArrayLike<number>,
  moderator: ArrayLike<number> | readonly string[],
  options: MetaRegressionOptions = {},
): MetaRegressionResult {
  const { method = 'REML', ci: ciMethod = 'wald', confidence = 0.95 } = options;
  checkConfidence(confidence);
  if (moderator.length !== estimates.length) {
    throw new StatsError(
      'mismatched-lengths',
      `a meta-regression: ${estimates.length} estimates but ${moderator.length} moderator values`,
    );
  }
  const kind = options.moderator ?? (typeof moderator[0] === 'string' ? 'categorical' : 'continuous');
  if (kind === 'categorical') {
    return subgroupAnalysis(estimates, variances, Array.from(moderator, String), {
      method,
      ci: ciMethod,
      confidence,
    });
  }
  const { y, v } = checkMetaInput(estimates, variances, 3, 'a meta-regression');
  const x = Float64Array.from(moderator as ArrayLike<number>);
  x.forEach((value, i) => {
    if (!Number.isFinite(value)) {
      throw new StatsError('invalid-argument', `a meta-regression: moderator ${i} must be a finite number`);
    }
  });
  const fit = fitMetaModel(
    y,
    v,
    [new Float64Array(y.length).fill(1), x],
    method,
    ciMethod,
    'a meta-regression',
  );
  const df = ciMethod === 'hartung-knapp' ? fit.k - 2 : undefined;
  return {
    kind: 'continuous',
    method,
    ciMethod,
    k: fit.k,
    intercept: coefficient(fit.beta[0]!, fit.covariance[0]![0]!, confidence, df),
    slope: coefficient(fit.beta[1]!, fit.covariance[1]![1]!, confidence, df),
    tau2: fit.tau2,
    qResidual: fit.q,
    qResidualDf: fit.qDf,
    qResidualP: chiSquareP(fit.q, fit.qDf),
    i2: higginsI2(fit.q, fit.qDf),
  };
}

function subgroupAnalysis(
  estimates: ArrayLike<number>,
  variances: ArrayLike<number>,
  levels: string[],
  options: Required<MetaOptions>,
): SubgroupAnalysisResult {
  const { y, v } = checkMetaInput(estimates, variances, 2, 'a subgroup analysis');
  const members = new Map<string, number[]>();
  levels.forEach((level, i) => {
    const list = members.get(level) ?? [];
    list.push(i);
    members.set(level, list);
  });
  if (members.size < 2) {
    throw new StatsError(
      'too-few-observations',
      'a subgroup analysis needs at least 2 levels of the moderator',
    );
  }
  const subgroups: Subgroup[] = [];
  for (const [level, index] of members) {
    if (index.length < 2) {
      throw new StatsError(
        'too-few-observations',
        `a subgroup analysis needs at least 2 studies per level; level "${level}" has ${index.length}`,
      );
    }
    const result = randomEffectsMeta(
      index.map((i) => y[i]!),
      index.map((i) => v[i]!),
      options,
    );
    if (!(result.se > 0)) {
      throw new StatsError(
        'zero-variance',
        `a subgroup analysis: level "${level}" has a standard error of 0 (identical estimates under Hartung–Knapp)`,
      );
    }
    subgroups.push({ level, result });
  }
  let sumW = 0;
  let sumWy = 0;
  for (const { result } of subgroups) {
    const w = 1 / (result.se * result.se);
    sumW += w;
    sumWy += w * result.estimate;
  }
  const mean = sumWy / sumW;
  let qBetween = 0;
  for (const { result } of subgroups) qBetween += (result.estimate - mean) ** 2 / (result.se * result.se);
  const qBetweenDf = subgroups.length - 1;
  return {
    kind: 'categorical',
    method: options.method,
    ciMethod: options.ci,
    k: y.length,
    subgroups,
    qBetween,
    qBetweenDf,
    qBetweenP: chiSquareP(qBetween, qBetweenDf),
  };
}
