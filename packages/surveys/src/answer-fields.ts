import { Model, settings } from 'survey-core';
import type { CoreItemValue, CoreModel, CoreQuestion } from './internal/survey-core-shapes.js';
import { isPlainObject } from './internal/value-rules.js';
import { registerNeighbourlyProperties } from './neighbourly-metadata.js';
import { SurveysError } from './surveys-error.js';

/** What kind of value an answer field holds. */
export type AnswerFieldKind = 'number' | 'text' | 'choice' | 'choices' | 'boolean' | 'other';

/** One answer column after flattening (see {@link listAnswerFields}). */
export interface AnswerField {
  /** The flattened name, e.g. `knows_neighbour`, `cohesion.trust` (matrix row), `household.adults` (item). */
  name: string;
  /** The question it comes from. */
  question: string;
  kind: AnswerFieldKind;
}

/** How one question's answer is flattened into fields. */
export interface QuestionFlattener {
  question: string;
  key: string;
  fields: AnswerField[];
  flatten(value: unknown, into: Record<string, unknown>): void;
}

function kindOfValues(items: readonly CoreItemValue[] | undefined): AnswerFieldKind {
  const values = (items ?? []).map((item) => item.value);
  return values.length > 0 && values.every((value) => typeof value === 'number') ? 'number' : 'choice';
}

/** Builds the flatteners of every question of a model, in survey order. @internal */
export function flattenersOfModel(model: CoreModel): QuestionFlattener[] {
  const flatteners: QuestionFlattener[] = [];
  for (const question of model.getAllQuestions(false, false, false)) {
    const type = question.getType();
    if (type === 'html' || type === 'image') continue;
    const name = question.name;
    const key = question.getValueName();
    const field = (fieldName: string, kind: AnswerFieldKind): AnswerField => ({
      name: fieldName,
      question: name,
      kind,
    });
    let fields: AnswerField[];
    let flatten: QuestionFlattener['flatten'];
    switch (type) {
      case 'matrix': {
        const kind = kindOfValues(question.columns);
        fields = (question.rows ?? []).map((row) => field(`${key}.${String(row.value)}`, kind));
        flatten = (value, into) => {
          if (!isPlainObject(value)) return;
          for (const [row, cell] of Object.entries(value)) into[`${key}.${row}`] = cell;
        };
        break;
      }
      case 'multipletext': {
        fields = (question.items ?? []).map((item) =>
          field(
            `${key}.${item.name}`,
            item.inputType === 'number' || item.inputType === 'range' ? 'number' : 'text',
          ),
        );
        flatten = (value, into) => {
          if (!isPlainObject(value)) return;
          for (const [item, cell] of Object.entries(value)) into[`${key}.${item}`] = cell;
        };
        break;
      }
      case 'matrixdropdown': {
        fields = [];
        flatten = (value, into) => {
          if (!isPlainObject(value)) return;
          for (const [row, cells] of Object.entries(value)) {
            if (!isPlainObject(cells)) continue;
            for (const [column, cell] of Object.entries(cells)) into[`${key}.${row}.${column}`] = cell;
          }
        };
        for (const row of question.rows ?? []) {
          for (const column of (question as unknown as { columns: { name: string }[] }).columns ?? []) {
            fields.push(field(`${key}.${String(row.value)}.${column.name}`, 'other'));
          }
        }
        break;
      }
      case 'ranking': {
        fields = [
          field(key, 'choices'),
          ...(question.choices ?? []).map((choice) => field(`${key}.${String(choice.value)}`, 'number')),
        ];
        flatten = (value, into) => {
          into[key] = value;
          if (!Array.isArray(value)) return;
          value.forEach((choice, index) => {
            into[`${key}.${String(choice)}`] = index + 1;
          });
        };
        break;
      }
      default: {
        fields = [field(key, kindOfQuestion(question, type))];
        flatten = (value, into) => {
          into[key] = value;
        };
      }
    }
    if (question.showCommentArea || question.hasComment || question.showOtherItem) {
      fields.push(field(key + settings.commentSuffix, 'text'));
    }
    flatteners.push({ question: name, key, fields, flatten });
  }
  return flatteners;
}

function kindOfQuestion(question: CoreQuestion, type: string): AnswerFieldKind {
  switch (type) {
    case 'text':
      return question.inputType === 'number' || question.inputType === 'range' ? 'number' : 'text';
    case 'comment':
      return 'text';
    case 'rating':
      return kindOfValues(question.visibleRateValues);
    case 'boolean':
      return typeof question.valueTrue === 'string' ? 'choice' : 'boolean';
    case 'radiogroup':
    case 'dropdown':
    case 'buttongroup':
      return kindOfValues(question.choices);
    case 'checkbox':
    case 'tagbox':
      return 'choices';
    case 'imagepicker':
      return (question as { multiSelect?: boolean }).multiSelect ? 'choices' : 'choice';
    case 'expression':
      return 'number';
    default:
      return 'other';
  }
}

/** Builds a survey-core model of a definition (with the `neighbourly` property registered). @internal */
export function modelOf(definition: unknown): CoreModel {
  if (!isPlainObject(definition))
    throw new SurveysError('invalid-argument', 'a SurveyJS definition must be a JSON object');
  registerNeighbourlyProperties();
  return new Model(definition) as unknown as CoreModel;
}

/** Lists the answer fields of a model. @internal */
export function fieldsOfModel(model: CoreModel): AnswerField[] {
  return flattenersOfModel(model).flatMap((flattener) => flattener.fields);
}

/**
 * Lists the answer fields of a SurveyJS definition as `toRecords` names them — the names indicator
 * definitions use in `items`:
 *
 * - most questions: their name (or `valueName`), e.g. `knows_neighbour`;
 * - a single-choice matrix: one field per row, `<matrix>.<row>`;
 * - multiple text: one field per item, `<question>.<item>`;
 * - a dropdown matrix: `<matrix>.<row>.<column>`;
 * - ranking: `<question>` (the ordered list) and `<question>.<choice>` (its rank, 1 = first);
 * - checkbox and tagbox: `<question>` (the list of chosen values);
 * - comments and "other" texts: `<question>-Comment`;
 * - dynamic panels and dynamic matrices: `<question>`, the raw list (not flattened).
 *
 * @throws SurveysError `invalid-argument` when the definition is not a JSON object.
 * @example
 * listAnswerFields({ elements: [{ type: 'matrix', name: 'trust', rows: ['a'], columns: [1, 2] }] })
 * // [{ name: 'trust.a', question: 'trust', kind: 'number' }]
 */
export function listAnswerFields(definition: unknown): AnswerField[] {
  return fieldsOfModel(modelOf(definition));
}
