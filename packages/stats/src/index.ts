export { type Description, describe } from './describe.js';
export {
  chiSquareCdf,
  chiSquareQuantile,
  normalCdf,
  normalQuantile,
  tCdf,
  tQuantile,
} from './distributions.js';
export {
  type ConfidenceOptions,
  type MeanSummary,
  meanConfidenceInterval,
} from './mean-confidence-interval.js';
export { type ProportionResult, proportion } from './proportion.js';
export { StatsError, type StatsErrorCode } from './stats-error.js';
