import type { EngineIssue } from '../indicator-results.js';
import type { ResponseRecord } from '../response-record.js';

/** Issues about records are capped per code; the rest are counted in one summary issue. */
const ISSUES_PER_CODE = 10;

/** Collects issues about records, keeping the first few of each code and counting the rest. */
export class RecordIssues {
  private readonly kept: EngineIssue[] = [];
  private readonly extra = new Map<string, number>();
  private readonly counts = new Map<string, number>();

  add(code: string, path: (string | number)[], message: string, severity?: 'warning'): void {
    const count = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, count);
    if (count <= ISSUES_PER_CODE)
      this.kept.push(severity ? { code, path, message, severity } : { code, path, message });
    else this.extra.set(code, (this.extra.get(code) ?? 0) + 1);
  }

  list(): EngineIssue[] {
    const summaries = [...this.extra].map(([code, more]) => ({
      code,
      path: ['records'],
      message: `${more} more record(s) with the same problem (${code})`,
    }));
    return [...this.kept, ...summaries];
  }
}

/** How one answer column is read. */
export interface MatchRule {
  item: string;
  /** Accepted answers as strings (`String(value)`), or `undefined` for "any answer counts". */
  accepted: ReadonlySet<string> | undefined;
  /** The accepted answers that read as finite numbers, to match numeric answers without strings. */
  acceptedNumbers?: ReadonlySet<number>;
}

/** A scoring column: a function of the whole answers object. */
export interface ScoreRule {
  score: (answers: Readonly<Record<string, unknown>>) => number | null;
}

/** What to extract from each record. */
export interface ColumnPlan {
  /** Items read as numbers. */
  numericItems: readonly string[];
  /** Items read as categories against accepted answers (one column per rule). */
  matches: readonly MatchRule[];
  /** Scores computed from the answers object (one column per rule). */
  scores: readonly ScoreRule[];
  groupBy: readonly string[];
  respondentGroupKey: string;
  /** Fixed waves, in order; records of other waves are skipped. */
  waves?: readonly string[];
}

function grow<T extends Float64Array | Int32Array | Uint8Array | Int8Array>(array: T, size: number): T {
  const next = new (array.constructor as new (length: number) => T)(size);
  next.set(array);
  return next;
}

function isMissing(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (typeof value === 'number' && Number.isNaN(value))
  );
}

/** Reads an answer as a number: numbers, numeric strings and booleans (1/0); NaN otherwise. */
export function answerToNumber(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : Number.NaN;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? Number.NaN : Number(trimmed);
  }
  if (typeof value === 'boolean') return value ? 1 : 0;
  return Number.NaN;
}

const matchKey = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value.trim()
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : undefined;

/** 0: no answer, 1: answered, 2: answered with an accepted answer. */
export function matchState(rule: MatchRule, raw: unknown): number {
  if (typeof raw === 'number') {
    if (raw - raw !== 0) return 0;
    return rule.accepted === undefined || (rule.acceptedNumbers?.has(raw) ?? false) ? 2 : 1;
  }
  if (Array.isArray(raw)) {
    if (rule.accepted === undefined) return 2;
    for (const element of raw) {
      const key = matchKey(element);
      if (key !== undefined && rule.accepted.has(key)) return 2;
    }
    return 1;
  }
  if (isMissing(raw)) return 0;
  const key = matchKey(raw);
  if (key === undefined || key === '') return 0;
  return rule.accepted === undefined || rule.accepted.has(key) ? 2 : 1;
}

/**
 * The records, column by column: wave, respondent and group codes in typed arrays, each numeric
 * item as a Float64Array (NaN = missing), each match rule as a Uint8Array (0 missing, 1 answered,
 * 2 answered and accepted), each score as a Float64Array. Records are read once, as they stream by.
 */
