export {
  type AnswerField,
  type AnswerFieldKind,
  listAnswerFields,
} from './answer-fields.js';
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
export { SurveysError, type SurveysErrorCode } from './surveys-error.js';
