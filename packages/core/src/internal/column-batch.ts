import type { ResponseColumns } from '../response-record.js';
import { type MatchRule, matchState, type RecordColumns } from './record-columns.js';

type Column = ArrayLike<unknown>;

/** Whether `value` is a batch of columns rather than a single record. */
export function isColumnBatch(value: unknown): value is ResponseColumns {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'columns';
}

function isArrayLike(value: unknown): value is Column {
  return (
    (Array.isArray(value) || ArrayBuffer.isView(value)) &&
    typeof (value as { length?: unknown }).length === 'number'
  );
}

/** Float and integer typed arrays: read without per-element type checks. */
function isNumberArray(value: Column): value is ArrayLike<number> {
  return (
    ArrayBuffer.isView(value) &&
    !(value instanceof DataView) &&
    !(value instanceof BigInt64Array) &&
    !(value instanceof BigUint64Array)
  );
}

/**
 * Checks a batch's shape: a whole number `length`, and every column an array or typed array with at
 * least that many entries. Returns the problems as `[path, message]`; a batch with any is skipped.
 */
function shapeProblems(batch: ResponseColumns, index: number): [(string | number)[], string][] {
  const problems: [(string | number)[], string][] = [];
  const { length } = batch;
  if (!Number.isSafeInteger(length) || length < 0) {
    return [[['records', index, 'length'], 'expected the number of rows (a whole number ≥ 0)']];
  }
  const check = (column: unknown, path: (string | number)[], optional: boolean) => {
    if (column === undefined && optional) return;
    if (!isArrayLike(column)) problems.push([path, 'expected an array or a typed array']);
    else if (column.length < length)
      problems.push([path, `expected at least ${length} entries (the batch length), got ${column.length}`]);
  };
  check(batch.waveId, ['records', index, 'waveId'], false);
  check(batch.respondentId, ['records', index, 'respondentId'], true);
  for (const part of ['group', 'answers'] as const) {
    const columns = batch[part];
    if (columns === undefined && part === 'group') continue;
    if (typeof columns !== 'object' || columns === null || Array.isArray(columns)) {
      problems.push([['records', index, part], 'expected an object of columns']);
      continue;
    }
    for (const [name, column] of Object.entries(columns))
      check(column, ['records', index, part, name], false);
  }
  return problems;
}

/**
 * Adds a batch of columns to the engine's columns; rows are numbered from `index` in issue paths.
 * Answers in typed arrays are copied without looking at each value's type; other columns are read
 * value by value like record answers. A batch with a malformed column is skipped whole, with an
 * issue per problem. Returns the number of rows the batch stands for (its length).
 */
export function addColumnBatch(columns: RecordColumns, batch: ResponseColumns, index: number): number {
  const problems = shapeProblems(batch, index);
  if (problems.length > 0) {
    for (const [path, message] of problems) columns.issues.add('invalid-batch', path, message);
    return Number.isSafeInteger(batch.length) && batch.length > 0 ? batch.length : 0;
  }
  const { length, waveId, respondentId } = batch;
  const plan = columns.plan;
  const groups = plan.groupBy.map((name) => batch.group?.[name]);
  const respondentGroups = batch.group?.[plan.respondentGroupKey];
  columns.reserve(columns.length + length);
  // Rows first: waves, respondents and groups; `rows[i]` is the row of batch entry i (-1: skipped).
  const rows = new Int32Array(length);
  for (let i = 0; i < length; i++) {
    const row = columns.openRow(waveId[i], index + i);
    rows[i] = row;
    if (row < 0) continue;
    columns.setRespondent(row, respondentId?.[i], index + i);
    for (let g = 0; g < groups.length; g++) columns.setGroup(row, g, groups[g]?.[i]);
    columns.setRespondentGroup(row, respondentGroups?.[i]);
  }
  // Whether every entry became a row, in order (no wave skipped): columns can then be copied as blocks.
  const allRows =
    length > 0 && (rows[0] as number) >= 0 && rows[length - 1] === (rows[0] as number) + length - 1;
  const answers = batch.answers as Readonly<Record<string, Column | undefined>>;
  plan.numericItems.forEach((item, j) => {
    const target = columns.numeric[j] as Float64Array;
    const source = answers[item];
    if (source === undefined) {
      for (let i = 0; i < length; i++) if ((rows[i] as number) >= 0) target[rows[i] as number] = Number.NaN;
    } else if (source instanceof Float64Array && allRows) {
      // The common case: copy the block, then look only at values that are not finite numbers.
      const start = rows[0] as number;
      target.set(source.subarray(0, length), start);
      for (let i = 0; i < length; i++) {
        const x = target[start + i] as number;
        // NaN (missing) stays; only infinities need a look.
        if (x - x !== 0 && !Number.isNaN(x)) target[start + i] = columns.readOther(x, j, index + i);
      }
    } else if (isNumberArray(source)) {
      for (let i = 0; i < length; i++) {
        const row = rows[i] as number;
        if (row < 0) continue;
        const x = source[i] as number;
        target[row] = x - x === 0 ? x : columns.readOther(x, j, index + i);
      }
    } else {
      for (let i = 0; i < length; i++) {
        const row = rows[i] as number;
        if (row < 0) continue;
        const raw = source[i];
        target[row] = typeof raw === 'number' && raw - raw === 0 ? raw : columns.readOther(raw, j, index + i);
      }
    }
  });
  plan.matches.forEach((rule: MatchRule, j) => {
    const target = columns.matched[j] as Uint8Array;
    const source = answers[rule.item];
    for (let i = 0; i < length; i++) {
      const row = rows[i] as number;
      if (row >= 0) target[row] = source === undefined ? 0 : matchState(rule, source[i]);
    }
  });
  if (plan.scores.length > 0) {
    // Scoring functions read a record's answers object: build one per row (the slow path).
    const names = Object.keys(answers);
    for (let i = 0; i < length; i++) {
      const row = rows[i] as number;
      if (row < 0) continue;
      const values: Record<string, unknown> = {};
      for (const name of names) {
        const value = answers[name]?.[i];
        if (value !== undefined && !(typeof value === 'number' && Number.isNaN(value))) values[name] = value;
      }
      for (let j = 0; j < plan.scores.length; j++) columns.setScore(row, j, values, index + i);
    }
  }
  return length;
}
