import { Model } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { compileResponseValidator, validateResponse } from './response-validator.js';

const definition = {
  pages: [
    {
      name: 'about',
      elements: [
        { type: 'rating', name: 'score', rateMin: 0, rateMax: 10, isRequired: true },
        { type: 'checkbox', name: 'topics', choices: ['care', 'housing', 'culture'], maxSelectedChoices: 2 },
        { type: 'radiogroup', name: 'carer', choices: ['yes', 'no'], isRequired: true },
        { type: 'text', name: 'hours', inputType: 'number', min: 0, max: 168, visibleIf: "{carer} = 'yes'" },
        { type: 'text', name: 'email', inputType: 'email', validators: [{ type: 'email' }] },
        { type: 'comment', name: 'story', maxLength: 20 },
        {
          type: 'panel',
          name: 'details',
          visibleIf: '{score} >= 5',
          elements: [
            { type: 'boolean', name: 'helped', isRequired: true },
            { type: 'text', name: 'why', requiredIf: '{helped} = false', enableIf: '{score} < 10' },
          ],
        },
        {
          type: 'text',
          name: 'postcode',
          validators: [{ type: 'regex', regex: '^[1-9][0-9]{3}$', text: 'a Belgian postcode' }],
        },
        {
          type: 'text',
          name: 'born',
          inputType: 'number',
          // Expression validators also run on empty answers (as in survey-core), hence "empty or".
          validators: [
            { type: 'expression', expression: '{born} empty or {born} <= 2010', text: 'too young' },
          ],
        },
      ],
    },
  ],
};

const valid = { score: 7, topics: ['care'], carer: 'no', helped: true };

function codes(result: ReturnType<typeof validateResponse>): string[] {
  return result.ok ? [] : result.issues.map((issue) => `${issue.code}@${issue.path.join('.')}`);
}

