import { Model } from 'survey-core';

/** A question of a SurveyJS definition: its name and SurveyJS type. */
export interface QuestionSummary {
  name: string;
  type: string;
}

/**
 * Lists every question of a SurveyJS definition, in page order, using survey-core's own parser.
 *
 * @example
 * listQuestions({ elements: [{ type: 'rating', name: 'q1' }] }) // [{ name: 'q1', type: 'rating' }]
 */
export function listQuestions(definition: unknown): QuestionSummary[] {
  const model = new Model(definition as object);
  return model.getAllQuestions(false, false, true).map((question) => ({
    name: question.name,
    type: question.getType(),
  }));
}
