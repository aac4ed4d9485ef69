export { adjustPValues, type PAdjustMethod } from './adjust-p-values.js';
export { type ChiSquareResult, chiSquareTest } from './chi-square-test.js';
export { cohensD } from './cohens-d.js';
export { type CronbachAlphaResult, cronbachAlpha } from './cronbach-alpha.js';
export { cutTree } from './cut-tree.js';
export { type Description, describe } from './describe.js';
export {
  chiSquareCdf,
  chiSquareQuantile,
  normalCdf,
  normalQuantile,
  tCdf,
  tQuantile,
} from './distributions.js';
export { hedgesG } from './hedges-g.js';
export {
  type HierarchicalClusteringOptions,
  type HierarchicalClusteringResult,
  hierarchicalClustering,
  type LinkageMethod,
  type Merge,
} from './hierarchical-clustering.js';
export { type MannWhitneyUResult, mannWhitneyU } from './mann-whitney-u.js';
export {
  type ConfidenceOptions,
  type MeanSummary,
  meanConfidenceInterval,
} from './mean-confidence-interval.js';
export {
  type ContinuousModeratorResult,
  type MetaCoefficient,
  type MetaRegressionOptions,
  type MetaRegressionResult,
  metaRegression,
  type Subgroup,
  type SubgroupAnalysisResult,
} from './meta-regression.js';
export { pairedTTest } from './paired-t-test.js';
export { type ProportionResult, proportion } from './proportion.js';
export {
  type MetaCiMethod,
  type MetaMethod,
  type MetaOptions,
  type MetaResult,
  randomEffectsMeta,
} from './random-effects-meta.js';
export type { Observation, Sample } from './sample.js';
export { silhouetteScore } from './silhouette-score.js';
export { standardize } from './standardize.js';
export { StatsError, type StatsErrorCode } from './stats-error.js';
export type { TTestResult } from './t-test-result.js';
export { type TwoProportionResult, twoProportionZTest } from './two-proportion-z-test.js';
export { welchTTest } from './welch-t-test.js';
export { type WilcoxonResult, wilcoxonSignedRank } from './wilcoxon-signed-rank.js';