export class RecordColumns {
  length = 0;
  private capacity = 1024;
  wave = new Int32Array(this.capacity);
  respondent = new Int32Array(this.capacity);
  respondentGroup = new Int8Array(this.capacity);
  /** Position of each row's record in the input (rows skip rejected records). */
  source = new Int32Array(this.capacity);
  readonly groups: Int32Array[];
  readonly numeric: Float64Array[];
  readonly matched: Uint8Array[];
  readonly scored: Float64Array[];

  readonly waves: string[] = [];
  readonly recordsPerWave: number[] = [];
  private readonly waveIndex = new Map<string, number>();
  private readonly fixedWaves: boolean;
  readonly levels: string[][];
  private readonly levelIndex: Map<string, number>[];
  readonly respondentIds: string[] = [];
  private readonly respondentIndex = new Map<string, number>();
  /** Per numeric item: non-numeric answers, and the first record that had one. */
  readonly invalidNumeric: { count: number; first: number; example: string }[];
  /** Per score rule: scoring calls that threw, and the first error. */
  readonly scoreFailures: { count: number; first: number; message: string }[];
  readonly skippedWaves = new Map<string, number>();
  /** Records whose respondent id was already seen in the same wave. */
  duplicateRespondents = 0;
  /** Per respondent code: bit w set when the respondent was seen in wave w (waves 0-30). */
  private seenInWave = new Int32Array(1024);
  readonly issues = new RecordIssues();
  private readonly respondentGroups: readonly string[];

  constructor(
    readonly plan: ColumnPlan,
    respondentGroups: readonly string[],
  ) {
    this.respondentGroups = respondentGroups;
    this.groups = plan.groupBy.map(() => new Int32Array(this.capacity));
    this.levels = plan.groupBy.map(() => []);
    this.levelIndex = plan.groupBy.map(() => new Map());
    this.numeric = plan.numericItems.map(() => new Float64Array(this.capacity));
    this.matched = plan.matches.map(() => new Uint8Array(this.capacity));
    this.scored = plan.scores.map(() => new Float64Array(this.capacity));
    this.invalidNumeric = plan.numericItems.map(() => ({ count: 0, first: -1, example: '' }));
    this.scoreFailures = plan.scores.map(() => ({ count: 0, first: -1, message: '' }));
    this.fixedWaves = plan.waves !== undefined;
    for (const wave of plan.waves ?? []) this.internWave(wave);
  }

  private internWave(wave: string): number {
    let index = this.waveIndex.get(wave);
    if (index === undefined) {
      index = this.waves.length;
      this.waves.push(wave);
      this.recordsPerWave.push(0);
      this.waveIndex.set(wave, index);
    }
    return index;
  }

  /** Grows every column to hold at least `count` records (at least doubling, so batches add up cheaply). */
  reserve(count: number): void {
    if (count > this.capacity) this.resize(Math.max(count, this.capacity * 2));
  }

  private ensureCapacity(): void {
    if (this.length < this.capacity) return;
    this.resize(this.capacity < 65536 ? 65536 : this.capacity * 2);
  }

  /** Grows every column to `size` rows; all or nothing (allocations come first, then the swap). */
  private resize(size: number): void {
    const wave = grow(this.wave, size);
    const respondent = grow(this.respondent, size);
    const respondentGroup = grow(this.respondentGroup, size);
    const source = grow(this.source, size);
    const groups = this.groups.map((column) => grow(column, size));
    const numeric = this.numeric.map((column) => grow(column, size));
    const matched = this.matched.map((column) => grow(column, size));
    const scored = this.scored.map((column) => grow(column, size));
    this.wave = wave;
    this.respondent = respondent;
    this.respondentGroup = respondentGroup;
    this.source = source;
    groups.forEach((column, g) => {
      this.groups[g] = column;
    });
    numeric.forEach((column, j) => {
      this.numeric[j] = column;
    });
    matched.forEach((column, j) => {
      this.matched[j] = column;
    });
    scored.forEach((column, j) => {
      this.scored[j] = column;
    });
    this.capacity = size;
  }

  /** The name of group variable `v`. */
  levelsName(v: number): string {
    return this.plan.groupBy[v] as string;
  }

