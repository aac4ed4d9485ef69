export {
  type AnswerField,
  type AnswerFieldKind,
  listAnswerFields,
} from './answer-fields.js';
export { checkGroupBy, type GroupByChoices } from './group-by-rule.js';
export {
  type CsvMapping,
  CsvMappingSchema,
  type ImportInput,
  type ImportIssue,
  type ImportItem,
  type ImportOptions,
  type ImportResult,
  importCsvResponses,
  importSurveyJsResults,
  streamCsvResponses,
} from './import-responses.js';
export { deJongGierveld6 } from './instruments/de-jong-gierveld-6.js';
export {
  type CutOff,
  classifyScore,
  type Instrument,
  type InstrumentItem,
  type InstrumentLicence,
} from './instruments/instrument.js';
export { findInstrument, instrumentScorers, instruments } from './instruments/instrument-scorers.js';
export { neighbourhoodCohesion } from './instruments/neighbourhood-cohesion.js';
export { ucla3 } from './instruments/ucla-3.js';
export { who5 } from './instruments/who-5.js';
export {
  type LintedSurvey,
  type LintOptions,
  type LintResult,
  lintSurveyDefinition,
} from './lint-survey-definition.js';
export {
  type CaimerComponent,
  CaimerComponentSchema,
  metadataPropertyName,
  type QuestionMetadata,
  QuestionMetadataSchema,
  registerNeighbourlyProperties,
  type SurveyMetadata,
  SurveyMetadataSchema,
  type SurveyRound,
  SurveyRoundSchema,
} from './neighbourly-metadata.js';
export {
  type ResponseIssue,
  type ResponseIssueCode,
  surveyCoreIssueCodes,
} from './response-issue.js';
export {
  compileResponseValidator,
  defaultMaxResponseBytes,
  type ResponseValidationResult,
  type ResponseValidator,
  type ValidateResponseCallOptions,
  type ValidateResponseOptions,
  validateResponse,
} from './response-validator.js';
export {
  createRecordConverter,
  listBackgroundQuestions,
  type ResponseInput,
  type SurveyRecord,
  SurveyRecordSchema,
  type Table,
  type TableCell,
  type ToRecordsOptions,
  toLongTable,
  toRecords,
  toWideTable,
} from './survey-records.js';
export { SurveysError, type SurveysErrorCode } from './surveys-error.js';
export {
  type BackgroundQuestionName,
  backgroundQuestionNames,
} from './templates/background-questions.js';
export {
  allTemplateIndicators,
  listSurveyTemplates,
  surveyTemplate,
  type TemplateId,
  templateIndicatorSet,
  templateVariants,
} from './templates/survey-templates.js';
