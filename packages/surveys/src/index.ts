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
export { SurveysError, type SurveysErrorCode } from './surveys-error.js';
