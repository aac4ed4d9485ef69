import { ConditionRunner, Model, type Question } from 'survey-core';

/** How the generator answers one question of a SurveyJS definition. */
export interface QuestionPlan {
  name: string;
  /** `ordinal`: one value of `values` (low → high); `multi`: several of `values`; `matrix`: a value per row. */
  kind: 'ordinal' | 'multi' | 'matrix' | 'number' | 'text';
  values: (string | number | boolean)[];
  rows: string[];
  min: number;
  max: number;
  maxSelected: number;
  required: boolean;
  /** The question's own and its containers' `visibleIf`, compiled once; absent when always visible. */
  visibleIf?: ConditionRunner;
}

function choiceValues(question: Question): (string | number | boolean)[] {
  const choices = (
    question as unknown as { visibleChoices?: { value: unknown }[]; choices?: { value: unknown }[] }
  ).choices;
  return (choices ?? []).map((choice) => choice.value as string | number | boolean);
}

function ratingValues(question: Question): number[] {
  const rating = question as unknown as {
    rateValues: { value: unknown }[];
    rateMin: number;
    rateMax: number;
    rateStep: number;
  };
  if (rating.rateValues.length > 0) return rating.rateValues.map((item) => Number(item.value));
  const values: number[] = [];
  for (let value = rating.rateMin; value <= rating.rateMax; value += rating.rateStep || 1) values.push(value);
  return values;
}

function visibilityOf(question: Question): ConditionRunner | undefined {
  const conditions: string[] = [];
  // The question, then its panels, then its page: each container's visibleIf hides what it holds.
  type Element = { visibleIf?: string; parent?: Element | null };
  for (
    let element: Element | null | undefined = question as unknown as Element;
    element;
    element = element.parent
  ) {
    if (element.visibleIf) conditions.push(`(${element.visibleIf})`);
  }
  return conditions.length > 0 ? new ConditionRunner(conditions.join(' and ')) : undefined;
}

/**
 * Reads a SurveyJS definition once with survey-core and plans how to answer each question. Question
 * types the generator does not answer (files, signatures, dynamic panels, expressions, HTML) are left out.
 */
export function planQuestions(definition: object): QuestionPlan[] {
  const model = new Model(definition);
  const plans: QuestionPlan[] = [];
  for (const question of model.getAllQuestions(false, false, false)) {
    const type = question.getType();
    const base = {
      name: question.name,
      values: [] as (string | number | boolean)[],
      rows: [] as string[],
      min: 0,
      max: 0,
      maxSelected: 0,
      required: question.isRequired,
    };
    const visibleIf = visibilityOf(question);
    const withVisibility = visibleIf ? { visibleIf } : {};
    if (type === 'rating') {
      plans.push({ ...base, ...withVisibility, kind: 'ordinal', values: ratingValues(question) });
    } else if (type === 'radiogroup' || type === 'dropdown' || type === 'imagepicker') {
      plans.push({ ...base, ...withVisibility, kind: 'ordinal', values: choiceValues(question) });
    } else if (type === 'boolean') {
      const boolean = question as unknown as { valueFalse?: unknown; valueTrue?: unknown };
      const values = [boolean.valueFalse ?? false, boolean.valueTrue ?? true] as (string | boolean)[];
      plans.push({ ...base, ...withVisibility, kind: 'ordinal', values });
    } else if (type === 'checkbox' || type === 'tagbox') {
      const maxSelected = (question as unknown as { maxSelectedChoices: number }).maxSelectedChoices;
      plans.push({ ...base, ...withVisibility, kind: 'multi', values: choiceValues(question), maxSelected });
    } else if (type === 'matrix') {
      const matrix = question as unknown as { rows: { value: unknown }[]; columns: { value: unknown }[] };
      plans.push({
        ...base,
        ...withVisibility,
        kind: 'matrix',
        rows: matrix.rows.map((row) => String(row.value)),
        values: matrix.columns.map((column) => column.value as string | number),
      });
    } else if (type === 'text' && (question as unknown as { inputType: string }).inputType === 'number') {
      const text = question as unknown as { min?: string | number; max?: string | number };
      plans.push({
        ...base,
        ...withVisibility,
        kind: 'number',
        min: Number(text.min ?? 0),
        max: Number(text.max ?? 100),
      });
    } else if (type === 'text' || type === 'comment') {
      plans.push({ ...base, ...withVisibility, kind: 'text' });
    }
  }
  return plans;
}
