import {
  caringNeighbourhoodsFramework,
  type Framework,
  type IndicatorDefinitionInput,
  type IndicatorSet,
  IndicatorSetSchema,
  type Issue,
  listObjectives,
} from '@neighbourly/core';
import { ConditionRunner, Model } from 'survey-core';
import type { z } from 'zod';
import { type AnswerField, fieldsOfModel } from './answer-fields.js';
import type { CoreElement, CoreModel } from './internal/survey-core-shapes.js';
import { isPlainObject } from './internal/value-rules.js';
import {
  QuestionMetadataSchema,
  registerNeighbourlyProperties,
  SurveyMetadataSchema,
} from './neighbourly-metadata.js';

/** Options of {@link lintSurveyDefinition}. */
export interface LintOptions {
  /** The framework objective ids must come from; default: the caring-neighbourhoods framework. */
  framework?: Framework;
  /**
   * The indicators the survey feeds. Default: the indicator set declared in the definition's
   * `neighbourly.indicatorSet`, if any. Indicator ids in question metadata must exist here, and the
   * indicators' items must be answers of the survey with a compatible type (indicators whose
   * `respondentGroups` exclude all of the survey's `neighbourly.groups` are not checked against it).
   */
  indicators?: z.input<typeof IndicatorSetSchema> | readonly IndicatorDefinitionInput[];
  /**
   * Languages every text must have. Default: `neighbourly.languages` of the definition, else every
   * language used by any localised text of the definition.
   */
  languages?: readonly string[];
  /** Survey variables set by the embedding code, which expressions may read. */
  variables?: readonly string[];
}

/** What the lint learned about a definition that passed. */
export interface LintedSurvey {
  /** Answer names after `toRecords` flattening, with their value kind. */
  fields: AnswerField[];
  /** The languages the texts were checked in. */
  languages: string[];
}

/** The lint's verdict: errors make it fail; warnings are reported either way. */
export type LintResult =
  | { ok: true; value: LintedSurvey; warnings: Issue[] }
  | { ok: false; issues: Issue[] };

const localeKey = /^(default|[a-z]{2}(-[a-z]{2,4})?)$/i;
const textKeys = new Set([
  'title',
  'description',
  'text',
  'html',
  'placeholder',
  'otherText',
  'completedHtml',
]);
const contextualRoots = new Set([
  'row',
  'panel',
  'item',
  'choice',
  'survey',
  'question',
  'pageno',
  'pagecount',
  'locale',
  'parentpanel',
  'rootpanel',
  'composite',
]);

function error(code: string, path: (string | number)[], message: string): Issue {
  return { code, path, message, severity: 'error' };
}
function warning(code: string, path: (string | number)[], message: string): Issue {
  return { code, path, message, severity: 'warning' };
}

/**
 * Checks a SurveyJS definition before it is used: whether survey-core can read it, duplicate
 * question names, missing translations, Neighbourly metadata pointing at unknown objectives or
 * indicators, indicators reading answers that do not exist or have an incompatible type, and
 * `visibleIf`/`enableIf`/`requiredIf` expressions that cannot be parsed or reference unknown questions.
 *
 * Errors: only what cannot work: a definition survey-core cannot load, one without questions, two
 * questions of one name (each overwrites the other's answer; `valueName` shares one on purpose), and
 * Neighbourly metadata or indicators that cannot be computed (invalid metadata, unknown ids, indicators
 * reading answers that do not exist or have an incompatible type). Everything survey-core loads and
 * renders passes, with warnings for what it tolerates: unknown properties, element types it drops,
 * missing names (it names the question), conditions it
 * cannot parse (ignored) or that read unknown names (empty unless the host sets the variable), and
 * missing translations.
 *
 * @example
 * const result = lintSurveyDefinition(definition, { indicators: outcomesIndicatorSet });
 * if (!result.ok) for (const issue of result.issues) console.log(issue.severity, issue.message);
 */
