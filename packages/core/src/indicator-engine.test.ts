import { describe, expect, it } from 'vitest';
import { record, syntheticDefinitions, syntheticRecords, wellbeingScorer } from '../test/builders.js';
import { CoreError } from './core-error.js';
import type { IndicatorDefinitionInput } from './indicator-definition.js';
import { computeIndicators, computeIndicatorsSync } from './indicator-engine.js';
import type { IndicatorResults } from './indicator-results.js';
import { formatPath } from './issue.js';

const mean = (extra: Partial<IndicatorDefinitionInput> = {}): IndicatorDefinitionInput => ({
  id: 'score',
  label: { en: 'Score' },
  objectiveId: 'quality-of-life',
  kind: 'mean',
  items: ['q1'],
  minCellSize: 1,
  ...extra,
});

const numbersIn = (results: IndicatorResults) =>
  JSON.stringify(results.cells)
    .match(/-?\d+(\.\d+)?(e-?\d+)?|NaN|null|Infinity/g)
    ?.filter((token) => token === 'NaN' || token === 'Infinity' || token === 'null') ?? [];

describe('computeIndicators', () => {
  it('reports bad definitions with paths and still computes the good ones', async () => {
    const definitions = [
      mean(),
      mean({ id: 'bad-items', items: ['q1', 'q12'] }),
      { ...mean({ id: 'no-label' }), label: {} },
      mean({ id: 'score' }),
      mean({ id: 'rev', items: ['q1'], reverse: ['q2'], scale: { min: 1, max: 5 } }),
      mean({ id: 'sc', kind: 'scale', instrument: 'nope', items: [] }),
      mean({
        id: 'comp',
        kind: 'composite',
        items: [],
        components: [{ indicatorId: 'bad-items', weight: 1 }],
      }),
    ];
    const results = await computeIndicators({
      definitions,
      records: [record('w1', { q1: 3 }), record('w1', { q1: 4 })],
      questions: ['q1', 'q2'],
    });
    const messages = results.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'definitions[1].items[1]: unknown question "q12"',
        'definitions[3].id: indicator id "score" is already used by definitions[0]',
        'definitions[4].reverse[0]: reverse item "q2" is not in items',
        'definitions[5].instrument: no scorer registered for instrument "nope"',
        'definitions[6].components[0].indicatorId: component "bad-items" cannot be computed (see its own issues)',
      ]),
    );
    expect(results.issues.some((issue) => formatPath(issue.path) === 'definitions[2].label')).toBe(true);
    expect(new Set(results.cells.map((cell) => cell.indicatorId))).toEqual(new Set(['score']));
    expect(results.cells[0]?.value).toBe(3.5);
  });

  it('never crashes or produces NaN on hostile records', async () => {
    const records = [
      null,
      42,
      { waveId: '' },
      { waveId: 'w1' },
      { waveId: 'w1', answers: [] },
      { waveId: 'w1', answers: { q1: 'abc' } },
      { waveId: 'w1', answers: { q1: Number.POSITIVE_INFINITY } },
      { waveId: 'w1', answers: { q1: '4' }, group: 'north', respondentId: { x: 1 } },
      { waveId: 'w1', answers: { q1: 99 } },
      { waveId: 'w1', answers: { q1: true } },
    ] as never[];
    const results = await computeIndicators({
      definitions: [mean({ scale: { min: 0, max: 5 } })],
      records,
      groupBy: ['area'],
    });
    expect(numbersIn(results)).toEqual([]);
    const codes = results.issues.map((issue) => `${issue.code} ${formatPath(issue.path)}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'invalid-record records[0]',
        'invalid-record records[2].waveId',
        'invalid-record records[3].answers',
        'invalid-record records[4].answers',
        'invalid-group records[7].group',
        'invalid-respondent records[7].respondentId',
        'invalid-answer records[5].answers.q1',
        'out-of-range records[8].answers.q1',
      ]),
    );
    const cell = results.cells.find((c) => Object.keys(c.group).length === 0);
    // Usable: '4' and true (= 1); missing: 'abc', Infinity, 99.
    expect(cell).toMatchObject({ n: 2, missing: 3, value: 2.5 });
  });

  it('caps repeated record issues and summarises the rest', async () => {
    const records = Array.from({ length: 25 }, () => ({ waveId: 'w1' })) as never[];
    const results = await computeIndicators({ definitions: [mean()], records });
    expect(results.issues.filter((issue) => issue.code === 'invalid-record')).toHaveLength(11);
    expect(results.issues.at(-1)?.message).toContain('15 more record(s)');
  });

  it('warns about questions nobody answered and duplicate respondents', async () => {
    const results = await computeIndicators({
      definitions: [mean({ items: ['q1', 'q9'], minItems: 1 })],
      records: [record('w1', { q1: 1 }, { id: 'a' }), record('w1', { q1: 2 }, { id: 'a' })],
    });
    expect(results.issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['duplicate-respondent', 'warning'],
      ['unanswered-question', 'warning'],
    ]);
  });

  it('reads async iterables and sync iterables the same as arrays', async () => {
    const options = {
      definitions: syntheticDefinitions(),
      groupBy: ['area'],
      scorers: { wb: wellbeingScorer },
    };
    const array = await computeIndicators({ ...options, records: syntheticRecords() });
    async function* stream() {
      for (const r of syntheticRecords()) {
        await Promise.resolve();
        yield r;
      }
    }
    const streamed = await computeIndicators({ ...options, records: stream() });
    const iterated = computeIndicatorsSync({ ...options, records: new Set(syntheticRecords()) });
    expect(streamed).toEqual(array);
    expect(iterated).toEqual(array);
  });

  it('skips waves not asked for and keeps the asked order', async () => {
    const results = await computeIndicators({
      definitions: [mean()],
      records: [record('end', { q1: 5 }), record('start', { q1: 1 }), record('other', { q1: 3 })],
      waves: ['start', 'end'],
    });
    expect(results.waves).toEqual(['start', 'end']);
    expect(results.cells.map((cell) => cell.value)).toEqual([1, 5]);
    expect(results.issues.map((issue) => issue.code)).toEqual(['unlisted-wave']);
  });

  it('handles multiple-choice answers, booleans and numeric strings in success rules', async () => {
    const definitions: IndicatorDefinitionInput[] = [
      {
        ...mean({ id: 'any-sport', kind: 'proportion', items: ['hobbies'] }),
        success: { anyOf: ['sport', 1] },
      },
      { ...mean({ id: 'answered', kind: 'count', items: ['hobbies'] }) },
    ];
    const results = await computeIndicators({
      definitions,
      records: [
        record('w', { hobbies: ['music', 'sport'] }),
        record('w', { hobbies: ['music'] }),
        record('w', { hobbies: '1' }),
        record('w', { hobbies: [] }),
        record('w', { hobbies: null }),
      ],
    });
    expect(results.cells.map((cell) => [cell.value, cell.n, cell.missing])).toEqual([
      [0.5, 4, 1],
      [4, 4, 1],
    ]);
  });

  it('matches numeric answers against accepted values written as numbers or text', async () => {
    const definitions: IndicatorDefinitionInput[] = [
      { ...mean({ id: 'top', kind: 'proportion', items: ['q'] }), success: { anyOf: [5, '4'] } },
      { ...mean({ id: 'blank', kind: 'proportion', items: ['q'] }), success: { anyOf: ['', 'x'] } },
    ];
    const results = await computeIndicators({
      definitions,
      records: [record('w', { q: 5 }), record('w', { q: 4 }), record('w', { q: '5' }), record('w', { q: 0 })],
    });
    expect(results.cells.map((cell) => [cell.value, cell.n])).toEqual([
      [0.75, 4],
      [0, 4],
    ]);
  });

  it('turns throwing or non-finite scorers into missing values and an issue', async () => {
    const results = await computeIndicators({
      definitions: [
        mean({
          id: 'scored',
          kind: 'scale',
          items: [],
          score: (answers) => {
            if (answers.q1 === 0) throw new Error('boom');
            return answers.q1 === 1 ? Number.NaN : Number(answers.q1);
          },
        }),
      ],
      records: [
        record('w', { q1: 0 }),
        record('w', { q1: 1 }),
        record('w', { q1: 3 }),
        record('w', { q1: 5 }),
      ],
    });
    expect(results.cells[0]).toMatchObject({ n: 2, missing: 2, value: 4 });
    expect(results.issues).toEqual([
      {
        code: 'scoring-failed',
        path: ['records', 0],
        message: 'scoring "scored" failed: boom; treated as missing',
      },
    ]);
  });

  it('leaves sd and ci out for a single respondent and a distribution out for continuous values', async () => {
    const one = await computeIndicators({ definitions: [mean()], records: [record('w', { q1: 2 })] });
    expect(one.cells[0]).toEqual({
      indicatorId: 'score',
      waveId: 'w',
      group: {},
      n: 1,
      missing: 0,
      suppressed: false,
      value: 2,
      distribution: [{ value: 2, count: 1 }],
    });
    const many = await computeIndicators({
      definitions: [mean()],
      records: Array.from({ length: 100 }, (_, i) => record('w', { q1: i / 7 })),
    });
    expect(many.cells[0]?.distribution).toBeUndefined();
    expect(many.cells[0]?.value).toBeCloseTo(99 / 14, 12);
  });

  it('throws a CoreError for non-iterable records', async () => {
    await expect(computeIndicators({ definitions: [], records: 5 as never })).rejects.toBeInstanceOf(
      CoreError,
    );
    expect(() => computeIndicatorsSync({ definitions: 'x' as never, records: [] })).toThrow(CoreError);
  });
});