  /** Sorts each group variable's levels with `compare` and recodes the rows to match. */
  sortLevels(compare: (a: string, b: string) => number): void {
    this.levels.forEach((levels, v) => {
      const sorted = [...levels].sort(compare);
      const recode = new Int32Array(levels.length);
      levels.forEach((level, old) => {
        recode[old] = sorted.indexOf(level);
      });
      const codes = this.groups[v] as Int32Array;
      for (let r = 0; r < this.length; r++) {
        const code = codes[r] as number;
        if (code >= 0) codes[r] = recode[code] as number;
      }
      levels.splice(0, levels.length, ...sorted);
    });
  }

  /** A numeric item's answer that is not a finite number: NaN, noting answers that are not numbers. */
  readOther(raw: unknown, j: number, index: number): number {
    if (isMissing(raw)) return Number.NaN;
    const x = answerToNumber(raw);
    if (Number.isNaN(x)) {
      const invalid = this.invalidNumeric[j] as { count: number; first: number; example: string };
      if (invalid.count++ === 0) {
        invalid.first = index;
        invalid.example = JSON.stringify(raw)?.slice(0, 40) ?? String(raw);
      }
    }
    return x;
  }

  /** Whether any record answered numeric item `j` (a number, or an answer that is not one). */
  answeredNumeric(j: number): boolean {
    if (((this.invalidNumeric[j]?.count ?? 0) as number) > 0) return true;
    const column = this.numeric[j] as Float64Array;
    for (let r = 0; r < this.length; r++) if (!Number.isNaN(column[r] as number)) return true;
    return false;
  }

  /** Whether any record answered match rule `j`. */
  answeredMatch(j: number): boolean {
    const column = this.matched[j] as Uint8Array;
    for (let r = 0; r < this.length; r++) if ((column[r] as number) > 0) return true;
    return false;
  }

  /** Adds one record (`index` is its position in the input, for issue paths). */
  add(record: ResponseRecord, index: number): void {
    if (typeof record !== 'object' || record === null) {
      this.issues.add('invalid-record', ['records', index], 'expected a record object');
      return;
    }
    const answers = (record as { answers?: unknown }).answers;
    if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
      if (this.checkWave((record as { waveId?: unknown }).waveId, index) !== undefined)
        this.issues.add('invalid-record', ['records', index, 'answers'], 'expected answers (an object)');
      return;
    }
    const row = this.openRow((record as { waveId?: unknown }).waveId, index);
    if (row < 0) return;
    this.setRespondent(row, (record as { respondentId?: unknown }).respondentId, index);

    const group = (record as { group?: unknown }).group;
    const groupObject =
      typeof group === 'object' && group !== null ? (group as Record<string, unknown>) : undefined;
    if (group !== undefined && group !== null && !groupObject) {
      this.issues.add('invalid-group', ['records', index, 'group'], 'expected group to be an object');
    }
    for (let g = 0; g < this.groups.length; g++) {
      this.setGroup(row, g, groupObject?.[this.plan.groupBy[g] as string]);
    }
    this.setRespondentGroup(row, groupObject?.[this.plan.respondentGroupKey]);

