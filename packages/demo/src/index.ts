export {
  createDemoProcessRound,
  type DemoProcessGroup,
  type DemoProcessResponse,
  type DemoProcessRound,
  type DemoProcessRoundOptions,
} from './demo-process-round.js';
export {
  createDemoProgramme,
  type DemoProgramme,
  type DemoProgrammeOptions,
  type DemoProgrammeProject,
  type ProgrammeContext,
  type ProgrammeKind,
  programmeColumns,
  programmeContextCsv,
} from './demo-programme.js';
export {
  createDemoProject,
  type DemoProject,
  type DemoProjectOptions,
  type DemoResponse,
} from './demo-project.js';
export { demoRecords } from './demo-records.js';
export { demoSurveyDefinition } from './demo-survey.js';
export { type DemoWave, demoWaves } from './demo-waves.js';
export { programmeIndicators } from './programme-indicators.js';
export { planQuestions, type QuestionPlan } from './question-plan.js';
export { createRandom, type Random } from './random.js';
export { type AnswerContext, generateAnswers } from './synthetic-answers.js';
