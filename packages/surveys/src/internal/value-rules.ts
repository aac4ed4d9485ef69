import { EmailValidator, Helpers } from 'survey-core';
import type { ResponseIssueCode } from '../response-issue.js';
import type { CoreItemValue, CoreQuestion } from './survey-core-shapes.js';

/** A problem with one answer, before the validator adds the path. */
export interface ValueProblem {
  code: ResponseIssueCode;
  message: string;
  /** Sub-path below the question (a matrix row, a multiple-text item). */
  subPath?: (string | number)[];
}

/** Checks one non-empty answer's type and range; returns the first problem or `undefined`. */
export type StrictRule = (value: unknown) => ValueProblem | undefined;

/** Empty the way survey-core's `question.isEmpty()` sees it (strings are trimmed). */
export function isEmptyAnswer(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() === '';
  return Helpers.isValueEmpty(value);
}

/**
 * No answer at all: absent, `null` or `""`, and for questions answered with free text (`text`,
 * `comment`) also a whitespace-only string, which survey-core treats as empty there. Anything else is
 * an answer whose type is checked: `"   "` is no yes/no, no rating and no matrix.
 */
export function isBlankAnswer(value: unknown, freeText: boolean): boolean {
  if (value === undefined || value === null || value === '') return true;
  return freeText && typeof value === 'string' && value.trim() === '';
}

const emailValidator = new EmailValidator();

/** Formats of HTML input types, as browsers produce them (`<input type=date>` gives `2024-05-31`). */
const inputFormats: Record<string, RegExp> = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  'datetime-local': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/,
  datetime: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/,
  month: /^\d{4}-\d{2}$/,
  week: /^\d{4}-W\d{2}$/,
  time: /^\d{2}:\d{2}(:\d{2})?$/,
  color: /^#[0-9a-fA-F]{6}$/,
};

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * A set of allowed choice values, compared exactly (number 2 is not string "2"). An open set (choices
 * known only at run time: loaded from a URL, copied from a dynamic matrix or panel) accepts any
 * number, string or boolean.
 */
export class ChoiceSet {
  private readonly values = new Set<unknown>();
  constructor(
    items: readonly (CoreItemValue | undefined)[],
    readonly open = false,
  ) {
    for (const item of items) if (item) this.values.add(item.value);
  }
  has(value: unknown): boolean {
    if (this.open) return ['string', 'number', 'boolean'].includes(typeof value);
    return this.values.has(value);
  }
  get size(): number {
    return this.values.size;
  }
  /** The allowed values for a message: `allowed: "yes", "no"` (the first 12, then how many more). */
  describeAllowed(): string {
    const all = [...this.values];
    const shown = all.slice(0, 12).map(describe).join(', ');
    return `allowed: ${shown}${all.length > 12 ? `, … (${all.length - 12} more)` : ''}`;
  }
}

export function textRule(
  question: { name: string; inputType?: string | undefined },
  maxLength: number,
): StrictRule {
  const inputType = question.inputType ?? 'text';
  if (inputType === 'number' || inputType === 'range') {
    return (value) =>
      typeof value === 'number' && Number.isFinite(value)
        ? undefined
        : { code: 'wrong-type', message: `expects a number, got ${describe(value)}` };
  }
  const format = inputFormats[inputType];
  // Plain text holds numbers too: a numeric mask (`maskType: "numeric"`) stores one, and so do triggers,
  // `setValueExpression` and defaults that compute one.
  const numbersAllowed = format === undefined && inputType !== 'email';
  return (value) => {
    if (numbersAllowed && typeof value === 'number' && Number.isFinite(value)) return undefined;
    if (typeof value !== 'string')
      return { code: 'wrong-type', message: `expects text, got ${describe(value)}` };
    if (maxLength > 0 && value.length > maxLength) {
      return {
        code: 'too-long',
        message: `is ${value.length} characters long; at most ${maxLength} are allowed`,
      };
    }
    if (format && !format.test(value)) {
      return { code: 'wrong-type', message: `expects a ${inputType} value, got ${describe(value)}` };
    }
    if (inputType === 'email' && emailValidator.validate(value, question.name)?.error) {
      return { code: 'invalid-email', message: `${describe(value)} is not an e-mail address` };
    }
    return undefined;
  };
}

/**
 * The stored form of a choice: the value itself, or with `valuePropertyName` an object holding the
 * value under that property (`{ "fruit": "apple" }`, which may carry more properties).
 */
function choiceValue(item: unknown, valuePropertyName: string | undefined): unknown {
  if (!valuePropertyName) return item;
  return isPlainObject(item) ? item[valuePropertyName] : undefined;
}

export function singleChoiceRule(allowed: ChoiceSet, valuePropertyName?: string): StrictRule {
  return (value) =>
    allowed.has(choiceValue(value, valuePropertyName))
      ? undefined
      : {
          code: 'unknown-choice',
          message: `${describe(value)} is not one of the choices (${allowed.describeAllowed()})`,
        };
}

