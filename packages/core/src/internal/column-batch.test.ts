import { describe, expect, it } from 'vitest';
import {
  oneItemMean,
  syntheticDefinitions,
  syntheticRecords,
  toColumnBatches,
  wellbeingScorer,
} from '../../test/builders.js';
import { compareWaves } from '../compare-waves.js';
import { computeIndicators, computeIndicatorsSync } from '../indicator-engine.js';
import { formatPath } from '../issue.js';
import type { ResponseColumns } from '../response-record.js';

const golden = {
  definitions: syntheticDefinitions(),
  groupBy: ['area', 'age_band'],
  waves: ['w1', 'w2', 'w3'],
  scorers: { wb: wellbeingScorer },
};

describe('batches of columns', () => {
  it('give the golden project the same results, scores and paired tests as its records', async () => {
    const fromRecords = await computeIndicators({ ...golden, records: syntheticRecords() });
    for (const size of [1, 4, 1000]) {
      const fromBatches = await computeIndicators({
        ...golden,
        records: toColumnBatches(syntheticRecords(), size),
      });
      expect(fromBatches).toEqual(fromRecords);
      expect(compareWaves(fromBatches, { from: 'w1', to: 'w3' })).toEqual(
        compareWaves(fromRecords, { from: 'w1', to: 'w3' }),
      );
    }
  });

  it('mix with single records in one stream', async () => {
    const records = syntheticRecords();
    const [head, ...tail] = records;
    async function* stream() {
      if (head) yield head;
      yield* toColumnBatches(tail.slice(0, 6), 3);
      yield* tail.slice(6);
    }
    const mixed = await computeIndicators({ ...golden, records: stream() });
    expect(mixed).toEqual(await computeIndicators({ ...golden, records }));
  });

  it('reject a malformed batch whole with the path of each problem, and go on with the rest', () => {
    const good: ResponseColumns = {
      kind: 'columns',
      length: 2,
      waveId: ['w1', 'w1'],
      answers: { a: Float64Array.of(4, 5) },
    };
    const bad = {
      kind: 'columns',
      length: 3,
      waveId: ['w1', 'w1', 'w1'],
      group: { area: 'north' },
      answers: { a: Float64Array.of(1, 2), b: { 0: 1 } },
    } as unknown as ResponseColumns;
    const results = computeIndicatorsSync({
      definitions: [oneItemMean('m', 'a')],
      records: [bad, good, { kind: 'columns', length: -1 } as unknown as ResponseColumns],
    });
    const problems = results.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
    expect(problems).toEqual([
      'records[0].group.area: expected an array or a typed array',
      'records[0].answers.a: expected at least 3 entries (the batch length), got 2',
      'records[0].answers.b: expected an array or a typed array',
      'records[5].length: expected the number of rows (a whole number ≥ 0)',
    ]);
    // Only the good batch counts: rows 3 and 4 of the input.
    expect(results.respondents).toEqual({ w1: 2 });
    expect(results.cells[0]?.value).toBe(4.5);
  });

  it('read typed arrays of any number type, and note infinities as invalid answers', () => {
    const results = computeIndicatorsSync({
      definitions: [oneItemMean('m', 'a'), oneItemMean('i', 'b')],
      records: [
        {
          kind: 'columns',
          length: 4,
          waveId: ['w', 'w', 'w', 'w'],
          answers: {
            a: Int8Array.of(1, 2, 3, 6),
            b: Float32Array.of(1, Number.NaN, Number.POSITIVE_INFINITY, 3),
          },
        },
      ],
    });
    expect(results.cells.map((cell) => [cell.indicatorId, cell.n, cell.missing, cell.value])).toEqual([
      ['m', 4, 0, 3],
      ['i', 2, 2, 2],
    ]);
    expect(results.issues.map((issue) => [issue.code, formatPath(issue.path)])).toEqual([
      ['invalid-answer', 'records[2].answers.b'],
    ]);
  });

  it('skip rows of waves not asked for, also in the middle of a typed column', () => {
    const results = computeIndicatorsSync({
      definitions: [oneItemMean('m', 'a')],
      waves: ['w1'],
      records: [
        { kind: 'columns', length: 3, waveId: ['old', 'w1', 'w1'], answers: { a: Float64Array.of(9, 3, 5) } },
        {
          kind: 'columns',
          length: 4,
          waveId: ['old', 'w1', 'old', 'w1'],
          answers: { a: Float64Array.of(1, 2, 100, 4) },
        },
      ],
    });
    expect(results.cells.map((cell) => [cell.n, cell.value])).toEqual([[4, 3.5]]);
    expect(results.issues.map((issue) => issue.code)).toEqual(['unlisted-wave']);
  });

  it('take a hint of the expected record count without changing results, and ignore unusable hints', async () => {
    const expected = await computeIndicators({ ...golden, records: syntheticRecords() });
    for (const expectedRecords of [1, 15, 100_000, 1e15, -3, Number.NaN, 2.5]) {
      const hinted = await computeIndicators({
        ...golden,
        expectedRecords,
        records: toColumnBatches(syntheticRecords(), 4),
      });
      expect(hinted).toEqual(expected);
    }
  });
});
