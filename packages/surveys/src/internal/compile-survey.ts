import { settings } from 'survey-core';
import { type CompiledExpression, ExpressionCache, runCondition } from './expressions.js';
import type {
  CoreElement,
  CoreItemValue,
  CoreModel,
  CoreQuestion,
  CoreValidator,
} from './survey-core-shapes.js';
import {
  booleanRule,
  ChoiceSet,
  fileRule,
  isEmptyAnswer,
  listOfObjectsRule,
  matrixDropdownRule,
  matrixRule,
  multipleChoiceRule,
  multipleTextRule,
  ratingRule,
  type StrictRule,
  singleChoiceRule,
  sliderRule,
  stringRule,
  textRule,
  type ValueProblem,
} from './value-rules.js';

/** A validator of one answer: `undefined` when the answer passes. */
export type AnswerCheck = (value: unknown, data: Record<string, unknown>) => ValueProblem | undefined;

/** The visibility and enablement gates of an element, outermost (page) first, its own last. */
export interface Gates {
  /** Statically hidden (`visible: false` on it or an ancestor). */
  hidden: boolean;
  visibleIf: CompiledExpression[];
  /** Statically read-only (`readOnly: true` on it or an ancestor). */
  readOnly: boolean;
  enableIf: CompiledExpression[];
}

/** One question as the compiled validator sees it. */
export interface CompiledQuestion extends Gates {
  name: string;
  /** The key of its answer in the response (`valueName` or `name`). */
  key: string;
  type: string;
  isRequired: boolean;
  requiredIf: CompiledExpression | undefined;
  /** `undefined` for question types whose answer is not checked (expression questions). */
  strict: StrictRule | undefined;
  /** Checks survey-core makes besides "required" (min/max, min selected choices, other comment…). */
  core: ((value: unknown, data: Record<string, unknown>) => ValueProblem[]) | undefined;
  validators: AnswerCheck[];
  /** The `<name>-Comment` key, when the question stores a comment or an "other" text. */
  commentKey: string | undefined;
  /** Answers are kept but never checked (expression questions compute their own value). */
  computed: boolean;
  /** Answered with free text (`text`, `comment`): a whitespace-only string is no answer, as in survey-core. */
  freeText: boolean;
}

/** A panel or page, for `isRequired`/`requiredIf` ("answer at least one question here"). */
export interface CompiledContainer extends Gates {
  name: string;
  isRequired: boolean;
  requiredIf: CompiledExpression | undefined;
  questions: CompiledQuestion[];
}

/** A definition compiled for validation. */
export interface CompiledSurvey {
  questions: CompiledQuestion[];
  containers: CompiledContainer[];
  /** Answer keys → the question that owns them (comment keys included). */
  keys: Map<string, CompiledQuestion>;
  /**
   * Keys survey-core computes into the data and submits: calculated values with `includeIntoResult`,
   * and the totals of dropdown matrices (`<name>-total`). Kept, never checked.
   */
  computedKeys: Set<string>;
  expressions: ExpressionCache;
  /** Why the compiled rules are not enough and a survey-core model must decide; empty when they are. */
  fallbackReasons: string[];
}

const singleChoiceTypes = new Set(['radiogroup', 'dropdown', 'buttongroup']);
const multipleChoiceTypes = new Set(['checkbox', 'tagbox']);
const noValueTypes = new Set(['html', 'image']);
const builtInValidators = new Set([
  'numericvalidator',
  'textvalidator',
  'emailvalidator',
  'regexvalidator',
  'answercountvalidator',
]);