    const values = answers as Record<string, unknown>;
    const numericItems = this.plan.numericItems;
    const numeric = this.numeric;
    for (let j = 0; j < numericItems.length; j++) {
      const raw = values[numericItems[j] as string];
      // Fast path for the common case, a finite number; missing answers stay NaN.
      if (typeof raw === 'number' && raw - raw === 0) (numeric[j] as Float64Array)[row] = raw;
      else (numeric[j] as Float64Array)[row] = this.readOther(raw, j, index);
    }
    const matches = this.plan.matches;
    const matched = this.matched;
    for (let j = 0; j < matches.length; j++) {
      const rule = matches[j] as MatchRule;
      (matched[j] as Uint8Array)[row] = matchState(rule, values[rule.item]);
    }
    for (let j = 0; j < this.scored.length; j++) this.setScore(row, j, values, index);
  }

  /**
   * The wave of a record, or undefined after noting why it has none. Numbers are read as their
   * string form.
   */
  private checkWave(rawWave: unknown, index: number): string | undefined {
    const waveId = typeof rawWave === 'number' ? String(rawWave) : rawWave;
    if (typeof waveId === 'string' && waveId !== '') return waveId;
    this.issues.add(
      'invalid-record',
      ['records', index, 'waveId'],
      'expected a wave id (a non-empty string)',
    );
    return undefined;
  }

  /** Starts a row for a record of wave `rawWave`: its row number, or -1 when the record is skipped. */
  openRow(rawWave: unknown, index: number): number {
    const waveId = this.checkWave(rawWave, index);
    if (waveId === undefined) return -1;
    let wave = this.waveIndex.get(waveId);
    if (wave === undefined) {
      if (this.fixedWaves) {
        this.skippedWaves.set(waveId, (this.skippedWaves.get(waveId) ?? 0) + 1);
        return -1;
      }
      wave = this.internWave(waveId);
    }
    this.ensureCapacity();
    const row = this.length++;
    this.wave[row] = wave;
    this.source[row] = index;
    this.recordsPerWave[wave] = (this.recordsPerWave[wave] ?? 0) + 1;
    return row;
  }

  /** Links a row to its respondent (a pseudonymous id), noting repeats within a wave. */
  setRespondent(row: number, rawId: unknown, index: number): void {
    if (typeof rawId !== 'string' && typeof rawId !== 'number') {
      this.respondent[row] = -1;
      if (rawId !== undefined && rawId !== null) {
        this.issues.add(
          'invalid-respondent',
          ['records', index, 'respondentId'],
          'expected a string respondent id',
        );
      }
      return;
    }
    const id = String(rawId);
    let code = this.respondentIndex.get(id);
    if (code === undefined) {
      code = this.respondentIds.length;
      this.respondentIds.push(id);
      this.respondentIndex.set(id, code);
    }
    this.respondent[row] = code;
    const wave = this.wave[row] as number;
    if (wave < 31) {
      if (code >= this.seenInWave.length) this.seenInWave = grow(this.seenInWave, this.seenInWave.length * 2);
      const bit = 1 << wave;
      const seen = this.seenInWave[code] as number;
      if ((seen & bit) !== 0) this.duplicateRespondents++;
      else this.seenInWave[code] = seen | bit;
    }
  }

  /** Sets a row's level of group variable `g` (strings and numbers; anything else is "none"). */
  setGroup(row: number, g: number, value: unknown): void {
    const key = typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
    if (key === undefined || key === '') {
      (this.groups[g] as Int32Array)[row] = -1;
      return;
    }
    const index = this.levelIndex[g] as Map<string, number>;
    let code = index.get(key);
    if (code === undefined) {
      const levels = this.levels[g] as string[];
      code = levels.length;
      levels.push(key);
      index.set(key, code);
    }
    (this.groups[g] as Int32Array)[row] = code;
  }

  /** Sets a row's respondent group (`resident`, `volunteer`, …), -1 when unknown. */
  setRespondentGroup(row: number, value: unknown): void {
    this.respondentGroup[row] = typeof value === 'string' ? this.respondentGroups.indexOf(value) : -1;
  }

  /** Scores a row with score rule `j` from its answers; failures are noted and leave NaN. */
  setScore(row: number, j: number, values: Readonly<Record<string, unknown>>, index: number): void {
    let score = Number.NaN;
    try {
      const result = (this.plan.scores[j] as ScoreRule).score(values);
      if (typeof result === 'number' && Number.isFinite(result)) score = result;
    } catch (error) {
      const failure = this.scoreFailures[j] as { count: number; first: number; message: string };
      if (failure.count++ === 0) {
        failure.first = index;
        failure.message = error instanceof Error ? error.message : String(error);
      }
    }
    (this.scored[j] as Float64Array)[row] = score;
  }
}
