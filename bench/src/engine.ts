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
  type IndicatorResults,
  type ResponseColumns,
  type ResponseRecord,
} from '@neighbourly/core';
import { openSqliteStore, type Wave } from '@neighbourly/store';
import { v7 as uuidv7 } from 'uuid';
import {
  AGES,
  AREAS,
  definitions,
  ITEMS,
  item,
  numpyIndicators,
  streamBatches,
  WAVES,
} from './engine-data.js';
import { failWrongAnswers, printRow, type ResultRow, writeResults } from './results.js';

const records = Number(process.env.BENCH_RECORDS ?? 1_000_000);
const sqliteRecords = Math.min(records, Number(process.env.BENCH_SQLITE_RECORDS ?? 100_000));
const here = dirname(fileURLToPath(import.meta.url));

// --- the data: generated once, kept in memory, exported once for numpy ----------------------------------
let state = 12345;
const next = () => {
  state = (state * 16807) % 2147483647;
  return state / 2147483647;
};
const binary = new Int8Array(records * ITEMS + records * 3);
const perWave = Math.ceil(records / WAVES.length);
for (let r = 0; r < records; r += 1) {
  const wave = Math.floor(r / perWave);
  for (let j = 0; j < ITEMS; j += 1) {
    // Skewed a little per wave, so waves differ; 0 = no answer.
    binary[r * ITEMS + j] = next() < 0.05 ? 0 : Math.min(5, 1 + Math.floor(next() * 5 + wave * 0.2 * next()));
  }
  binary[records * ITEMS + r] = wave;
  binary[records * ITEMS + records + r] = r % AREAS.length;
  binary[records * ITEMS + 2 * records + r] = (r >> 3) % AGES.length;
}
const dir = mkdtempSync(join(tmpdir(), 'neighbourly-engine-'));
const dataFile = join(dir, 'data.bin');
writeFileSync(dataFile, binary);
writeFileSync(
  join(dir, 'indicators.json'),
  JSON.stringify({ indicators: numpyIndicators, areas: AREAS.length, ages: AGES.length }),
);

// --- Neighbourly streamed from the binary file in batches, in a process of its own (for its peak RSS) --
// First, while this process is still small and quiet: a parent busy collecting a big heap would slow it.
const streamOut = join(dir, 'stream.json');
const child = spawnSync(
  process.execPath,
  [
    '--conditions=@neighbourly/source',
    '--import',
    'tsx',
    join(here, 'engine-stream.ts'),
    dataFile,
    String(records),
    streamOut,
  ],
  { encoding: 'utf8' },
);
if (child.status !== 0) failWrongAnswers('engine', [`streaming run failed: ${child.stderr}`]);
const streamedRun = JSON.parse(readFileSync(streamOut, 'utf8')) as {
  seconds: number;
  cpuSeconds: number;
  peakRssBytes: number;
  cells: IndicatorResults['cells'];
  issues: unknown[];
};

// --- the same data as record objects, kept in memory -----------------------------------------------------
const data: ResponseRecord[] = new Array(records);
for (let r = 0; r < records; r += 1) {
  const answers: Record<string, number | null> = {};
  for (let j = 0; j < ITEMS; j += 1) answers[item(j)] = binary[r * ITEMS + j] || null;
  data[r] = {
    waveId: WAVES[binary[records * ITEMS + r] as number] as string,
    group: {
      area: AREAS[binary[records * ITEMS + records + r] as number] as string,
      age_band: AGES[binary[records * ITEMS + 2 * records + r] as number] as string,
    },
    answers,
  };
}

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};
const run = async (
  source: ResponseRecord[] | ResponseColumns[] | AsyncIterable<ResponseRecord | ResponseColumns>,
) => computeIndicators({ definitions, records: source, waves: WAVES, groupBy: ['area', 'age_band'] });

// --- Neighbourly from memory ----------------------------------------------------------------------------
await run(data.slice(0, 20_000)); // warm-up
let started = performance.now();
let cpu = process.cpuUsage();
const fromMemory = await run(data);
const memorySeconds = (performance.now() - started) / 1000;
const memoryCpu = cpuSeconds(cpu);

// --- Neighbourly from memory, the same data as batches of columns (built outside the timing) -------------
const batches: ResponseColumns[] = [];
for await (const batch of streamBatches(dataFile, records)) batches.push(batch);
await run(batches.slice(0, 2)); // warm-up
started = performance.now();
const fromColumns = await run(batches);
const columnsSeconds = (performance.now() - started) / 1000;
batches.length = 0;

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
const strip = (results: Pick<IndicatorResults, 'cells'>) => JSON.stringify(results.cells);
if (strip(fromSqlite) !== strip(subsetFromMemory))
  problems.push('the SQLite-streamed results differ from the in-memory results on the same records');
if (strip(fromColumns) !== strip(fromMemory))
  problems.push('the results from batches of columns differ from the results from record objects');
if (strip(streamedRun) !== strip(fromMemory) || streamedRun.issues.length > 0)
  problems.push('the results streamed from the file differ from the in-memory results');
const gigabyte = 1024 ** 3;

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
    case: `the same ${records.toLocaleString('en')} records in memory as batches of columns (Float64Array answers, ${(10_000).toLocaleString('en')} rows each)`,
    metric: 's',
    value: columnsSeconds,
    baseline: { label: 'numpy/scipy (compute only, data loaded)', value: numpySeconds },
    ratio: numpySeconds / columnsSeconds,
  },
  {
    benchmark: 'engine',
    case: `${records.toLocaleString('en')} records streamed from the binary file in batches of columns, own process (issue 4)`,
    metric: 's',
    value: streamedRun.seconds,
    baseline: { label: 'numpy/scipy (compute only, data loaded)', value: numpySeconds },
    ratio: numpySeconds / streamedRun.seconds,
    goal: 'under 3 s and under 1 GB peak RSS',
    met: streamedRun.seconds < 3 && streamedRun.peakRssBytes < gigabyte,
    note: `peak RSS ${(streamedRun.peakRssBytes / 1024 ** 2).toFixed(0)} MB, CPU ${streamedRun.cpuSeconds.toFixed(2)} s (file reads included)`,
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
  `${compared} cells (n, value, 95% CI) equal to numpy/scipy within 1e-9 (values) and 1e-7 (CI bounds); cells from batches of columns, streamed from the file and streamed from SQLite identical to the in-memory ones`,
];
if (problems.length > 0)
  checks.push(`FAILED: ${problems.length} differences, e.g. ${problems.slice(0, 3).join('; ')}`);
writeResults('engine', rows, checks);
if (problems.length > 0) failWrongAnswers('engine', problems);
