import { Model } from 'survey-core';
import { type CompiledSurvey, compileSurvey } from './internal/compile-survey.js';
import {
  type AnswerPolicy,
  ModelValidation,
  runCompiled,
  type ValidationRun,
} from './internal/run-validation.js';
import type { CoreModel } from './internal/survey-core-shapes.js';
import { isPlainObject } from './internal/value-rules.js';
import { registerNeighbourlyProperties } from './neighbourly-metadata.js';
import type { ResponseIssue, ResponseIssueCode } from './response-issue.js';
import { SurveysError } from './surveys-error.js';

/** The default size limit of one response: 256 KiB of UTF-8 JSON. */
export const defaultMaxResponseBytes = 256 * 1024;

/** How a response is validated. */
export interface ValidateResponseOptions {
  /**
   * Answers to questions hidden by `visibleIf` (on the question, its panels or its page) or by
   * `visible: false`: `'drop'` (default) leaves them out of the cleaned value, as survey-core does on
   * completion (`clearInvisibleValues: 'onComplete'`); `'reject'` reports a `hidden-answer` issue.
   */
  hiddenAnswers?: 'drop' | 'reject';
  /** Answers under names the survey does not have: `'reject'` (default) or `'drop'`. */
  unknownAnswers?: 'drop' | 'reject';
  /** The largest accepted response, in bytes of its UTF-8 JSON; default {@link defaultMaxResponseBytes}. */
  maxBytes?: number;
  /**
   * Required questions left unanswered: `'reject'` (default) reports a `required` issue; `'allow'` accepts
   * them, for answers typed in from a paper questionnaire or an interview, where a skipped question is a
   * fact to record, not a mistake to correct. Every other check still applies.
   */
  missingAnswers?: 'reject' | 'allow';
}

/** Options of {@link validateResponse}: validation options plus how to cache the compiled validator. */
export interface ValidateResponseCallOptions extends ValidateResponseOptions {
  /**
   * A stable key for the definition (e.g. `"survey-42@3"`). Without it the definition object
   * itself is the key, and then its JSON text, so an equal definition parsed again still hits the cache.
   */
  cacheKey?: string;
}

/** A compiled validator of one survey definition. Build it once, call `validate` for every response. */
export interface ResponseValidator {
  /**
   * `compiled`: the definition's rules were compiled and responses are validated without a
   * survey-core model. `fallback`: the definition uses constructs the compiler does not cover
   * (`fallbackReasons` says which), so a reused survey-core model decides visibility, requiredness and
   * validators, while the strict value checks still apply.
   */
  readonly mode: 'compiled' | 'fallback';
  /** Why the validator falls back to survey-core; empty in `compiled` mode. */
  readonly fallbackReasons: readonly string[];
  /** Validates one response; see {@link validateResponse}. */
  validate(data: unknown, options?: ValidateResponseOptions): ResponseValidationResult;
}

/**
 * The outcome of validating a response: the cleaned response (hidden and, if asked, unknown answers
 * removed) or the issues found. Assignable to `Result<Record<string, unknown>>` of `@neighbourly/core`.
 */
export type ResponseValidationResult =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; issues: ResponseIssue[] };

/**
 * Compiles a SurveyJS definition into a {@link ResponseValidator}. survey-core parses the definition
 * once (so legacy formats, localised choices and defaults are read exactly as SurveyJS reads them);
 * its conditions and expression validators are parsed once with survey-core's `ConditionRunner`.
 *
 * @throws SurveysError `invalid-argument` when the definition is not a JSON object.
 */
export function compileResponseValidator(definition: unknown): ResponseValidator {
  if (!isPlainObject(definition)) {
    throw new SurveysError('invalid-argument', 'a SurveyJS definition must be a JSON object');
  }
  registerNeighbourlyProperties();
  const model = new Model(definition) as unknown as CoreModel;
  const compiled = compileSurvey(model);
  const fallback =
    compiled.fallbackReasons.length > 0 ? new ModelValidation(definition, compiled) : undefined;
  return new CompiledResponseValidator(compiled, fallback);
}