describe('validateResponse', () => {
  it('compiles this definition without falling back to survey-core', () => {
    const validator = compileResponseValidator(definition);
    expect(validator.mode).toBe('compiled');
    expect(validator.fallbackReasons).toEqual([]);
  });

  it('accepts a valid response and returns it cleaned', () => {
    expect(validateResponse(definition, valid)).toEqual({ ok: true, value: valid });
  });

  it('rejects what survey-core lets through: off-scale ratings, too many choices, unknown choices and names', () => {
    // survey-core's own validate() passes every one of these.
    const model = new Model(definition);
    model.data = { ...valid, score: 42, topics: ['care', 'housing', 'culture'], no_such: 1 };
    expect(model.validate(false)).toBe(true);

    expect(codes(validateResponse(definition, { ...valid, score: 42 }))).toEqual(['not-on-scale@score']);
    expect(codes(validateResponse(definition, { ...valid, topics: ['care', 'housing', 'culture'] }))).toEqual(
      ['too-many-choices@topics'],
    );
    expect(codes(validateResponse(definition, { ...valid, carer: 'maybe' }))).toEqual([
      'unknown-choice@carer',
    ]);
    expect(codes(validateResponse(definition, { ...valid, topics: ['care', 'sport'] }))).toEqual([
      'unknown-choice@topics.1',
    ]);
    expect(codes(validateResponse(definition, { ...valid, no_such: 1 }))).toEqual([
      'unknown-question@no_such',
    ]);
    expect(codes(validateResponse(definition, { ...valid, score: '7' }))).toEqual(['not-on-scale@score']);
    // Messages say what is allowed.
    const messages = (answers: object) => {
      const result = validateResponse(definition, answers);
      return result.ok ? [] : result.issues.map((issue) => issue.message);
    };
    expect(messages({ ...valid, carer: 'maybe' })).toEqual([
      'carer: "maybe" is not one of the choices (allowed: "yes", "no")',
    ]);
    expect(messages({ ...valid, score: 42 })).toEqual([
      'score: 42 is not a value of the rating scale (allowed: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)',
    ]);
    expect(codes(validateResponse(definition, { ...valid, helped: 'yes' }))).toEqual(['wrong-type@helped']);
    expect(codes(validateResponse(definition, { ...valid, story: 'x'.repeat(21) }))).toEqual([
      'too-long@story',
    ]);
  });

  it('type-checks objects that survey-core calls empty: operator objects are no answer to keep', () => {
    // survey-core sees { "$gt": "" } as an empty answer (every value in it is empty) and lets it through.
    expect(codes(validateResponse(definition, { ...valid, score: { $gt: '' } }))).toEqual([
      'not-on-scale@score',
    ]);
    expect(codes(validateResponse(definition, { ...valid, helped: { $ne: null } }))).toEqual([
      'wrong-type@helped',
    ]);
    expect(codes(validateResponse(definition, { ...valid, carer: [] }))).toEqual(['unknown-choice@carer']);
    // Blank answers stay unanswered: an optional blank text passes, a required blank choice is missing.
    expect(validateResponse(definition, { ...valid, story: '  ' }).ok).toBe(true);
  });

  it('requires visible required questions only, following visibleIf on panels', () => {
    expect(codes(validateResponse(definition, { topics: ['care'] }))).toEqual([
      'required@score',
      'required@carer',
    ]);
    // score 4 hides the "details" panel, so "helped" is not required.
    expect(validateResponse(definition, { score: 4, carer: 'no' }).ok).toBe(true);
    expect(codes(validateResponse(definition, { score: 5, carer: 'no' }))).toEqual(['required@helped']);
  });

  it('accepts skipped required questions with missingAnswers: allow (paper, interviews), nothing else', () => {
    const skipped = { topics: ['care'] };
    expect(validateResponse(definition, skipped, { missingAnswers: 'allow' })).toEqual({
      ok: true,
      value: skipped,
    });
    // Other checks still hold: an off-scale rating is still wrong, and only that is reported.
    expect(codes(validateResponse(definition, { score: 11 }, { missingAnswers: 'allow' }))).toEqual([
      'not-on-scale@score',
    ]);
    expect(codes(validateResponse(definition, skipped, { missingAnswers: 'reject' }))).toEqual([
      'required@score',
      'required@carer',
    ]);
  });

  it('applies requiredIf and enableIf (a disabled question is not required)', () => {
    expect(codes(validateResponse(definition, { ...valid, helped: false }))).toEqual(['required@why']);
    expect(validateResponse(definition, { ...valid, helped: false, why: 'no time' }).ok).toBe(true);
    expect(validateResponse(definition, { ...valid, score: 10, helped: false }).ok).toBe(true);
  });

  it('runs min/max, e-mail, regex and expression validators', () => {
    expect(codes(validateResponse(definition, { ...valid, carer: 'yes', hours: 200 }))).toEqual([
      'out-of-range@hours',
    ]);
    expect(codes(validateResponse(definition, { ...valid, email: 'nope' }))).toEqual(['invalid-email@email']);
    expect(codes(validateResponse(definition, { ...valid, postcode: '0123' }))).toEqual([
      'validator@postcode',
    ]);
    expect(validateResponse(definition, { ...valid, postcode: '1000' }).ok).toBe(true);
    expect(codes(validateResponse(definition, { ...valid, born: 2015 }))).toEqual(['validator@born']);
  });

  it('drops answers to hidden questions by default and rejects them on request', () => {
    const response = { ...valid, hours: 12 }; // carer is "no", so hours is hidden
    expect(validateResponse(definition, response)).toEqual({ ok: true, value: valid });
    expect(codes(validateResponse(definition, response, { hiddenAnswers: 'reject' }))).toEqual([
      'hidden-answer@hours',
    ]);
  });

  it('can drop unknown answers instead of rejecting them', () => {
    expect(validateResponse(definition, { ...valid, extra: 1 }, { unknownAnswers: 'drop' })).toEqual({
      ok: true,
      value: valid,
    });
  });

  it('enforces a size limit and an object shape', () => {
    expect(
      codes(validateResponse(definition, { ...valid, story: 'é'.repeat(10) }, { maxBytes: 60 })),
    ).toEqual(['too-large@']);
    expect(codes(validateResponse(definition, [1, 2]))).toEqual(['not-an-object@']);
  });

  it('requires an answer in a required panel or page (requiredIf)', () => {
    const panelDefinition = {
      elements: [
        { type: 'text', name: 'trigger' },
        {
          type: 'panel',
          name: 'contact',
          requiredIf: "{trigger} = 'yes'",
          elements: [
            { type: 'text', name: 'phone' },
            { type: 'text', name: 'mail' },
          ],
        },
      ],
    };
    expect(codes(validateResponse(panelDefinition, { trigger: 'yes' }))).toEqual(['required@contact']);
    expect(validateResponse(panelDefinition, { trigger: 'yes', mail: 'a@b.be' }).ok).toBe(true);
    expect(validateResponse(panelDefinition, { trigger: 'no' }).ok).toBe(true);
  });

  it('caches the compiled validator per definition object and per equal JSON', () => {
    const first = compileResponseValidator(definition);
    expect(first).not.toBe(compileResponseValidator(definition));
    const copy = JSON.parse(JSON.stringify(definition)) as object;
    // Same results whichever way it is looked up.
    expect(validateResponse(copy, valid)).toEqual(validateResponse(definition, valid));
    expect(validateResponse(copy, valid, { cacheKey: 'survey-1@1' }).ok).toBe(true);
  });

  it('falls back to a survey-core model for dynamic panels and still applies strict checks', () => {
    const dynamic = {
      elements: [
        { type: 'rating', name: 'score', rateMax: 5 },
        {
          type: 'paneldynamic',
          name: 'children',
          templateElements: [{ type: 'text', name: 'age', inputType: 'number', isRequired: true }],
        },
      ],
    };
    const validator = compileResponseValidator(dynamic);
    expect(validator.mode).toBe('fallback');
    expect(validator.fallbackReasons.join()).toContain('paneldynamic');
    expect(validator.validate({ score: 3, children: [{ age: 4 }] }).ok).toBe(true);
    expect(codes(validator.validate({ score: 3, children: [{}] }))).toEqual(['required@children.age']);
    expect(codes(validator.validate({ score: 9 }))).toEqual(['not-on-scale@score']);
    // A reused model must not leak one response's answers into the next.
    expect(validator.validate({}).ok).toBe(true);
  });

  it('throws a SurveysError for a definition that is not an object', () => {
    expect(() => validateResponse('nope', {})).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});
