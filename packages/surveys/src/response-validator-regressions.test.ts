/**
 * The rejection classes A–G of issue 15: each a valid survey-core answer the validator used to reject
 * (or a wrong type it accepted, or an input that threw). Each case is decided by survey-core too.
 */
import { Model } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { compileResponseValidator } from './response-validator.js';

function surveyCoreAccepts(definition: object, data: Record<string, unknown>): boolean {
  const model = new Model(definition);
  model.data = data;
  return model.validate(true, false);
}

function codes(definition: object, data: unknown): string[] {
  const result = compileResponseValidator(definition).validate(data);
  return result.ok ? [] : result.issues.map((issue) => `${issue.code}@${issue.path.join('.')}`);
}

const liked = { type: 'checkbox', name: 'liked', choices: ['Speed', 'Price'] };

describe('valid survey-core answers the validator accepts (issue 15)', () => {
  it.each([
    ['all', { liked: ['Speed'], improve: ['Price'] }],
    ['selected', { liked: ['Speed'], improve: ['Speed'] }],
    ['unselected', { liked: ['Speed'], improve: ['Price'] }],
  ])('A. choicesFromQuestion, mode %s', (mode, data) => {
    const definition = {
      elements: [
        liked,
        { type: 'checkbox', name: 'improve', choicesFromQuestion: 'liked', choicesFromQuestionMode: mode },
      ],
    };
    expect(surveyCoreAccepts(definition, data)).toBe(true);
    expect(codes(definition, data)).toEqual([]);
    // Still strict: a value that is no choice of the source question.
    expect(codes(definition, { liked: ['Speed'], improve: ['Colour'] })).toEqual([
      'unknown-choice@improve.0',
    ]);
  });

  it('A. choicesFromQuestion chained through two questions', () => {
    const definition = {
      elements: [
        liked,
        { type: 'radiogroup', name: 'best', choicesFromQuestion: 'liked' },
        { type: 'dropdown', name: 'worst', choicesFromQuestion: 'best' },
      ],
    };
    expect(codes(definition, { liked: ['Speed', 'Price'], best: 'Price', worst: 'Speed' })).toEqual([]);
  });

  it('B. calculatedValues with includeIntoResult are part of the response', () => {
    const definition = {
      elements: [{ type: 'text', name: 'n', inputType: 'number' }],
      calculatedValues: [{ name: 'double', expression: '{n} * 2', includeIntoResult: true }],
    };
    const model = new Model(definition);
    model.setValue('n', 2);
    expect(model.data).toEqual({ n: 2, double: 4 });
    expect(codes(definition, model.data)).toEqual([]);
    const result = compileResponseValidator(definition).validate(model.data);
    expect(result.ok && result.value).toEqual({ n: 2, double: 4 });
    // Not included into the result: not part of a response.
    const hidden = { ...definition, calculatedValues: [{ name: 'double', expression: '{n} * 2' }] };
    expect(codes(hidden, { n: 2, double: 4 })).toEqual(['unknown-question@double']);
  });

  it('C. valuePropertyName stores choices as objects', () => {
    const definition = {
      elements: [{ type: 'checkbox', name: 'q', choices: ['a', 'b'], valuePropertyName: 'fruit' }],
    };
    expect(surveyCoreAccepts(definition, { q: [{ fruit: 'a' }] })).toBe(true);
    expect(codes(definition, { q: [{ fruit: 'a' }, { fruit: 'b' }] })).toEqual([]);
    expect(codes(definition, { q: [{ fruit: 'z' }] })).toEqual(['unknown-choice@q.0']);
    expect(codes(definition, { q: ['a'] })).toEqual(['unknown-choice@q.0']);
  });

  it.each(['warning', 'info'])('D. a %s validator does not block', (notificationType) => {
    const definition = {
      elements: [
        {
          type: 'comment',
          name: 'feedback',
          validators: [{ type: 'text', minLength: 10, notificationType }],
        },
        {
          type: 'text',
          name: 'email',
          validators: [{ type: 'expression', expression: 'false', notificationType }],
        },
      ],
    };
    const data = { feedback: 'short', email: 'me@example.org' };
    expect(surveyCoreAccepts(definition, data)).toBe(true);
    expect(codes(definition, data)).toEqual([]);
    // The same validators as errors do block, in survey-core and here.
    const asErrors = JSON.parse(JSON.stringify(definition).replaceAll(`"${notificationType}"`, '"error"'));
    expect(surveyCoreAccepts(asErrors, data)).toBe(false);
    expect(codes(asErrors, data)).toEqual(['validator@feedback', 'validator@email']);
  });

  it('E. matrix rows and columns with number values', () => {
    const definition = { elements: [{ type: 'matrix', name: 'm', rows: [1, 2], columns: [1, 2] }] };
    expect(surveyCoreAccepts(definition, { m: { '1': 2, '2': 1 } })).toBe(true);
    expect(codes(definition, { m: { '1': 2, '2': 1 } })).toEqual([]);
    expect(codes(definition, { m: { '3': 1 } })).toEqual(['unknown-row@m.3']);
    expect(codes(definition, { m: { '1': '2' } })).toEqual(['unknown-choice@m.1']);
  });

  it('F. matrix totals ("<name>-total") are part of the response', () => {
    const definition = {
      elements: [
        {
          type: 'matrixdynamic',
          name: 'order',
          rowCount: 1,
          columns: [{ name: 'qty', cellType: 'text', inputType: 'number', totalType: 'sum' }],
        },
      ],
    };
    const model = new Model(definition);
    model.setValue('order', [{ qty: 3 }]);
    expect(model.data).toHaveProperty('order-total');
    expect(surveyCoreAccepts(definition, model.data)).toBe(true);
    expect(codes(definition, model.data)).toEqual([]);
  });

  describe('G. whitespace strings never throw and are decided the same in any order', () => {
    const definition = {
      elements: [
        { type: 'matrixdropdown', name: 'm', rows: ['a'], columns: [{ name: 'c', cellType: 'text' }] },
        { type: 'matrix', name: 'grid', rows: ['r'], columns: ['x'] },
        { type: 'checkbox', name: 'pick', choices: ['a'] },
        { type: 'boolean', name: 'yes' },
        { type: 'text', name: 'note' },
      ],
    };
    it.each([
      ['m', 'wrong-type@m'],
      ['grid', 'wrong-type@grid'],
      ['pick', 'wrong-type@pick'],
      ['yes', 'wrong-type@yes'],
    ])('"   " as %s is a wrong type, first or after a valid response', (name, code) => {
      expect(codes(definition, { [name]: '   ' })).toEqual([code]);
      const warm = compileResponseValidator(definition);
      expect(warm.validate({ m: { a: { c: 'x' } }, grid: { r: 'x' }, pick: ['a'], yes: true }).ok).toBe(true);
      const result = warm.validate({ [name]: '   ' });
      expect(result.ok ? [] : result.issues.map((issue) => `${issue.code}@${issue.path.join('.')}`)).toEqual([
        code,
      ]);
    });

    it('a whitespace-only text is no answer, as in survey-core', () => {
      expect(codes(definition, { note: '   ' })).toEqual([]);
      const required = { elements: [{ type: 'text', name: 'note', inputType: 'email', isRequired: true }] };
      expect(surveyCoreAccepts(required, { note: '   ' })).toBe(false);
      expect(codes(required, { note: '   ' })).toEqual(['required@note']);
    });
  });

  it('run-time values the public surveys lack: numeric masks, triggers, generated and custom choices, checkbox matrices', () => {
    const definition = {
      elements: [
        { type: 'text', name: 'money', maskType: 'numeric' },
        { type: 'text', name: 'note' },
        { type: 'dropdown', name: 'age', choicesMin: 18, choicesMax: 99 },
        { type: 'tagbox', name: 'tags', choices: ['walks'], allowCustomChoices: true },
        { type: 'matrix', name: 'days', cellType: 'checkbox', rows: ['mon'], columns: ['am', 'pm'] },
      ],
      triggers: [{ type: 'setvalue', expression: '{money} notempty', setToName: 'note', setValue: 5 }],
    };
    const model = new Model(definition);
    model.setValue('money', 1234.5);
    model.setValue('age', 40);
    model.setValue('tags', ['walks', 'my own']);
    model.setValue('days', { mon: ['am', 'pm'] });
    expect(model.data).toEqual({
      money: 1234.5,
      note: 5,
      age: 40,
      tags: ['walks', 'my own'],
      days: { mon: ['am', 'pm'] },
    });
    expect(surveyCoreAccepts(definition, model.data)).toBe(true);
    expect(codes(definition, model.data)).toEqual([]);
    expect(codes(definition, { age: 100, days: { mon: ['noon'] } })).toEqual([
      'unknown-choice@age',
      'unknown-choice@days.mon',
    ]);
  });
});
