/**
 * Indicator engine: BENCH_RECORDS (default 1,000,000) records × 40 answers, 25 indicators (10 item means,
 * 5 four-item scale means with a reversed item, 10 proportions), 3 waves, 2 group-bys — from memory and
 * streamed from SQLite (BENCH_SQLITE_RECORDS, default 100,000, through the store's streamResponses) — beside
 * a numpy/scipy script computing the same means, proportions and 95% CIs on the same data, exported once to
 * a binary file outside the timing. Every cell's n, value and CI must match numpy (and the SQLite run must
 * match the in-memory run on the same records) or the benchmark fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  computeIndicators,
  type IndicatorDefinitionInput,
  type IndicatorResults,
  type ResponseRecord,
} from '@neighbourly/core';
import { openSqliteStore, type Wave } from '@neighbourly/store';
import { v7 as uuidv7 } from 'uuid';
import { failWrongAnswers, printRow, type ResultRow, writeResults } from './results.js';

const records = Number(process.env.BENCH_RECORDS ?? 1_000_000);
const sqliteRecords = Math.min(records, Number(process.env.BENCH_SQLITE_RECORDS ?? 100_000));
const ITEMS = 40;
const WAVES = ['baseline', 'mid-term', 'end'];
const AREAS = ['north', 'south', 'east', 'west', 'centre', 'harbour'];
const AGES = ['<30', '30-49', '50-64', '65+'];
const item = (i: number) => `q${String(i + 1).padStart(2, '0')}`;
const here = dirname(fileURLToPath(import.meta.url));

// --- the indicators, and the same in the numpy script's terms ------------------------------------------
interface NumpyIndicator {
  id: string;
  kind: 'mean' | 'proportion';
  columns: number[];
  reverse: number[];
  minItems: number;
  gte?: number;
  anyOf?: number[];
}
const definitions: IndicatorDefinitionInput[] = [];
const numpyIndicators: NumpyIndicator[] = [];
const base = { label: { en: 'x' }, objectiveId: 'encounters', scale: { min: 1, max: 5 }, minCellSize: 5 };
for (let i = 0; i < 10; i += 1) {
  definitions.push({ ...base, id: `mean-${i}`, kind: 'mean', items: [item(i)] });
  numpyIndicators.push({ id: `mean-${i}`, kind: 'mean', columns: [i], reverse: [], minItems: 1 });
}
for (let i = 0; i < 5; i += 1) {
  const columns = [10 + i * 4, 11 + i * 4, 12 + i * 4, 13 + i * 4];
  const names = columns.map(item);
  definitions.push({
    ...base,
    id: `scale-${i}`,
    kind: 'mean',
    items: names,
    reverse: [names[3] as string],
    minItems: 3,
  });
  numpyIndicators.push({ id: `scale-${i}`, kind: 'mean', columns, reverse: [3], minItems: 3 });
}
for (let i = 0; i < 5; i += 1) {
  definitions.push({
    ...base,
    id: `share-${i}`,
    kind: 'proportion',
    items: [item(30 + i)],
    success: { op: 'gte', value: 4 },
  });
  numpyIndicators.push({
    id: `share-${i}`,
    kind: 'proportion',
    columns: [30 + i],
    reverse: [],
    minItems: 1,
    gte: 4,
  });
}
for (let i = 0; i < 5; i += 1) {
  definitions.push({
    ...base,
    id: `choice-${i}`,
    kind: 'proportion',
    items: [item(35 + i)],
    success: { anyOf: [1, 2] },
  });
  numpyIndicators.push({
    id: `choice-${i}`,
    kind: 'proportion',
    columns: [35 + i],
    reverse: [],
    minItems: 1,
    anyOf: [1, 2],
  });
}

// --- the data: generated once, kept in memory, exported once for numpy ----------------------------------
let state = 12345;
const next = () => {
  state = (state * 16807) % 2147483647;
  return state / 2147483647;
};
const binary = new Int8Array(records * ITEMS + records * 3);
const data: ResponseRecord[] = new Array(records);
const perWave = Math.ceil(records / WAVES.length);
for (let r = 0; r < records; r += 1) {
  const wave = Math.floor(r / perWave);
  const area = r % AREAS.length;
  const age = (r >> 3) % AGES.length;
  const answers: Record<string, number | null> = {};
  for (let j = 0; j < ITEMS; j += 1) {
    // Skewed a little per wave, so waves differ.
    const value = next() < 0.05 ? null : Math.min(5, 1 + Math.floor(next() * 5 + wave * 0.2 * next()));
    answers[item(j)] = value;
    binary[r * ITEMS + j] = value ?? 0;
  }
  binary[records * ITEMS + r] = wave;
  binary[records * ITEMS + records + r] = area;
  binary[records * ITEMS + 2 * records + r] = age;
  data[r] = {
    waveId: WAVES[wave] as string,
    group: { area: AREAS[area] as string, age_band: AGES[age] as string },
    answers,
  };
}
const dir = mkdtempSync(join(tmpdir(), 'neighbourly-engine-'));
const dataFile = join(dir, 'data.bin');
writeFileSync(dataFile, binary);
writeFileSync(
  join(dir, 'indicators.json'),
  JSON.stringify({ indicators: numpyIndicators, areas: AREAS.length, ages: AGES.length }),
);

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};
const run = async (source: ResponseRecord[] | AsyncIterable<ResponseRecord>) =>
  computeIndicators({ definitions, records: source, waves: WAVES, groupBy: ['area', 'age_band'] });

// --- Neighbourly from memory ----------------------------------------------------------------------------
await run(data.slice(0, 20_000)); // warm-up
let started = performance.now();
let cpu = process.cpuUsage();
const fromMemory = await run(data);
const memorySeconds = (performance.now() - started) / 1000;
const memoryCpu = cpuSeconds(cpu);

// --- numpy on the same data -----------------------------------------------------------------------------
const env = { ...process.env };
delete env.OPENBLAS_CORETYPE;
delete env.OPENBLAS_L2_SIZE;
const numpyOut = join(dir, 'numpy.json');
started = performance.now();
const python = spawnSync(
  'python3',
  [join(here, 'engine_numpy.py'), dataFile, String(records), join(dir, 'indicators.json'), numpyOut],
  { env, encoding: 'utf8' },
);
if (python.status !== 0) failWrongAnswers('engine', [`numpy script failed: ${python.stderr}`]);
const numpySeconds = Number(/seconds ([\d.e-]+)/.exec(python.stdout)?.[1]);
const numpy = JSON.parse(readFileSync(numpyOut, 'utf8')) as Record<string, [number, number, number, number]>;

// --- Neighbourly streamed from SQLite -------------------------------------------------------------------
const store = await openSqliteStore({ filename: join(dir, 'engine.db'), synchronous: 'normal' });
const project = await store.projects.create({
  name: 'Engine',
  slug: 'engine',
  languages: ['en'],
  frameworkId: 'caring-neighbourhoods',
});
const survey = await store.surveys.create({ projectId: project.id, name: 'S', definition: { elements: [] } });
const waves: Wave[] = [];
for (const label of WAVES) {
  waves.push(
    await store.waves.create({
      projectId: project.id,
      surveyId: survey.id,
      label,
      access: 'open',
      status: 'open',
    }),
  );
}
const header: string[] = [];
for await (const line of store.exportNdjson(project.id)) header.push(line);
await store.close();
const at = new Date().toISOString();
const lines = function* () {
  yield* header;
  for (let r = 0; r < sqliteRecords; r += 1) {
    const record = data[r] as ResponseRecord;
    const wave = waves[WAVES.indexOf(record.waveId)];
    yield `${JSON.stringify({
      type: 'response',
      record: {
        id: uuidv7(),
        projectId: project.id,
        waveId: wave?.id,
        surveyId: survey.id,
        surveyVersion: 1,
        status: 'complete',
        answers: { ...record.answers, area: record.group?.area, age_band: record.group?.age_band },
        createdAt: at,
        updatedAt: at,
        submittedAt: at,
      },
    })}\n`;
  }
};
const imported = await openSqliteStore({ filename: join(dir, 'engine-imported.db'), synchronous: 'normal' });
await imported.importNdjson(lines());
const waveName = new Map(waves.map((wave, index) => [wave.id, WAVES[index] as string]));
async function* streamed(): AsyncIterable<ResponseRecord> {
  for await (const response of imported.streamResponses({ projectId: project.id })) {
    const { area, age_band, ...answers } = response.answers;
    yield {
      waveId: waveName.get(response.waveId) as string,
      group: { area: String(area), age_band: String(age_band) },
      answers,
    };
  }
}
const subset = data.slice(0, sqliteRecords);
await run(subset.slice(0, 1000));
started = performance.now();
cpu = process.cpuUsage();
const subsetFromMemory = await run(subset);
const subsetMemorySeconds = (performance.now() - started) / 1000;
started = performance.now();
const fromSqlite = await run(streamed());
const sqliteSeconds = (performance.now() - started) / 1000;
await imported.close();
rmSync(dir, { recursive: true, force: true });

// --- the answers must agree -----------------------------------------------------------------------------
const problems: string[] = [];
const close = (a: number, b: number, tolerance: number) =>
  Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(b));
let compared = 0;
const keyOf = (cell: IndicatorResults['cells'][number]) => {
  const [name, value] = Object.entries(cell.group)[0] ?? ['', ''];
  const index = name === 'area' ? AREAS.indexOf(value) : AGES.indexOf(value);
  return `${cell.indicatorId}|${WAVES.indexOf(cell.waveId)}|${name === '' ? '' : `${name}=${index}`}`;
};
for (const cell of fromMemory.cells) {
  const expected = numpy[keyOf(cell)];
  if (expected === undefined) {
    problems.push(`no numpy cell for ${keyOf(cell)}`);
    continue;
  }
  const [n, value, low, high] = expected;
  compared += 1;
  if (cell.n !== n) problems.push(`${keyOf(cell)}: n ${cell.n} vs numpy ${n}`);
  if (cell.value === undefined || !close(cell.value, value, 1e-9))
    problems.push(`${keyOf(cell)}: value ${cell.value} vs numpy ${value}`);
  if (cell.ci === undefined || !close(cell.ci[0], low, 1e-7) || !close(cell.ci[1], high, 1e-7)) {
    problems.push(`${keyOf(cell)}: CI ${cell.ci} vs numpy [${low}, ${high}]`);
  }
}
if (compared !== Object.keys(numpy).length)
  problems.push(`compared ${compared} cells, numpy has ${Object.keys(numpy).length}`);
if (fromMemory.issues.length > 0)
  problems.push(`engine issues: ${JSON.stringify(fromMemory.issues.slice(0, 3))}`);
const strip = (results: IndicatorResults) => JSON.stringify(results.cells);
if (strip(fromSqlite) !== strip(subsetFromMemory))
  problems.push('the SQLite-streamed results differ from the in-memory results on the same records');

const rows: ResultRow[] = [
  {
    benchmark: 'engine',
    case: `${records.toLocaleString('en')} records × 40 answers, 25 indicators, 3 waves, 2 group-bys, from memory`,
    metric: 's',
    value: memorySeconds,
    baseline: { label: 'numpy/scipy (compute only, data loaded)', value: numpySeconds },
    ratio: numpySeconds / memorySeconds,
    goal: 'within 3× of numpy (ratio ≥ 0.33)',
    met: memorySeconds <= 3 * numpySeconds,
    note: `engine CPU ${memoryCpu.toFixed(2)} s`,
  },
  {
    benchmark: 'engine',
    case: `${sqliteRecords.toLocaleString('en')} records streamed from SQLite (streamResponses → engine)`,
    metric: 's',
    value: sqliteSeconds,
    baseline: { label: 'the same records from memory', value: subsetMemorySeconds },
    ratio: subsetMemorySeconds / sqliteSeconds,
  },
];
for (const row of rows) printRow(row);
const checks = [
  `${compared} cells (n, value, 95% CI) equal to numpy/scipy within 1e-9 (values) and 1e-7 (CI bounds); SQLite-streamed cells identical to in-memory ones`,
];
if (problems.length > 0)
  checks.push(`FAILED: ${problems.length} differences, e.g. ${problems.slice(0, 3).join('; ')}`);
writeResults('engine', rows, checks);
if (problems.length > 0) failWrongAnswers('engine', problems);
