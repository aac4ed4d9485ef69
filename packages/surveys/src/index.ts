export { listQuestions, type QuestionSummary } from './list-questions.js';