export function lintSurveyDefinition(definition: unknown, options: LintOptions = {}): LintResult {
  if (!isPlainObject(definition)) {
    return { ok: false, issues: [error('not-an-object', [], 'a SurveyJS definition must be a JSON object')] };
  }
  registerNeighbourlyProperties();
  let model: CoreModel;
  try {
    model = new Model(definition) as unknown as CoreModel;
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    return {
      ok: false,
      issues: [error('unparseable', [], `survey-core cannot read the definition: ${message}`)],
    };
  }
  const issues: Issue[] = [];
  lintJsonErrors(model, issues);

  const questions = model.getAllQuestions(false, false, false);
  if (questions.length === 0)
    issues.push(error('no-questions', [], 'the definition has no questions: there is nothing to answer'));
  const seen = new Set<string>();
  for (const question of questions) {
    if (seen.has(question.name)) {
      // survey-core loads both, but each overwrites the other's answer: one of them is lost.
      issues.push(
        error(
          'duplicate-name',
          [question.name],
          `two questions are named "${question.name}": each overwrites the other's answer`,
        ),
      );
    }
    seen.add(question.name);
  }

  // Metadata
  const framework = options.framework ?? caringNeighbourhoodsFramework;
  const objectiveIds = new Set(listObjectives(framework).map((objective) => objective.id));
  const surveyMetadata = SurveyMetadataSchema.safeParse(definition.neighbourly ?? {});
  if (!surveyMetadata.success) {
    for (const problem of surveyMetadata.error.issues) {
      issues.push(error('invalid-metadata', ['neighbourly', ...pathOf(problem.path)], problem.message));
    }
  }
  const indicatorSet = resolveIndicators(
    options.indicators,
    surveyMetadata.success ? surveyMetadata.data : undefined,
    issues,
  );
  const indicatorIds = indicatorSet
    ? new Set(indicatorSet.indicators.map((indicator) => indicator.id))
    : undefined;
  for (const question of questions) {
    const raw = (question as unknown as Record<string, unknown>).neighbourly;
    if (raw === undefined) continue;
    const parsed = QuestionMetadataSchema.safeParse(raw);
    if (!parsed.success) {
      for (const problem of parsed.error.issues) {
        issues.push(
          error('invalid-metadata', [question.name, 'neighbourly', ...pathOf(problem.path)], problem.message),
        );
      }
      continue;
    }
    for (const objective of parsed.data.objectives ?? []) {
      if (!objectiveIds.has(objective)) {
        issues.push(
          error(
            'unknown-objective',
            [question.name, 'neighbourly', 'objectives'],
            `framework "${framework.id}" has no objective "${objective}"`,
          ),
        );
      }
    }
    if (indicatorIds) {
      for (const indicator of parsed.data.indicators ?? []) {
        if (!indicatorIds.has(indicator)) {
          issues.push(
            error(
              'unknown-indicator',
              [question.name, 'neighbourly', 'indicators'],
              `no indicator "${indicator}" in the indicator set`,
            ),
          );
        }
      }
    }
  }

  // Indicators reading answers
  const fields = fieldsOfModel(model);
  if (indicatorSet) {
    const byName = new Map(fields.map((field) => [field.name, field]));
    const surveyGroups = surveyMetadata.success ? surveyMetadata.data.groups : undefined;
    indicatorSet.indicators.forEach((indicator, index) => {
      // An indicator for other respondent groups (e.g. coordinators) does not read this survey.
      const forOthers =
        surveyGroups !== undefined &&
        indicator.respondentGroups !== undefined &&
        !indicator.respondentGroups.some((group) => surveyGroups.includes(group));
      if (forOthers) return;
      if (!objectiveIds.has(indicator.objectiveId)) {
        issues.push(
          error(
            'unknown-objective',
            ['indicators', index, 'objectiveId'],
            `indicator "${indicator.id}" points at unknown objective "${indicator.objectiveId}"`,
          ),
        );
      }
      const numeric =
        indicator.kind === 'mean' ||
        indicator.kind === 'scale' ||
        (indicator.kind === 'proportion' && indicator.success !== undefined && 'op' in indicator.success);
      for (const item of indicator.items) {
        const field = byName.get(item);
        if (!field) {
          issues.push(
            error(
              'unknown-item',
              ['indicators', index, 'items'],
              `indicator "${indicator.id}" reads "${item}", which is not an answer of this survey`,
            ),
          );
        } else if (numeric && field.kind !== 'number' && field.kind !== 'boolean') {
          issues.push(
            error(
              'incompatible-item',
              ['indicators', index, 'items'],
              `indicator "${indicator.id}" needs numbers but "${item}" is ${field.kind}`,
            ),
          );
        }
      }
    });
  }

  // Expressions
  const known = new Set<string>();
  for (const question of questions) {
    known.add(question.name.toLowerCase());
    known.add(question.getValueName().toLowerCase());
  }
  for (const value of model.calculatedValues) known.add(value.name.toLowerCase());
  for (const variable of options.variables ?? []) known.add(variable.toLowerCase());
  const elements: CoreElement[] = [...model.pages, ...model.getAllPanels(false, false), ...questions];
  for (const element of elements) {
    for (const property of ['visibleIf', 'enableIf', 'requiredIf'] as const) {
      const text = element[property];
      if (!text) continue;
      const runner = new ConditionRunner(text);
      if (!runner.canRun()) {
        issues.push(
          warning(
            'invalid-expression',
            [element.name, property],
            `survey-core cannot parse "${text}" and ignores the condition`,
          ),
        );
        continue;
      }
      for (const variable of runner.getVariables()) {
        const root = expressionRoot(variable);
        if (root === undefined || known.has(root)) continue;
        issues.push(
          warning(
            'unknown-reference',
            [element.name, property],
            `"${text}" reads {${variable}}, but no question is named "${root}": it is empty unless the host page sets that variable`,
          ),
        );
      }
    }
  }

  // Translations
  const languages = lintTranslations(
    definition,
    options.languages ?? declaredLanguages(surveyMetadata.success ? surveyMetadata.data : undefined),
    issues,
  );

  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) return { ok: false, issues };
  return { ok: true, value: { fields, languages }, warnings: issues };
}

