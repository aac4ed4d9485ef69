/**
 * Differential testing of the response validator against survey-core: valid responses are filled in
 * a survey-core model (see model-filler.ts), some are mutated, and every response is decided by the
 * package (one validator per survey, reused across responses, as the server does) and by survey-core
 * (a fresh model per response). They must agree wherever survey-core decides; where the package is
 * stricter, the response must carry a deliberate mutation and the package's issues must all be of a
 * deliberate kind, on the mutated question.
 */
import { isDeepStrictEqual } from 'node:util';
import { Model } from 'survey-core';
import { compileResponseValidator, type ResponseValidator } from '../../src/index.js';
import { compileSurvey } from '../../src/internal/compile-survey.js';
import { ModelValidation } from '../../src/internal/run-validation.js';
import type { CoreModel } from '../../src/internal/survey-core-shapes.js';
import { ModelFiller, seededRandom, surveyCoreAccepts } from './model-filler.js';

// biome-ignore lint/suspicious/noExplicitAny: survey-core's runtime objects are read generically
type Loose = any;

/**
 * Mutations whose result survey-core accepts and the package rejects on purpose: the documented
 * deliberate differences (docs/surveys.md, "Stricter than survey-core").
 */
export const deliberateMutations = ['unknown-question', 'off-scale', 'unknown-choice', 'wrong-type'] as const;
/** Mutations survey-core decides (a required answer removed, a free-text answer blanked). */
export const decidedMutations = ['drop-required', 'blank-text'] as const;
export type Mutation = (typeof deliberateMutations)[number] | (typeof decidedMutations)[number];

/** The issue codes of the deliberate differences. */
export const deliberateCodes: ReadonlySet<string> = new Set([
  'unknown-question',
  'not-on-scale',
  'unknown-choice',
  'unknown-row',
  'unknown-item',
  'wrong-type',
]);

/** The figures of a differential run. */
export interface Figures {
  surveys: number;
  responses: number;
  valid: number;
  mutated: number;
  agreements: number;
  deliberateStricter: number;
  falseRejections: number;
  falseAcceptances: number;
  missedMutations: number;
  orderDifferences: number;
  /** Responses the compiled rules and the survey-core fallback decide differently (compiled surveys). */
  pathDifferences: number;
  throws: number;
}

export function emptyFigures(): Figures {
  return {
    surveys: 0,
    responses: 0,
    valid: 0,
    mutated: 0,
    agreements: 0,
    deliberateStricter: 0,
    falseRejections: 0,
    falseAcceptances: 0,
    missedMutations: 0,
    orderDifferences: 0,
    pathDifferences: 0,
    throws: 0,
  };
}

export function addFigures(total: Figures, part: Figures): void {
  for (const key of Object.keys(total) as (keyof Figures)[]) total[key] += part[key];
}

/** One response on which the package and survey-core disagree, or the package misbehaves. */
export interface Problem {
  kind: 'false-rejection' | 'false-acceptance' | 'missed-mutation' | 'order' | 'path' | 'throw';
  data: Record<string, unknown>;
  mutation?: { kind: Mutation; questions: string[] } | undefined;
  issues?: string[];
}

const choiceTypes = new Set(['radiogroup', 'dropdown', 'checkbox', 'tagbox', 'imagepicker', 'ranking']);
const multiTypes = new Set(['checkbox', 'tagbox', 'ranking']);
/** Types whose answer is never a string: `"   "` is a wrong type for them. */
const nonStringTypes = new Set([
  'boolean',
  'checkbox',
  'tagbox',
  'ranking',
  'matrix',
  'matrixdropdown',
  'matrixdynamic',
  'paneldynamic',
  'multipletext',
  'slider',
]);

function isMulti(question: Loose): boolean {
  return multiTypes.has(question.getType()) || (question.getType() === 'imagepicker' && question.multiSelect);
}

/** Choices fixed by the definition (not loaded from a URL nor typed into a dynamic matrix). */
function hasKnownChoices(question: Loose): boolean {
  if (question.choicesByUrl?.url) return false;
  // With `storeOthersAsComment: false` any "other" text is a value.
  const othersAsValue =
    question.storeOthersAsComment === false || question.survey?.storeOthersAsComment === false;
  if (question.showOtherItem && othersAsValue) return false;
  const from = question.choicesFromQuestion;
  if (!from) return true;
  const source = question.survey?.getQuestionByName(from);
  return !!source && choiceTypes.has(source.getType()) && hasKnownChoices(source);
}

/**
 * Applies one mutation to a copy of `data`, on a question visible in `model` (the model the data was
 * filled in). `undefined` when the survey has no question the mutation applies to.
 */
