import type { Language } from '@neighbourly/core';
import type { PaperQuestion, PaperQuestionnaireInput } from '@neighbourly/report';
import { type ItemValue, Model, type Question } from 'survey-core';

/** What a survey-core question offers that its base type does not declare. */
type AnyQuestion = Question & Record<string, unknown>;

const choiceOf = (item: ItemValue) => ({ value: String(item.value), text: stripHtml(item.text) });

function stripHtml(value: string): string {
  return value
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A rating whose options carry words (WHO-5's "All of the time" …) prints as a list; numbers as a scale. */
function ratingQuestion(question: AnyQuestion, base: Omit<PaperQuestion, 'kind'>): PaperQuestion {
  const items = question.visibleRateValues as ItemValue[];
  const worded = items.some((item) => item.text !== String(item.value));
  if (worded) return { ...base, kind: 'single', choices: items.map(choiceOf) };
  const minLabel = question.minRateDescription as string | undefined;
  const maxLabel = question.maxRateDescription as string | undefined;
  return {
    ...base,
    kind: 'scale',
    choices: items.map(choiceOf),
    ...(minLabel ? { minLabel: stripHtml(minLabel) } : {}),
    ...(maxLabel ? { maxLabel: stripHtml(maxLabel) } : {}),
  };
}

function paperQuestion(question: AnyQuestion): PaperQuestion | undefined {
  const description = stripHtml(String(question.description ?? ''));
  const base = {
    name: question.name,
    title: stripHtml(question.processedTitle || question.name),
    ...(description === '' ? {} : { description }),
    required: question.isRequired,
    conditional: typeof question.visibleIf === 'string' && question.visibleIf !== '',
    choices: [],
    rows: [],
  };
  switch (question.getType()) {
    case 'rating':
      return ratingQuestion(question, base);
    case 'radiogroup':
    case 'dropdown':
    case 'imagepicker':
      return { ...base, kind: 'single', choices: (question.visibleChoices as ItemValue[]).map(choiceOf) };
    case 'checkbox':
    case 'tagbox':
      return { ...base, kind: 'multiple', choices: (question.visibleChoices as ItemValue[]).map(choiceOf) };
    case 'boolean':
      return {
        ...base,
        kind: 'single',
        choices: [
          { value: 'true', text: stripHtml(String(question.labelTrue)) },
          { value: 'false', text: stripHtml(String(question.labelFalse)) },
        ],
      };
    case 'matrix':
      return {
        ...base,
        kind: 'matrix',
        choices: (question.visibleColumns as ItemValue[]).map(choiceOf),
        rows: (question.visibleRows as { item: ItemValue }[]).map((row) => choiceOf(row.item)),
      };
    case 'text':
      return { ...base, kind: question.inputType === 'number' ? 'number' : 'text' };
    case 'comment':
      return { ...base, kind: 'comment' };
    case 'html':
      return {
        ...base,
        kind: 'note',
        title: stripHtml(String(question.processedHtml ?? '')),
        required: false,
      };
    default:
      // Types with no paper form (files, signatures, expressions) are left to the screen.
      return undefined;
  }
}

/**
 * The printable form of a SurveyJS definition in one language, read through survey-core's own model so
 * the titles, choices, scale points and end labels are the ones respondents see on screen.
 */
export function paperQuestionnaireOf(
  definition: unknown,
  lang: Language,
  meta: Pick<PaperQuestionnaireInput, 'projectName' | 'waveLabel' | 'onlineUrl'>,
): PaperQuestionnaireInput {
  const model = new Model(definition);
  model.locale = lang === 'en' ? '' : lang;
  const pages = model.pages.map((page) => {
    const description = stripHtml(String(page.description ?? ''));
    return {
      ...(page.title ? { title: stripHtml(page.processedTitle || page.title) } : {}),
      ...(description === '' ? {} : { description }),
      questions: page.questions.flatMap((question) => paperQuestion(question as AnyQuestion) ?? []),
    };
  });
  const description = stripHtml(String(model.description ?? ''));
  return {
    lang,
    title: stripHtml(model.title || meta.projectName),
    ...(description === '' ? {} : { description }),
    ...meta,
    pages,
  };
}
