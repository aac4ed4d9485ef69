import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareWaves,
  computeIndicators,
  computeIndicatorsSync,
  type IndicatorCell,
  type IndicatorDefinitionInput,
  type ResponseRecord,
} from '../src/index.js';
import { toColumnBatches } from './builders.js';

const definitions = (minCellSize: number): IndicatorDefinitionInput[] => [
  {
    id: 'm',
    label: { en: 'M' },
    objectiveId: 'encounters',
    kind: 'mean',
    items: ['a', 'b'],
    reverse: ['b'],
    scale: { min: 1, max: 5 },
    minItems: 1,
    minCellSize,
  },
  {
    id: 'p',
    label: { en: 'P' },
    objectiveId: 'encounters',
    kind: 'proportion',
    items: ['c'],
    success: { anyOf: ['yes'] },
    minCellSize,
  },
  {
    id: 't',
    label: { en: 'T' },
    objectiveId: 'encounters',
    kind: 'proportion',
    items: ['a'],
    success: { op: 'gte', value: 4 },
    minCellSize,
  },
  {
    id: 'k',
    label: { en: 'K' },
    objectiveId: 'encounters',
    kind: 'count',
    items: ['c'],
    minCellSize,
  },
  {
    id: 'x',
    label: { en: 'X' },
    objectiveId: 'encounters',
    kind: 'composite',
    components: [
      { indicatorId: 'm', weight: 2 },
      { indicatorId: 't', weight: 1 },
    ],
    minCellSize,
  },
];

const likert = fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined, freq: 5 });
const recordArb: fc.Arbitrary<ResponseRecord> = fc
  .record({
    wave: fc.constantFrom('w1', 'w2', 'w3'),
    area: fc.constantFrom('n', 's', 'e', ''),
    age: fc.constantFrom('young', 'old'),
    id: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    a: likert,
    b: likert,
    c: fc.option(fc.constantFrom('yes', 'no'), { nil: undefined, freq: 4 }),
  })
  .map(({ wave, area, age, id, a, b, c }) => ({
    waveId: wave,
    ...(id !== undefined ? { respondentId: `r${id}` } : {}),
    group: area === '' ? { age } : { area, age },
    answers: { a, b, c },
  }));
const dataset = fc.array(recordArb, { maxLength: 80 });
const options = { groupBy: ['area', 'age'], waves: ['w1', 'w2', 'w3'] };

/** Cells with numbers rounded to 1e-9, so summation order cannot matter. */
function normalised(cells: IndicatorCell[]) {
  return JSON.parse(JSON.stringify(cells), (_, value) =>
    typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1e9) / 1e9 + 0 : value,
  );
}

describe('indicator engine laws', () => {
  it('permuting the records changes nothing', () => {
    fc.assert(
      fc.property(
        dataset,
        fc.integer({ min: 1, max: 6 }),
        fc.infiniteStream(fc.nat()),
        (records, min, stream) => {
          const shuffled = [...records];
          const randoms = stream.take(shuffled.length);
          let i = shuffled.length;
          for (const r of randoms) {
            const j = r % i;
            i--;
            [shuffled[i], shuffled[j]] = [shuffled[j] as ResponseRecord, shuffled[i] as ResponseRecord];
          }
          const a = computeIndicatorsSync({ ...options, definitions: definitions(min), records });
          const b = computeIndicatorsSync({ ...options, definitions: definitions(min), records: shuffled });
          expect(normalised(b.cells)).toEqual(normalised(a.cells));
          expect(b.respondents).toEqual(a.respondents);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('suppression never leaks a value, and never leaves a lone suppressed group', () => {
    fc.assert(
      fc.property(dataset, fc.integer({ min: 1, max: 8 }), (records, min) => {
        const results = computeIndicatorsSync({ ...options, definitions: definitions(min), records });
        const json = JSON.stringify(results);
        expect(json).not.toMatch(/NaN|Infinity|null/);
        for (const cell of results.cells) {
          expect(cell.suppressed).toBe(cell.n < min || cell.suppression === 'complementary');
          if (cell.suppressed) {
            expect(Object.keys(cell).sort()).toEqual([
              'group',
              'indicatorId',
              'missing',
              'n',
              'suppressed',
              'suppression',
              'waveId',
            ]);
          }
        }
        // Per indicator, wave and group variable: never exactly one hidden level beside a visible total.
        const total = (c: IndicatorCell) =>
          results.cells.find(
            (t) =>
              t.indicatorId === c.indicatorId && t.waveId === c.waveId && Object.keys(t.group).length === 0,
          );
        const buckets = new Map<string, IndicatorCell[]>();
        for (const cell of results.cells) {
          const variable = Object.keys(cell.group)[0];
          if (variable === undefined) continue;
          const key = `${cell.indicatorId}|${cell.waveId}|${variable}`;
          buckets.set(key, [...(buckets.get(key) ?? []), cell]);
        }
        for (const cells of buckets.values()) {
          const first = cells[0] as IndicatorCell;
          if (total(first)?.suppressed) continue;
          const hidden = cells.filter((c) => c.suppressed && c.n + c.missing > 0);
          const visible = cells.filter((c) => !c.suppressed);
          if (visible.length > 0) expect(hidden.length).not.toBe(1);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('streamed and array input give identical results', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, async (records) => {
        async function* stream() {
          for (const r of records) yield r;
        }
        const array = await computeIndicators({ ...options, definitions: definitions(3), records });
        const streamed = await computeIndicators({
          ...options,
          definitions: definitions(3),
          records: stream(),
        });
        expect(streamed).toEqual(array);
      }),
      { numRuns: 60 },
    );
  });

  it('batches of columns give the same results as the records they hold', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, fc.integer({ min: 1, max: 30 }), async (records, size) => {
        const array = await computeIndicators({ ...options, definitions: definitions(3), records });
        const batches = await computeIndicators({
          ...options,
          definitions: definitions(3),
          records: toColumnBatches(records, size),
        });
        expect(batches).toEqual(array);
        // Paired tests read the per-respondent values behind the results: they must match too.
        const compare = (results: typeof array) => compareWaves(results, { from: 'w1', to: 'w3' });
        expect(compare(batches)).toEqual(compare(array));
      }),
      { numRuns: 60 },
    );
  });
});
