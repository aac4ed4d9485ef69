export { type DescribeComparisonOptions, describeComparison } from './describe-comparison.js';
export {
  type InvitationLetter,
  InvitationLetterSchema,
  type InvitationLettersInput,
  InvitationLettersSchema,
  PaperChoiceSchema,
  type PaperQuestion,
  type PaperQuestionnaire,
  type PaperQuestionnaireInput,
  PaperQuestionnaireSchema,
  PaperQuestionSchema,
} from './paper-input.js';
export {
  type ProgrammeReportInput,
  type ProgrammeReportOptions,
  ProgrammeReportOptionsSchema,
} from './programme-report-input.js';
export { renderImpactReport, streamImpactReport } from './render-impact-report.js';
export {
  type BatchProgress,
  type BatchReportResult,
  type RenderImpactReportsOptions,
  renderImpactReports,
} from './render-impact-reports.js';
export { renderInvitationLetters } from './render-invitation-letters.js';
export { renderPaperQuestionnaire } from './render-paper-questionnaire.js';
export { renderProgrammeReport } from './render-programme-report.js';
export { ReportError, type ReportErrorCode } from './report-error.js';
export {
  type ImpactReportInput,
  type ReportFramework,
  type ReportObjective,
  type ReportOptions,
  type ReportOptionsInput,
  ReportOptionsSchema,
  type ReportProject,
  type ReportProjectInput,
  ReportProjectSchema,
  type ReportSection,
  ReportSectionSchema,
  type ReportText,
  ReportTextSchema,
  type ReportWave,
  ReportWaveSchema,
  reportSections,
} from './report-input.js';
