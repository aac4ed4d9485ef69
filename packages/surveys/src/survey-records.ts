import { settings } from 'survey-core';
import { z } from 'zod';
import { flattenersOfModel, listAnswerFields, modelOf } from './answer-fields.js';
import type { CoreModel } from './internal/survey-core-shapes.js';

/**
 * One respondent's answers in one wave, the record shape the core indicator engine reads:
 * answers keyed by flattened field names (see `listAnswerFields`), `group` holding the subgroup
 * values results can be broken down by.
 */
export const SurveyRecordSchema = z.object({
  respondentId: z.string().min(1).optional(),
  waveId: z.string().min(1),
  group: z.record(z.string(), z.string()).optional(),
  answers: z.record(z.string(), z.unknown()),
});
/** A tidy record for the core engine. */
export type SurveyRecord = z.infer<typeof SurveyRecordSchema>;

/** A stored response: the SurveyJS result data plus its wave, respondent and known group values. */
export interface ResponseInput {
  respondentId?: string;
  waveId: string;
  /** Group values known outside the answers (e.g. `{ area: 'north' }`). */
  group?: Record<string, string>;
  /** The SurveyJS result (`model.data`). */
  data: Record<string, unknown>;
}

/** Options of {@link toRecords}. */
export interface ToRecordsOptions {
  /**
   * Questions whose answers become `group` values. Default: the questions whose metadata says
   * `background: true` (the templates' `age_band`, `household`, `support_need`, `informal_carer`,
   * `language`).
   */
  groupBy?: readonly string[];
}

function backgroundQuestions(model: CoreModel): string[] {
  return model
    .getAllQuestions(false, false, false)
    .filter(
      (question) =>
        (question as unknown as { neighbourly?: { background?: boolean } }).neighbourly?.background === true,
    )
    .map((question) => question.getValueName());
}

/**
 * The questions of a definition marked `neighbourly.background: true` (equity variables such as `age_band`):
 * the only questions results may be broken down by, and the group columns of exports.
 *
 * @example
 * listBackgroundQuestions(definition) // ['age_band', 'household', 'support_need']
 */
export function listBackgroundQuestions(definition: unknown): string[] {
  return backgroundQuestions(modelOf(definition));
}

/**
 * Turns SurveyJS responses into tidy records for the core engine: answers flattened and keyed by
 * field name (matrix rows as `matrix.row`, multiple-text items as `question.item`, ranks as
 * `ranking.choice`; see `listAnswerFields`), comments kept as `<question>-Comment`, answers to names
 * the survey does not have left out, and the answers of group-by questions copied into `group`.
 * Validate responses first (`validateResponse`); this function does not check values.
 *
 * @example
 * const records = toRecords(definition, [{ waveId: 'baseline', respondentId: 'p1', data: { age_band: '65-79', knows_neighbour_for_help: true } }]);
 * // [{ respondentId: 'p1', waveId: 'baseline', group: { age_band: '65-79' }, answers: { age_band: '65-79', knows_neighbour_for_help: true } }]
 */
export function toRecords(
  definition: unknown,
  responses: Iterable<ResponseInput>,
  options: ToRecordsOptions = {},
): SurveyRecord[] {
  const toRecord = createRecordConverter(definition, options);
  return Array.from(responses, toRecord);
}

/**
 * Reads a definition once (a survey-core model is costly to build) and returns a function that turns one
 * response into a record exactly as {@link toRecords} does: for converting responses one at a time, as
 * they stream in.
 *
 * @example
 * const toRecord = createRecordConverter(definition);
 * for await (const response of responses) yield toRecord(response);
 */
export function createRecordConverter(
  definition: unknown,
  options: ToRecordsOptions = {},
): (response: ResponseInput) => SurveyRecord {
  const model = modelOf(definition);
  const flatteners = flattenersOfModel(model);
  const groupBy = options.groupBy ?? backgroundQuestions(model);
  return (response) => {
    const answers: Record<string, unknown> = {};
    for (const flattener of flatteners) {
      const value = response.data[flattener.key];
      if (value !== undefined && value !== null) flattener.flatten(value, answers);
      const comment = response.data[flattener.key + settings.commentSuffix];
      if (typeof comment === 'string') answers[flattener.key + settings.commentSuffix] = comment;
    }
    const group: Record<string, string> = { ...response.group };
    for (const name of groupBy) {
      const value = response.data[name];
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        group[name] = String(value);
    }
    return {
      ...(response.respondentId !== undefined ? { respondentId: response.respondentId } : {}),
      waveId: response.waveId,
      ...(Object.keys(group).length > 0 ? { group } : {}),
      answers,
    };
  };
}

/** A table cell: lists are joined with `;`, objects written as JSON, missing answers `null`. */
export type TableCell = string | number | boolean | null;

/** A table for export: column names and rows in the same order. */
export interface Table {
  columns: string[];
  rows: TableCell[][];
}

function cell(value: unknown): TableCell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null))
    return value.join(';');
  return JSON.stringify(value);
}

/**
 * One row per record, one column per answer field of the definition (in survey order), after
 * `respondentId`, `waveId` and one `group.<name>` column per group key found in the records.
 */
export function toWideTable(definition: unknown, records: readonly SurveyRecord[]): Table {
  const fields = listAnswerFields(definition).map((field) => field.name);
  const groupKeys = [...new Set(records.flatMap((record) => Object.keys(record.group ?? {})))].sort();
  const columns = ['respondentId', 'waveId', ...groupKeys.map((key) => `group.${key}`), ...fields];
  const rows = records.map((record) => [
    record.respondentId ?? null,
    record.waveId,
    ...groupKeys.map((key) => record.group?.[key] ?? null),
    ...fields.map((field) => cell(record.answers[field])),
  ]);
  return { columns, rows };
}

/** One row per answer: `respondentId`, `waveId`, `field`, `value` (unanswered fields are left out). */
export function toLongTable(records: readonly SurveyRecord[]): Table {
  const rows: TableCell[][] = [];
  for (const record of records) {
    for (const [field, value] of Object.entries(record.answers)) {
      if (value === undefined || value === null) continue;
      rows.push([record.respondentId ?? null, record.waveId, field, cell(value)]);
    }
  }
  return { columns: ['respondentId', 'waveId', 'field', 'value'], rows };
}
