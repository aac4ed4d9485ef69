export {
  type Direction,
  DirectionSchema,
  IdSchema,
  type IndicatorDefinition,
  type IndicatorDefinitionInput,
  IndicatorDefinitionSchema,
  type IndicatorSet,
  IndicatorSetSchema,
  type RespondentGroup,
  RespondentGroupSchema,
  type ScoreFunction,
  type SuccessRule,
  SuccessRuleSchema,
} from './indicator-definition.js';
export type {
  ComparisonTest,
  EngineIssue,
  GroupKey,
  IndicatorCell,
  IndicatorComparison,
  IndicatorResults,
  ProgressStatus,
  WaveComparison,
} from './indicator-results.js';
export { formatPath, type Issue, type Result } from './issue.js';
export {
  type Language,
  LanguageSchema,
  type LocalizedText,
  LocalizedTextSchema,
  languages,
  localize,
} from './language.js';
