import { normalCdf } from '@neighbourly/stats';
import type { QuestionPlan } from './question-plan.js';
import type { Random } from './random.js';

/** What the generator needs to know about one respondent in one wave. */
export interface AnswerContext {
  rng: Random;
  /**
   * Where the respondent stands on the question, as a latent score on a standard-normal scale
   * (0 = middle of the answer scale, +2 = near the top). `undefined` answers uniformly at random.
   */
  latent(name: string, row?: string): number | undefined;
  /** Answers fixed in advance (background questions), used as they are. */
  fixed: Readonly<Record<string, unknown>>;
  /** The chance of skipping an optional question. */
  skipRate: number;
  /** The chance of writing something in an optional open question. */
  textRate: number;
  /** Texts to pick from for open questions. */
  texts: readonly string[];
}

function pickOrdinal<T>(
  values: readonly T[],
  latent: number | undefined,
  context: AnswerContext,
): T | undefined {
  if (values.length === 0) return undefined;
  if (latent === undefined) return context.rng.pick(values);
  const position = normalCdf(latent + context.rng.normal() * 0.8);
  return values[Math.min(values.length - 1, Math.floor(position * values.length))];
}

/**
 * Answers the planned questions for one respondent, in order, leaving out questions that are hidden
 * given the answers so far. The result is a SurveyJS data object.
 */
export function generateAnswers(
  plans: readonly QuestionPlan[],
  context: AnswerContext,
): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const plan of plans) {
    if (plan.visibleIf && !plan.visibleIf.runValues(answers)) continue;
    if (plan.name in context.fixed) {
      const value = context.fixed[plan.name];
      if (value !== undefined) answers[plan.name] = value;
      continue;
    }
    if (!plan.required && context.rng.next() < context.skipRate) continue;
    const value = answerOne(plan, context);
    if (value !== undefined) answers[plan.name] = value;
  }
  return answers;
}

function answerOne(plan: QuestionPlan, context: AnswerContext): unknown {
  switch (plan.kind) {
    case 'ordinal':
      return pickOrdinal(plan.values, context.latent(plan.name), context);
    case 'multi': {
      const limit = plan.maxSelected > 0 ? plan.maxSelected : plan.values.length;
      const chosen = plan.values.filter(() => context.rng.next() < 0.35).slice(0, limit);
      if (chosen.length === 0 && plan.required) return plan.values.slice(0, 1);
      return chosen.length > 0 ? chosen : undefined;
    }
    case 'matrix': {
      const value: Record<string, unknown> = {};
      for (const row of plan.rows) {
        const cell = pickOrdinal(plan.values, context.latent(plan.name, row), context);
        if (cell !== undefined) value[row] = cell;
      }
      return value;
    }
    case 'number':
      return Math.round(plan.min + context.rng.next() * (plan.max - plan.min));
    case 'text':
      if (!plan.required && context.rng.next() >= context.textRate) return undefined;
      return context.texts.length > 0 ? context.rng.pick(context.texts) : 'Ok';
  }
}
