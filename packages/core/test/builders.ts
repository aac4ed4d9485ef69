import type {
  IndicatorDefinitionInput,
  ResponseColumns,
  ResponseRecord,
  ScoreFunction,
} from '../src/index.js';

/** One record from a compact spec. */
export function record(
  waveId: string,
  answers: Record<string, unknown>,
  extra: { id?: string; area?: string; age?: string; respondentGroup?: string } = {},
): ResponseRecord {
  const group: Record<string, string> = {};
  if (extra.area !== undefined) group.area = extra.area;
  if (extra.age !== undefined) group.age_band = extra.age;
  if (extra.respondentGroup !== undefined) group.respondentGroup = extra.respondentGroup;
  return {
    ...(extra.id !== undefined ? { respondentId: extra.id } : {}),
    waveId,
    group,
    answers,
  };
}

/** The well-being scorer of the synthetic project: (wb1 + wb2) × 2, or null when one is missing. */
export const wellbeingScorer: ScoreFunction = (answers) => {
  const a = answers.wb1;
  const b = answers.wb2;
  return typeof a === 'number' && typeof b === 'number' ? (a + b) * 2 : null;
};

/** The indicator definitions of the synthetic project. */
export function syntheticDefinitions(): IndicatorDefinitionInput[] {
  return [
    {
      id: 'cohesion',
      label: { en: 'Cohesion' },
      objectiveId: 'social-cohesion',
      kind: 'mean',
      items: ['c1', 'c2', 'c3'],
      reverse: ['c3'],
      scale: { min: 1, max: 5 },
      minItems: 2,
      minCellSize: 3,
      target: 4.5,
    },
    {
      id: 'knows-help',
      label: { en: 'Knows a neighbour for help' },
      objectiveId: 'co-reliance',
      kind: 'proportion',
      items: ['help'],
      success: { anyOf: ['yes'] },
      respondentGroups: ['resident'],
      target: 0.8,
    },
    {
      id: 'meets-weekly',
      label: { en: 'Meets neighbours weekly' },
      objectiveId: 'encounters',
      kind: 'proportion',
      items: ['meet'],
      scale: { min: 1, max: 5 },
      success: { op: 'gte', value: 4 },
      minCellSize: 2,
    },
    {
      id: 'volunteers',
      label: { en: 'Volunteers' },
      objectiveId: 'co-reliance',
      kind: 'count',
      items: ['vol'],
      success: { anyOf: ['yes'] },
      minCellSize: 3,
    },
    {
      id: 'wellbeing',
      label: { en: 'Well-being' },
      objectiveId: 'quality-of-life',
      kind: 'scale',
      instrument: 'wb',
      items: ['wb1', 'wb2'],
      scale: { min: 0, max: 5 },
      baseline: 10,
      target: 14,
    },
    {
      id: 'connectedness',
      label: { en: 'Connectedness' },
      objectiveId: 'social-cohesion',
      kind: 'composite',
      components: [
        { indicatorId: 'cohesion', weight: 3 },
        { indicatorId: 'wellbeing', weight: 1 },
      ],
      minCellSize: 3,
    },
  ];
}

type Row = [
  id: string | undefined,
  area: string,
  c1: number | null,
  c2: number | null,
  c3: number | null,
  help: string | null,
  meet: number,
  vol: string,
  wb1: number | null,
  wb2: number | null,
];

const rows: Record<string, Row[]> = {
  w1: [
    ['p1', 'north', 4, 4, 2, 'yes', 5, 'yes', 3, 4],
    ['p2', 'north', 3, 3, 3, 'no', 2, 'no', 2, 2],
    ['p3', 'south', 5, 4, 1, 'yes', 4, 'yes', 4, 4],
    ['p4', 'south', 2, null, 4, 'yes', 1, 'no', 1, null],
    ['p5', 'south', 3, 3, 3, 'no', 3, 'no', 3, 3],
    [undefined, 'south', null, null, 5, null, 4, 'yes', 2, 2],
  ],
  w2: [
    ['p1', 'north', 4, 5, 2, 'yes', 4, 'yes', 3, 3],
    [undefined, 'south', 2, 2, 4, 'no', 2, 'no', 1, 2],
  ],
  w3: [
    ['p1', 'north', 5, 4, 1, 'yes', 5, 'yes', 4, 4],
    ['p2', 'north', 4, 3, 2, 'yes', 4, 'no', 3, 2],
    ['p3', 'south', 5, 5, 1, 'yes', 4, 'yes', 4, 5],
    ['p4', 'south', 3, 3, 3, 'no', 2, 'yes', 2, 2],
    ['p5', 'south', 4, 4, 2, 'yes', 4, 'no', 3, 4],
    ['p6', 'south', 4, 4, null, 'yes', 5, 'yes', 5, 5],
  ],
};

/**
 * A small synthetic project: 3 waves (w2 tiny), 5 respondents linked between w1 and w3, anonymous
 * and new respondents, two areas, missing answers, and one volunteer whose answers residents-only
 * indicators must ignore.
 */
export function syntheticRecords(): ResponseRecord[] {
  const out: ResponseRecord[] = [];
  for (const [waveId, list] of Object.entries(rows)) {
    for (const [id, area, c1, c2, c3, help, meet, vol, wb1, wb2] of list) {
      out.push(
        record(
          waveId,
          { c1, c2, c3, help, meet, vol, wb1, wb2 },
          { ...(id !== undefined ? { id } : {}), area, age: id === 'p1' || id === 'p3' ? '65+' : '<65' },
        ),
      );
    }
  }
  out.push(
    record('w1', { help: 'yes', meet: 5, vol: 'yes' }, { area: 'north', respondentGroup: 'volunteer' }),
  );
  return out;
}

/** A deterministic pseudo-random generator (Park–Miller), for big synthetic data. */
export function random(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => {
    state = (state * 16807) % 2147483647;
    return (state - 1) / 2147483646;
  };
}

/**
 * The same records as batches of columns of `size` rows: answers that are all numbers (or missing)
 * become Float64Arrays with NaN for missing, other columns stay plain arrays.
 */
export function toColumnBatches(records: readonly ResponseRecord[], size: number): ResponseColumns[] {
  const batches: ResponseColumns[] = [];
  for (let start = 0; start < records.length; start += size) {
    const slice = records.slice(start, start + size);
    const names = (pick: (record: ResponseRecord) => object | undefined) => [
      ...new Set(slice.flatMap((record) => Object.keys(pick(record) ?? {}))),
    ];
    const answers: Record<string, ArrayLike<unknown>> = {};
    for (const name of names((record) => record.answers)) {
      const values = slice.map((record) => record.answers[name]);
      const numeric = values.every(
        (value) => value === undefined || value === null || typeof value === 'number',
      );
      answers[name] = numeric
        ? Float64Array.from(values, (value) => (value ?? Number.NaN) as number)
        : values;
    }
    const group: Record<string, (string | undefined)[]> = {};
    for (const name of names((record) => record.group))
      group[name] = slice.map((record) => record.group?.[name]);
    batches.push({
      kind: 'columns',
      length: slice.length,
      waveId: slice.map((record) => record.waveId),
      respondentId: slice.map((record) => record.respondentId),
      group,
      answers,
    });
  }
  return batches;
}

/** A one-item mean indicator (encounters objective) shown from `minCellSize` respondents. */
export function oneItemMean(id: string, item: string, minCellSize = 1): IndicatorDefinitionInput {
  return { id, label: { en: id }, objectiveId: 'encounters', kind: 'mean', items: [item], minCellSize };
}