/** Compiles a survey-core model (built once from the definition) into plain validation rules. */
export function compileSurvey(model: CoreModel): CompiledSurvey {
  const expressions = new ExpressionCache();
  const reasons = new Set<string>();
  const questions: CompiledQuestion[] = [];
  const containers: CompiledContainer[] = [];
  const keys = new Map<string, CompiledQuestion>();
  const keyOwners = new Map<string, number>();

  const expression = (text: string | undefined, where: string): CompiledExpression | undefined => {
    if (!text) return undefined;
    const compiled = expressions.get(text);
    if (compiled.unsupported) reasons.add(`${where}: ${compiled.unsupported}`);
    return compiled;
  };

  const gatesOf = (element: CoreElement, parent: Gates | undefined): Gates => {
    const visibleIf = expression(element.visibleIf, `${element.name}.visibleIf`);
    const enableIf = expression(element.enableIf, `${element.name}.enableIf`);
    // survey-core writes the results of visibleIf/enableIf into `visible`/`readOnly` (it ran them
    // on load with no answers), so those are static only for elements without the condition.
    return {
      hidden: (parent?.hidden ?? false) || (!visibleIf && element.visible === false),
      visibleIf: visibleIf ? [...(parent?.visibleIf ?? []), visibleIf] : (parent?.visibleIf ?? []),
      readOnly: (parent?.readOnly ?? false) || (!enableIf && element.readOnly === true),
      enableIf: enableIf ? [...(parent?.enableIf ?? []), enableIf] : (parent?.enableIf ?? []),
    };
  };

  const walk = (element: CoreElement, parent: Gates | undefined, owners: CompiledContainer[]): void => {
    if (element.isPanel || element.isPage) {
      const gates = gatesOf(element, parent);
      const container: CompiledContainer = {
        ...gates,
        name: element.name,
        isRequired: element.isRequired === true,
        requiredIf: expression(element.requiredIf, `${element.name}.requiredIf`),
        questions: [],
      };
      if (container.isRequired || container.requiredIf) containers.push(container);
      for (const child of element.elements ?? []) walk(child, gates, [...owners, container]);
      return;
    }
    const question = compileQuestion(element as CoreQuestion, gatesOf(element, parent));
    if (!question) return;
    questions.push(question);
    for (const owner of owners) owner.questions.push(question);
    keyOwners.set(question.key, (keyOwners.get(question.key) ?? 0) + 1);
    keys.set(question.key, question);
    if (question.commentKey) keys.set(question.commentKey, question);
  };

  const compileQuestion = (question: CoreQuestion, gates: Gates): CompiledQuestion | undefined => {
    const type = question.getType();
    if (noValueTypes.has(type)) return undefined;
    const where = `question "${question.name}"`;
    for (const property of ['setValueExpression', 'setValueIf', 'resetValueIf'] as const) {
      if (question[property]) reasons.add(`${where} sets its own value (${property})`);
    }
    const compiled: CompiledQuestion = {
      ...gates,
      name: question.name,
      key: question.getValueName(),
      type,
      isRequired: question.isRequired === true,
      requiredIf: expression(question.requiredIf, `${question.name}.requiredIf`),
      strict: undefined,
      core: undefined,
      validators: compileValidators(question, where),
      commentKey: undefined,
      computed: false,
      freeText: type === 'text' || type === 'comment',
    };
    const hasComment = question.showCommentArea === true || question.hasComment === true;
    const choiceBased =
      singleChoiceTypes.has(type) ||
      multipleChoiceTypes.has(type) ||
      type === 'ranking' ||
      type === 'imagepicker';
    if (choiceBased) {
      checkChoiceFallbacks(question, where);
      const withOther = question.showOtherItem === true;
      const storeOthersAsComment =
        question.storeOthersAsComment === 'default' || question.storeOthersAsComment === undefined
          ? model.storeOthersAsComment !== false
          : question.storeOthersAsComment === true;
      if (withOther && !storeOthersAsComment) reasons.add(`${where} stores "other" text as its value`);
      if (hasComment || withOther) compiled.commentKey = question.getValueName() + settings.commentSuffix;
      const specials = [
        question.showNoneItem ? question.noneItem : undefined,
        question.showRefuseItem ? question.refuseItem : undefined,
        question.showDontKnowItem ? question.dontKnowItem : undefined,
      ];
      const source = choiceSource(question);
      const allowed = new ChoiceSet(
        [...source.items, withOther ? question.otherItem : undefined, ...specials],
        // With `storeOthersAsComment: false` the "other" text itself is the value.
        source.open || (withOther && !storeOthersAsComment),
      );
      const multiple =
        multipleChoiceTypes.has(type) ||
        type === 'ranking' ||
        (type === 'imagepicker' && (question as { multiSelect?: boolean }).multiSelect === true);
      // A ranking lists every choice unless the respondent picks what to rank; that is checkable only
      // when the choices are fixed.
      const fixedChoices =
        !source.open &&
        !source.copied &&
        !question.choicesVisibleIf &&
        !(question.choices ?? []).some((item) => item.visibleIf) &&
        !withOther &&
        specials.every((item) => item === undefined);
      const valuePropertyName = question.valuePropertyName || undefined;
      compiled.strict = multiple
        ? multipleChoiceRule(allowed, {
            max: question.maxSelectedChoices ?? 0,
            exclusive: new ChoiceSet(specials),
            requireAll: type === 'ranking' && question.selectToRankEnabled !== true && fixedChoices,
            valuePropertyName,
          })
        : singleChoiceRule(allowed, valuePropertyName);
      compiled.core = choiceCoreChecks(question, type, withOther, compiled.commentKey);
      return compiled;
    }
    if (hasComment) compiled.commentKey = question.getValueName() + settings.commentSuffix;
    switch (type) {
      case 'text': {
        compiled.strict = textRule(question, question.getMaxLength?.() ?? 0);
        compiled.core = textCoreChecks(question);
        if (question.minValueExpression || question.maxValueExpression) {
          reasons.add(`${where} computes its min/max with expressions`);
        }
        if ((question.inputType === 'number' || question.inputType === 'range') && question.step) {
          reasons.add(`${where} has a step`);
        }
        break;
      }
      case 'comment':
        compiled.strict = textRule(
          { name: question.name, inputType: 'text' },
          question.getMaxLength?.() ?? 0,
        );
        break;
      case 'rating':
        compiled.strict = ratingRule(question);
        break;
      case 'boolean':
        compiled.strict = booleanRule(question);
        break;
      case 'matrix':
        if (question.rowsVisibleIf || question.columnsVisibleIf || question.eachRowUnique) {
          reasons.add(`${where} has conditional rows/columns or unique rows`);
        }
        if (
          [...(question.rows ?? []), ...(question.columns ?? [])].some(
            (item) => item.visibleIf || item.enableIf,
          )
        ) {
          reasons.add(`${where} has rows or columns with their own conditions`);
        }
        compiled.strict = matrixRule(question);
        compiled.core = matrixCoreChecks(question);
        break;
      case 'multipletext':
        compiled.strict = multipleTextRule(question);
        compiled.core = multipleTextCoreChecks(question, where);
        break;
      case 'expression':
        compiled.computed = true;
        break;
      case 'file':
        compiled.strict = fileRule();
        break;
      case 'signaturepad':
        compiled.strict = stringRule();
        break;
      case 'matrixdynamic':
      case 'paneldynamic':
        compiled.strict = listOfObjectsRule();
        reasons.add(`${where} is a ${type}`);
        break;
      case 'matrixdropdown':
        compiled.strict = matrixDropdownRule(question);
        reasons.add(`${where} is a ${type}`);
        break;
      case 'slider':
        compiled.strict = sliderRule((question as { sliderType?: string }).sliderType === 'range');
        reasons.add(`${where} is a ${type}`);
        break;
      default:
        reasons.add(`${where} has type "${type}", which the compiler does not know`);
    }
    return compiled;
  };

  /**
   * The choices a question can hold at run time: its own, or those of the question it copies them
   * from (`choicesFromQuestion`, whatever `choicesFromQuestionMode`: "selected" and "unselected" are
   * subsets of the source's choices), or an open set when they are only known at run time.
   */
  const choiceSource = (
    question: CoreQuestion,
    seen = new Set<CoreQuestion>(),
  ): { items: CoreItemValue[]; open: boolean; copied: boolean } => {
    // Loaded from a URL, or typed by the respondent (`allowCustomChoices`): known only at run time.
    if (question.choicesByUrl?.url || question.allowCustomChoices)
      return { items: [], open: true, copied: false };
    const from = question.choicesFromQuestion;
    if (!from)
      return {
        items: [...(question.choices ?? []), ...generatedChoices(question)],
        open: false,
        copied: false,
      };
    const source = model.getQuestionByName(from);
    if (!source || seen.has(source)) return { items: [], open: true, copied: true };
    seen.add(source);
    // A dynamic matrix or panel lends the values its respondents type (choiceValuesFromQuestion).
    if (!source.getType || source.choices === undefined) return { items: [], open: true, copied: true };
    const inner = choiceSource(source, seen);
    const specials = [
      source.showOtherItem ? source.otherItem : undefined,
      source.showNoneItem ? source.noneItem : undefined,
      source.showRefuseItem ? source.refuseItem : undefined,
      source.showDontKnowItem ? source.dontKnowItem : undefined,
    ].filter((item): item is CoreItemValue => item !== undefined);
    return {
      items: [...(question.choices ?? []), ...inner.items, ...specials],
      open: inner.open,
      copied: true,
    };
  };

  const checkChoiceFallbacks = (question: CoreQuestion, where: string): void => {
    if (question.choicesVisibleIf || question.choicesEnableIf)
      reasons.add(`${where} has conditional choices`);
    if (question.choicesFromQuestion) reasons.add(`${where} copies its choices from another question`);
    if (question.choicesByUrl?.url) reasons.add(`${where} loads its choices from a URL`);
    if (question.valuePropertyName) reasons.add(`${where} stores choices as objects (valuePropertyName)`);
    if ((question.choices ?? []).some((item) => item.visibleIf || item.enableIf)) {
      reasons.add(`${where} has choices with their own conditions`);
    }
  };

  const compileValidators = (question: CoreQuestion, where: string): AnswerCheck[] =>
    blocking(question.getValidators()).map((validator) => compileValidator(validator, question.name, where));

  const compileValidator = (validator: CoreValidator, name: string, where: string): AnswerCheck => {
    const type = validator.getType();
    if (type === 'expressionvalidator') {
      const compiled = expression(validator.expression ?? '', `${where} expression validator`);
      if (!compiled) return () => undefined;
      return (_value, data) =>
        runCondition(compiled, data)
          ? undefined
          : { code: 'validator', message: validator.text || `does not meet the rule ${compiled.text}` };
    }
    if (!builtInValidators.has(type)) reasons.add(`${where} uses a custom validator (${type})`);
    return (value) => {
      const result = validator.validate(value, name);
      return result?.error ? { code: 'validator', message: result.error.getText() } : undefined;
    };
  };

  const multipleTextCoreChecks = (question: CoreQuestion, where: string) => {
    const items = (question.items ?? []).map((item) => ({
      name: item.name,
      isRequired: item.isRequired,
      validators: blocking(item.validators).map((validator) =>
        compileValidator(validator, item.name, `${where} item ${item.name}`),
      ),
    }));
    return (value: unknown, data: Record<string, unknown>): ValueProblem[] => {
      const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
      const problems: ValueProblem[] = [];
      for (const item of items) {
        const itemValue = record[item.name];
        if (item.isRequired && isEmptyAnswer(itemValue)) {
          problems.push({
            code: 'required',
            message: `item ${item.name} needs an answer`,
            subPath: [item.name],
          });
          continue;
        }
        for (const validator of item.validators) {
          const problem = validator(itemValue, data);
          if (problem) {
            problems.push({ ...problem, subPath: [item.name] });
            break;
          }
        }
      }
      return problems;
    };
  };

  for (const page of model.pages) walk(page, undefined, []);
  for (const [key, count] of keyOwners) {
    if (count > 1) reasons.add(`${count} questions share the answer key "${key}" (valueName)`);
  }
  if (model.calculatedValues.length > 0) reasons.add('the survey has calculatedValues');
  const resultKeys = new Set<string>();
  for (const value of model.calculatedValues) if (value.includeIntoResult) resultKeys.add(value.name);
  for (const question of model.getAllQuestions(false, false, false)) {
    const columns = (question as { columns?: { totalType?: string }[] }).columns ?? [];
    const type = question.getType();
    if ((type === 'matrixdropdown' || type === 'matrixdynamic') && columns.some(hasTotal)) {
      resultKeys.add(question.getValueName() + settings.matrix.totalsSuffix);
    }
  }
  if (model.triggers.length > 0) reasons.add('the survey has triggers');
  const computedKeys = new Set(questions.filter((q) => q.computed).map((q) => q.key.toLowerCase()));
  for (const text of expressions.texts()) {
    const compiled = expressions.get(text);
    if (compiled.variables.some((variable) => computedKeys.has(rootName(variable)))) {
      reasons.add(`expression "${text}" reads an expression question's computed value`);
    }
  }
  return {
    questions,
    containers,
    keys,
    computedKeys: resultKeys,
    expressions,
    fallbackReasons: [...reasons],
  };
}