export function mutate(
  data: Record<string, unknown>,
  model: Loose,
  kind: Mutation,
  random: () => number,
): { data: Record<string, unknown>; questions: string[] } | undefined {
  const copy = structuredClone(data);
  if (kind === 'unknown-question') {
    copy.zz_no_such_question = 'x';
    return { data: copy, questions: ['zz_no_such_question'] };
  }
  const visible = (model.getAllQuestions(false, false, false) as Loose[]).filter(
    (question) => question.isVisible && question.isParentVisible,
  );
  const candidates = visible.filter((question) => {
    const type = question.getType();
    switch (kind) {
      case 'off-scale':
        return type === 'rating';
      case 'unknown-choice':
        return choiceTypes.has(type) && hasKnownChoices(question);
      case 'wrong-type':
        return nonStringTypes.has(type) || (type === 'text' && question.inputType === 'number');
      case 'drop-required':
        return question.isRequired && !question.isReadOnly && Object.hasOwn(copy, question.getValueName());
      case 'blank-text':
        return (type === 'text' || type === 'comment') && !question.isReadOnly;
      default:
        return false;
    }
  });
  const question = candidates[Math.floor(random() * candidates.length)];
  if (!question) return undefined;
  const key = question.getValueName();
  switch (kind) {
    case 'off-scale': {
      const values = (question.visibleRateValues as Loose[]).map((item) => item.value);
      const numbers = values.filter((value): value is number => typeof value === 'number');
      copy[key] = numbers.length > 0 ? Math.max(...numbers) + 37 : 'zz-off-the-scale';
      break;
    }
    case 'unknown-choice':
      copy[key] = isMulti(question) ? ['zz-not-a-choice'] : 'zz-not-a-choice';
      break;
    case 'wrong-type':
      copy[key] = random() < 0.5 ? '   ' : { $gt: '' };
      if (question.getType() === 'text') copy[key] = random() < 0.5 ? 'seventeen' : { $gt: '' };
      break;
    case 'drop-required':
      delete copy[key];
      break;
    case 'blank-text':
      copy[key] = '   ';
      break;
  }
  // Questions sharing the answer key (`valueName`) share the mutation.
  const sharing = (model.getAllQuestions(false, false, false) as Loose[]).filter(
    (other) => other.getValueName() === key,
  );
  return { data: copy, questions: sharing.map((other) => other.name) };
}

function issueList(result: ReturnType<ResponseValidator['validate']>): string[] {
  return result.ok ? [] : result.issues.map((issue) => `${issue.code}@${issue.path.join('.')}`);
}

/**
 * Runs the differential test on one survey: `count` filled responses, each followed by one mutation
 * (the kinds in turn). The last response is also decided by a freshly compiled validator, which must
 * decide exactly as the reused one that has seen all the others.
 */
export function runDifferential(
  definition: object,
  seed: number,
  count: number,
): { figures: Figures; problems: Problem[] } {
  const figures = emptyFigures();
  figures.surveys = 1;
  const problems: Problem[] = [];
  const validator = compileResponseValidator(definition);
  // For a survey the compiler covers, the survey-core fallback must decide the same.
  const fallback =
    validator.mode === 'compiled'
      ? new ModelValidation(definition, compileSurvey(new Model(definition) as unknown as CoreModel))
      : undefined;
  const filler = new ModelFiller(definition);
  const random = seededRandom(seed);
  const kinds: Mutation[] = [...deliberateMutations, ...decidedMutations];

  const decide = (data: Record<string, unknown>, mutation: Problem['mutation'], checkOrder: boolean) => {
    figures.responses++;
    if (mutation) figures.mutated++;
    else figures.valid++;
    let result: ReturnType<ResponseValidator['validate']>;
    try {
      result = validator.validate(data);
      if (checkOrder && !isDeepStrictEqual(compileResponseValidator(definition).validate(data), result)) {
        figures.orderDifferences++;
        problems.push({ kind: 'order', data, mutation });
      }
    } catch (cause) {
      figures.throws++;
      problems.push({ kind: 'throw', data, mutation, issues: [String(cause)] });
      return;
    }
    const issues = issueList(result);
    if (fallback) {
      const run = fallback.run(data, { hiddenAnswers: 'drop', unknownAnswers: 'reject' });
      if ((run.issues.length === 0) !== result.ok) {
        figures.pathDifferences++;
        problems.push({ kind: 'path', data, mutation, issues });
      }
    }
    const core = surveyCoreAccepts(definition, data);
    const deliberate =
      mutation !== undefined && (deliberateMutations as readonly string[]).includes(mutation.kind);
    if (deliberate && result.ok) {
      figures.missedMutations++;
      problems.push({ kind: 'missed-mutation', data, mutation });
    }
    if (core === result.ok) {
      figures.agreements++;
      return;
    }
    if (core) {
      const onMutated = issues.every((text) => {
        const [code = '', path = ''] = text.split('@');
        return deliberateCodes.has(code) && mutation?.questions.includes(path.split('.')[0] ?? '');
      });
      if (deliberate && onMutated) figures.deliberateStricter++;
      else {
        figures.falseRejections++;
        problems.push({ kind: 'false-rejection', data, mutation, issues });
      }
      return;
    }
    figures.falseAcceptances++;
    problems.push({ kind: 'false-acceptance', data, mutation });
  };

  for (let index = 0; index < count; index++) {
    const last = index === count - 1;
    const { data, model } = filler.fill(random);
    let mutated: ReturnType<typeof mutate>;
    let kind: Mutation | undefined;
    for (let attempt = 0; attempt < kinds.length && !mutated; attempt++) {
      kind = kinds[(index + attempt) % kinds.length] as Mutation;
      mutated = mutate(data, model, kind, random);
    }
    decide(data, undefined, last && !mutated);
    if (mutated && kind) decide(mutated.data, { kind, questions: mutated.questions }, last);
  }
  return { figures, problems };
}
