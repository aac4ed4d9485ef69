export {
  type AggregateProgrammeInput,
  aggregateProgramme,
  type ProgrammeOptions,
  ProgrammeOptionsSchema,
  type ProgrammeProject,
} from './aggregate-programme.js';
export { caringNeighbourhoodsFramework } from './caring-neighbourhoods-framework.js';
export { type CompareWavesOptions, compareWaves } from './compare-waves.js';
export { CoreError, type CoreErrorCode } from './core-error.js';
export {
  type BuildingBlock,
  BuildingBlockSchema,
  type Framework,
  type FrameworkInput,
  type FrameworkObjective,
  FrameworkSchema,
  listObjectives,
  type Objective,
  ObjectiveSchema,
  type Pillar,
  PillarSchema,
  parseFramework,
} from './framework.js';
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
export {
  type ComputeIndicatorsOptions,
  computeIndicators,
  computeIndicatorsSync,
} from './indicator-engine.js';
export type {
  ComparisonTest,
  DistributionBin,
  EngineIssue,
  GroupKey,
  IndicatorCell,
  IndicatorComparison,
  IndicatorResults,
  IndicatorSummary,
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
export type {
  CoverageRow,
  PooledCell,
  PooledLevel,
  PooledMeta,
  PooledOverall,
  PooledStatus,
  ProgrammeBreakdown,
  ProgrammeIndicator,
  ProgrammeMeasure,
  ProgrammeResults,
  ProjectEstimate,
} from './programme-results.js';
export {
  type PublishedCell,
  type PublishedComparison,
  type PublishedComparisonSide,
  type PublishedIndicatorResults,
  type PublishedWaveComparison,
  publishCell,
  publishComparison,
  publishResults,
  type SuppressedCell,
  type SuppressionReason,
} from './publish-results.js';
export { type ResponseColumns, type ResponseRecord, ResponseRecordSchema } from './response-record.js';
export { sampleIndicatorSet, sampleTheoryOfChange } from './sample-project.js';
export { starterTheoryOfChange } from './starter-theory-of-change.js';
export {
  type IndicatorProgress,
  type NodeProgress,
  type NodeProgressStatus,
  type ProgressInput,
  type ProgressSummary,
  summarizeProgress,
} from './summarize-progress.js';
export { suppressionLabel } from './suppression-labels.js';
export {
  type TheoryOfChange,
  type TheoryOfChangeInput,
  TheoryOfChangeSchema,
  type TocEdge,
  TocEdgeSchema,
  type TocNode,
  type TocNodeKind,
  TocNodeKindSchema,
  TocNodeSchema,
  tocNodeKinds,
  type ValidateTheoryOfChangeOptions,
  validateTheoryOfChange,
} from './theory-of-change.js';
export {
  type LayoutTheoryOfChangeOptions,
  layoutTheoryOfChange,
  type TheoryOfChangeLayout,
  type TocLayoutColumn,
  type TocLayoutEdge,
  type TocLayoutLegendEntry,
  type TocLayoutNode,
  tocKindLabels,
} from './theory-of-change-layout.js';
export {
  escapeXml,
  type RenderTheoryOfChangeSvgOptions,
  renderTheoryOfChangeSvg,
  tocKindColours,
} from './theory-of-change-svg.js';
export { buildTypology, type ClusterProfile, clusterProfiles, type Typology } from './typology.js';
export {
  type ValidateIndicatorDefinitionsOptions,
  validateIndicatorDefinitions,
} from './validate-indicator-definitions.js';