function pathOf(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((part) => (typeof part === 'number' ? part : String(part)));
}

function resolveIndicators(
  given: LintOptions['indicators'],
  metadata: { indicatorSet?: IndicatorSet | undefined } | undefined,
  issues: Issue[],
): IndicatorSet | undefined {
  if (given === undefined) return metadata?.indicatorSet;
  const input = Array.isArray(given) ? { id: 'lint', indicators: given } : given;
  const parsed = IndicatorSetSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  for (const problem of parsed.error.issues) {
    issues.push(error('invalid-indicator', ['indicators', ...pathOf(problem.path)], problem.message));
  }
  return undefined;
}

function lintJsonErrors(model: CoreModel, issues: Issue[]): void {
  const seen = new Set<string>();
  for (const jsonError of (model.jsonErrors ?? []) as {
    type?: string;
    message: string;
    element?: { name?: string; getType?(): string };
  }[]) {
    const name = jsonError.element?.name;
    const key = `${jsonError.type}:${jsonError.message}:${name ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const path = name ? [name] : [];
    const elementType = jsonError.element?.getType?.();
    switch (jsonError.type) {
      case 'unknownproperty':
        issues.push(warning('unknown-property', path, jsonError.message));
        break;
      case 'requiredproperty':
        // survey-core names a question without a name ("question1"); a display element needs none.
        issues.push(
          warning(
            'missing-property',
            path,
            elementType === 'html' || elementType === 'image'
              ? jsonError.message
              : `${jsonError.message} survey-core names it after its position, which changes when questions move.`,
          ),
        );
        break;
      default:
        issues.push(
          warning('unreadable-element', path, `${jsonError.message} survey-core drops this element.`),
        );
    }
  }
}

function expressionRoot(variable: string): string | undefined {
  let name = variable.toLowerCase();
  if (name.startsWith('$')) name = name.slice(1);
  const root = name.split(/[.[]/)[0] ?? '';
  if (contextualRoots.has(root)) return undefined;
  return root.replace(/-unwrapped$/, '').replace(/-comment$/, '');
}

function declaredLanguages(
  metadata: { languages?: string[] | undefined } | undefined,
): readonly string[] | undefined {
  return metadata?.languages;
}

/** Reports localisable texts that lack one of the languages; returns the languages checked. */
function lintTranslations(
  definition: Record<string, unknown>,
  declared: readonly string[] | undefined,
  issues: Issue[],
): string[] {
  const defaultLocale = typeof definition.locale === 'string' && definition.locale ? definition.locale : 'en';
  const texts: { path: (string | number)[]; locales: Set<string> }[] = [];
  const visit = (value: unknown, path: (string | number)[], key: string | number | undefined): void => {
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) visit(item, [...path, index], index);
      return;
    }
    if (typeof value === 'string') {
      if (typeof key === 'string' && textKeys.has(key))
        texts.push({ path, locales: new Set([defaultLocale]) });
      return;
    }
    if (!isPlainObject(value)) return;
    const keys = Object.keys(value);
    if (
      typeof key === 'string' &&
      key !== 'neighbourly' &&
      keys.length > 0 &&
      keys.every((k) => localeKey.test(k)) &&
      keys.every((k) => typeof value[k] === 'string')
    ) {
      texts.push({
        path,
        locales: new Set(keys.map((k) => (k === 'default' ? defaultLocale : k.toLowerCase()))),
      });
      return;
    }
    for (const [childKey, child] of Object.entries(value)) {
      if (childKey === 'neighbourly') continue;
      visit(child, [...path, childKey], childKey);
    }
  };
  visit(definition, [], undefined);
  const languages = declared
    ? [...declared]
    : [...new Set(texts.flatMap((text) => [...text.locales]))].sort();
  if (languages.length < 2 && !declared) return languages;
  for (const text of texts) {
    const missing = languages.filter((language) => !text.locales.has(language));
    if (missing.length > 0) {
      issues.push(warning('missing-translation', text.path, `no ${missing.join(', ')} text`));
    }
  }
  return languages;
}