/** The numbers a dropdown generates from `choicesMin`, `choicesMax` and `choicesStep`. */
function generatedChoices(question: CoreQuestion): CoreItemValue[] {
  const { choicesMin: min, choicesMax: max } = question;
  const step = Math.abs(question.choicesStep ?? 1) || 1;
  if (typeof min !== 'number' || typeof max !== 'number' || max < min || (max - min) / step > 100_000)
    return [];
  const items: CoreItemValue[] = [];
  for (let value = min; value <= max; value += step) items.push({ value });
  return items;
}

function hasTotal(column: { totalType?: string }): boolean {
  return column.totalType !== undefined && column.totalType !== 'none';
}

/** Validators that block completion: survey-core shows `warning` and `info` ones but lets the respondent go on. */
function blocking(validators: CoreValidator[]): CoreValidator[] {
  return validators.filter((validator) => (validator.notificationType ?? 'error') === 'error');
}

function rootName(variable: string): string {
  return variable.split(/[.[]/)[0]?.toLowerCase() ?? '';
}

function choiceCoreChecks(
  question: CoreQuestion,
  type: string,
  withOther: boolean,
  commentKey: string | undefined,
): CompiledQuestion['core'] {
  const minSelected =
    multipleChoiceTypes.has(type) || type === 'ranking' ? (question.minSelectedChoices ?? 0) : 0;
  const otherValue = question.otherItem?.value;
  const otherNeedsComment = withOther && question.otherItem?.isCommentRequired !== false;
  const noneValues = new ChoiceSet(
    [question.showNoneItem ? question.noneItem : undefined].filter((item): item is CoreItemValue => !!item),
  );
  if (minSelected < 1 && !otherNeedsComment) return undefined;
  return (value, data) => {
    const problems: ValueProblem[] = [];
    if (minSelected > 0) {
      const count = Array.isArray(value) ? value.length : 0;
      const noneOnly = count === 1 && Array.isArray(value) && noneValues.has(value[0]);
      if (!noneOnly && count < minSelected) {
        problems.push({ code: 'too-few-choices', message: `needs at least ${minSelected} choices` });
      }
    }
    if (otherNeedsComment && commentKey) {
      const chosen = Array.isArray(value) ? value.includes(otherValue) : value === otherValue;
      if (chosen && isEmptyAnswer(data[commentKey])) {
        problems.push({
          code: 'comment-required',
          message: `"other" is chosen; ${commentKey} must say what`,
        });
      }
    }
    return problems;
  };
}

function textCoreChecks(question: CoreQuestion): CompiledQuestion['core'] {
  const inputType = question.inputType ?? 'text';
  const numeric = inputType === 'number' || inputType === 'range';
  const bound = (raw: unknown): number | string | undefined => {
    if (raw === undefined || raw === null || raw === '') return undefined;
    if (numeric) return typeof raw === 'number' ? raw : Number(raw);
    return String(raw);
  };
  const min = bound(question.min);
  const max = bound(question.max);
  if (min === undefined && max === undefined) return undefined;
  return (value) => {
    if (isEmptyAnswer(value)) return [];
    const problems: ValueProblem[] = [];
    if (min !== undefined && (value as number | string) < min) {
      problems.push({ code: 'out-of-range', message: `must be at least ${min}` });
    }
    if (max !== undefined && (value as number | string) > max) {
      problems.push({ code: 'out-of-range', message: `must be at most ${max}` });
    }
    return problems;
  };
}

function matrixCoreChecks(question: CoreQuestion): CompiledQuestion['core'] {
  if (!(question.eachRowRequired || question.isAllRowRequired)) return undefined;
  const rows = (question.rows ?? []).map((row) => String(row.value));
  return (value) => {
    const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    const missing = rows.filter((row) => isEmptyAnswer(record[row]));
    return missing.length > 0
      ? [{ code: 'rows-required', message: `needs an answer in rows ${missing.join(', ')}` }]
      : [];
  };
}