class CompiledResponseValidator implements ResponseValidator {
  readonly mode: 'compiled' | 'fallback';
  readonly fallbackReasons: readonly string[];

  constructor(
    private readonly compiled: CompiledSurvey,
    private readonly fallback: ModelValidation | undefined,
  ) {
    this.mode = fallback ? 'fallback' : 'compiled';
    this.fallbackReasons = compiled.fallbackReasons;
  }

  validate(data: unknown, options: ValidateResponseOptions = {}): ResponseValidationResult {
    if (!isPlainObject(data)) {
      return {
        ok: false,
        issues: [{ code: 'not-an-object', path: [], message: 'a response must be a JSON object' }],
      };
    }
    const maxBytes = options.maxBytes ?? defaultMaxResponseBytes;
    const size = utf8Length(JSON.stringify(data));
    if (size > maxBytes) {
      return {
        ok: false,
        issues: [
          { code: 'too-large', path: [], message: `the response is ${size} bytes; the limit is ${maxBytes}` },
        ],
      };
    }
    const policy: AnswerPolicy = {
      hiddenAnswers: options.hiddenAnswers ?? 'drop',
      unknownAnswers: options.unknownAnswers ?? 'reject',
    };
    const run: ValidationRun = this.fallback
      ? this.fallback.run(data, policy)
      : runCompiled(this.compiled, data, policy);
    const issues =
      options.missingAnswers === 'allow'
        ? run.issues.filter((found) => !missingCodes.has(found.code))
        : run.issues;
    return issues.length > 0 ? { ok: false, issues } : { ok: true, value: run.cleaned };
  }
}

/** The issues that only say an answer is missing (see `missingAnswers`). */
const missingCodes: ReadonlySet<ResponseIssueCode> = new Set(['required', 'rows-required']);

function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

const maxCachedByText = 256;
const byObject = new WeakMap<object, ResponseValidator>();
const byKey = new Map<string, ResponseValidator>();

function cachedValidator(definition: unknown, cacheKey: string | undefined): ResponseValidator {
  if (cacheKey === undefined && isPlainObject(definition)) {
    const hit = byObject.get(definition);
    if (hit) return hit;
  }
  const key = cacheKey ?? `json:${JSON.stringify(definition)}`;
  let validator = byKey.get(key);
  if (validator) {
    byKey.delete(key); // re-insert: most recently used last
  } else {
    validator = compileResponseValidator(definition);
    if (byKey.size >= maxCachedByText) {
      const oldest = byKey.keys().next();
      if (!oldest.done) byKey.delete(oldest.value);
    }
  }
  byKey.set(key, validator);
  if (cacheKey === undefined && isPlainObject(definition)) byObject.set(definition, validator);
  return validator;
}

/**
 * Validates one response against a SurveyJS definition on the server, with the definition's own
 * rules, and stricter than survey-core where survey-core lets bad data through.
 *
 * Checked: required questions (only when visible and enabled given the answers: `visibleIf`,
 * `enableIf`, `requiredIf` on questions, panels and pages), value types, choices (including
 * `maxSelectedChoices`), rating scales, min/max, regex, e-mail, text length and expression validators,
 * unknown question names, and a size limit. Answers to hidden questions are dropped from the cleaned
 * value (or rejected with `hiddenAnswers: 'reject'`).
 *
 * The compiled validator is cached per definition (see `cacheKey`); compiling costs about as much as
 * building one survey-core model, validating a 40-question response a few microseconds.
 *
 * @returns `{ ok: true, value }` with the cleaned response, or `{ ok: false, issues }` where each issue's
 * `path[0]` names the question.
 * @throws SurveysError `invalid-argument` when the definition is not a JSON object.
 * @example
 * const result = validateResponse(definition, { age_band: '65-74', knows_neighbour: 4 });
 * if (!result.ok) console.log(result.issues.map((i) => i.message));
 */
export function validateResponse(
  definition: unknown,
  data: unknown,
  options: ValidateResponseCallOptions = {},
): ResponseValidationResult {
  return cachedValidator(definition, options.cacheKey).validate(data, options);
}