export function multipleChoiceRule(
  allowed: ChoiceSet,
  options: {
    max: number;
    exclusive: ChoiceSet;
    requireAll?: boolean;
    valuePropertyName?: string | undefined;
  },
): StrictRule {
  return (answer) => {
    if (!Array.isArray(answer))
      return { code: 'wrong-type', message: `expects a list of choices, got ${describe(answer)}` };
    const value = answer.map((item) => choiceValue(item, options.valuePropertyName));
    const seen = new Set<unknown>();
    for (const [index, item] of value.entries()) {
      if (!allowed.has(item)) {
        return {
          code: 'unknown-choice',
          message: `${describe(item)} is not one of the choices (${allowed.describeAllowed()})`,
          subPath: [index],
        };
      }
      if (seen.has(item)) return { code: 'duplicate-choice', message: `${describe(item)} is chosen twice` };
      seen.add(item);
    }
    if (options.max > 0 && value.length > options.max) {
      return {
        code: 'too-many-choices',
        message: `has ${value.length} choices; at most ${options.max} are allowed`,
      };
    }
    if (value.length > 1 && value.some((item) => options.exclusive.has(item))) {
      return {
        code: 'exclusive-choice',
        message: 'combines an exclusive choice (none, refuse, don’t know) with others',
      };
    }
    if (options.requireAll && value.length !== allowed.size) {
      return { code: 'wrong-type', message: `must rank all ${allowed.size} choices` };
    }
    return undefined;
  };
}

export function booleanRule(question: CoreQuestion): StrictRule {
  const trueValue = question.valueTrue ?? true;
  const falseValue = question.valueFalse ?? false;
  return (value) =>
    value === trueValue || value === falseValue
      ? undefined
      : {
          code: 'wrong-type',
          message: `expects ${describe(trueValue)} or ${describe(falseValue)}, got ${describe(value)}`,
        };
}

export function ratingRule(question: CoreQuestion): StrictRule {
  const allowed = new ChoiceSet(question.visibleRateValues ?? []);
  return (value) =>
    allowed.has(value)
      ? undefined
      : {
          code: 'not-on-scale',
          message: `${describe(value)} is not a value of the rating scale (${allowed.describeAllowed()})`,
        };
}

export function matrixRule(question: CoreQuestion): StrictRule {
  // Row values are object keys in the answer, so `"rows": [1, 2]` gives the keys "1" and "2".
  const rows = new Set((question.rows ?? []).map((row) => String(row.value)));
  const columns = new ChoiceSet(question.columns ?? []);
  // `cellType: "checkbox"`: each row holds a list of columns.
  const multiple = (question as { cellType?: string }).cellType === 'checkbox';
  const known = (cell: unknown) =>
    multiple ? Array.isArray(cell) && cell.every((item) => columns.has(item)) : columns.has(cell);
  return (value) => {
    if (!isPlainObject(value))
      return { code: 'wrong-type', message: `expects an object of rows, got ${describe(value)}` };
    for (const [row, cell] of Object.entries(value)) {
      if (!rows.has(row))
        return { code: 'unknown-row', message: `has no row ${describe(row)}`, subPath: [row] };
      if (!known(cell)) {
        return {
          code: 'unknown-choice',
          message: `${describe(cell)} is not one of the columns (${columns.describeAllowed()})`,
          subPath: [row],
        };
      }
    }
    return undefined;
  };
}

export function multipleTextRule(question: CoreQuestion): StrictRule {
  const items = new Map(
    (question.items ?? []).map((item) => [
      item.name,
      textRule({ name: item.name, inputType: item.inputType }, 0),
    ]),
  );
  return (value) => {
    if (!isPlainObject(value))
      return { code: 'wrong-type', message: `expects an object of items, got ${describe(value)}` };
    for (const [name, itemValue] of Object.entries(value)) {
      const rule = items.get(name);
      if (!rule) return { code: 'unknown-item', message: `has no item ${describe(name)}`, subPath: [name] };
      if (isEmptyAnswer(itemValue)) continue;
      const problem = rule(itemValue);
      if (problem) return { ...problem, subPath: [name] };
    }
    return undefined;
  };
}

/** A dynamic matrix or dynamic panel: a list of objects (rows, panels), whose cells survey-core checks. */
export function listOfObjectsRule(): StrictRule {
  return (value) =>
    Array.isArray(value) && value.every(isPlainObject)
      ? undefined
      : { code: 'wrong-type', message: `expects a list of objects, got ${describe(value)}` };
}

/**
 * A dropdown matrix: an object of its rows (keyed by row value), each an object of cells, whose
 * values survey-core checks.
 */
export function matrixDropdownRule(question: CoreQuestion): StrictRule {
  const rows = new Set((question.rows ?? []).map((row) => String(row.value)));
  return (value) => {
    if (!isPlainObject(value))
      return { code: 'wrong-type', message: `expects an object of rows, got ${describe(value)}` };
    for (const [row, cells] of Object.entries(value)) {
      if (!rows.has(row))
        return { code: 'unknown-row', message: `has no row ${describe(row)}`, subPath: [row] };
      if (!isPlainObject(cells)) {
        return {
          code: 'wrong-type',
          message: `expects an object of cells, got ${describe(cells)}`,
          subPath: [row],
        };
      }
    }
    return undefined;
  };
}

export function fileRule(): StrictRule {
  return (value) => {
    const items = Array.isArray(value) ? value : [value];
    const ok = items.every((item) => typeof item === 'string' || isPlainObject(item));
    return ok ? undefined : { code: 'wrong-type', message: 'expects files (objects or strings)' };
  };
}

export function sliderRule(range: boolean): StrictRule {
  const isNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
  return (value) =>
    (range ? Array.isArray(value) && value.length === 2 && value.every(isNumber) : isNumber(value))
      ? undefined
      : {
          code: 'wrong-type',
          message: `expects ${range ? 'two numbers' : 'a number'}, got ${describe(value)}`,
        };
}

export function stringRule(): StrictRule {
  return (value) =>
    typeof value === 'string'
      ? undefined
      : { code: 'wrong-type', message: `expects text, got ${describe(value)}` };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
