/**
 * Benchmark of the indicator engine (not a test): 1,000,000 streamed records × 40 answers, 25
 * indicators, 3 waves, 2 group-bys. It reports wall time and peak RSS of the engine next to a
 * baseline measured in the same run on the same stream: a plain loop that reads every answer of
 * every record (so record generation and async iteration cost the same in both).
 *
 * Run: `npm run bench -w @neighbourly/core` (add `-- --records 200000` for a quicker run).
 */
import { performance } from 'node:perf_hooks';
import {
  compareWaves,
  computeIndicators,
  type IndicatorDefinitionInput,
  type ResponseRecord,
} from '../src/index.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const RECORDS = arg('records', 1_000_000);
const ITEMS = 40;
const WAVES = ['baseline', 'mid-term', 'end'];
const AREAS = ['north', 'south', 'east', 'west', 'centre', 'harbour'];
const AGES = ['<30', '30-49', '50-64', '65+'];
const items = Array.from({ length: ITEMS }, (_, i) => `q${String(i + 1).padStart(2, '0')}`);
const item = (i: number) => items[i % ITEMS] as string;

function definitions(): IndicatorDefinitionInput[] {
  const base = { label: { en: 'x' }, objectiveId: 'encounters', scale: { min: 1, max: 5 } };
  const out: IndicatorDefinitionInput[] = [];
  for (let i = 0; i < 9; i++) out.push({ ...base, id: `mean-${i}`, kind: 'mean', items: [item(i)] });
  for (let i = 0; i < 5; i++) {
    const list = [item(10 + i * 4), item(11 + i * 4), item(12 + i * 4), item(13 + i * 4)];
    out.push({
      ...base,
      id: `scale-${i}`,
      kind: 'mean',
      items: list,
      reverse: [list[3] as string],
      minItems: 3,
    });
  }
  for (let i = 0; i < 5; i++) {
    out.push({
      ...base,
      id: `share-${i}`,
      kind: 'proportion',
      items: [item(30 + i)],
      success: { op: 'gte', value: 4 },
    });
  }
  for (let i = 0; i < 3; i++) {
    out.push({
      ...base,
      id: `choice-${i}`,
      kind: 'proportion',
      items: [item(35 + i)],
      success: { anyOf: [5, 'yes'] },
    });
  }
  out.push({ ...base, id: 'answered', kind: 'count', items: [item(38)] });
  out.push({
    ...base,
    id: 'instrument',
    kind: 'scale',
    items: [item(39), item(0), item(1)],
    score: (answers) => {
      const a = answers[item(39)];
      const b = answers[item(0)];
      const c = answers[item(1)];
      return typeof a === 'number' && typeof b === 'number' && typeof c === 'number'
        ? (a + b + c) * (100 / 15)
        : null;
    },
  });
  out.push({
    ...base,
    id: 'composite',
    kind: 'composite',
    components: [
      { indicatorId: 'scale-0', weight: 2 },
      { indicatorId: 'mean-0', weight: 1 },
    ],
  });
  return out;
}

/** Records generated on the fly, as a store's cursor would hand them over. */
async function* stream(count: number): AsyncGenerator<ResponseRecord> {
  let state = 12345;
  const next = () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
  const perWave = Math.ceil(count / WAVES.length);
  for (let i = 0; i < count; i++) {
    const wave = Math.floor(i / perWave);
    const person = i % perWave;
    const answers: Record<string, unknown> = {};
    for (let j = 0; j < ITEMS; j++)
      answers[items[j] as string] = next() < 0.05 ? null : 1 + Math.floor(next() * 5);
    yield {
      // 60% of people form a panel answering every wave; the others are new each time.
      ...(person % 5 < 3 ? { respondentId: `p${person}` } : {}),
      waveId: WAVES[wave] as string,
      group: {
        area: AREAS[person % AREAS.length] as string,
        age_band: AGES[(person >> 3) % AGES.length] as string,
      },
      answers,
    };
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const maxRss = () => process.resourceUsage().maxRSS * 1024;

async function baseline() {
  let touched = 0;
  for await (const record of stream(RECORDS)) {
    for (const key of items) if (typeof record.answers[key] === 'number') touched++;
  }
  return touched;
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
const rssBefore = process.memoryUsage().rss;
let start = performance.now();
let cpu = process.cpuUsage();
const touched = await baseline();
const baselineMs = performance.now() - start;
const baselineCpu = cpuMs(cpu);
const baselineRss = maxRss();

start = performance.now();
cpu = process.cpuUsage();
const results = await computeIndicators({
  definitions: definitions(),
  records: stream(RECORDS),
  groupBy: ['area', 'age_band'],
  waves: WAVES,
});
const engineMs = performance.now() - start;
const engineCpu = cpuMs(cpu);
const engineRss = maxRss();
start = performance.now();
const comparison = compareWaves(results, { from: 'baseline', to: 'end' });
const compareMs = performance.now() - start;

if (results.issues.length > 0 || touched === 0) {
  console.error('unexpected issues', results.issues.slice(0, 5));
  process.exit(1);
}
const row = (name: string, value: string) => console.log(`${name.padEnd(44)}${value}`);
console.log(
  `\nindicator engine: ${RECORDS.toLocaleString('en')} records × ${ITEMS} answers, 25 indicators, 3 waves, 2 group-bys, streamed (Node ${process.version})\n`,
);
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
row('', 'wall       CPU        peak RSS');
row(
  'baseline: plain loop over the same stream',
  `${s(baselineMs).padEnd(11)}${s(baselineCpu).padEnd(11)}${mb(baselineRss)}`,
);
row('computeIndicators', `${s(engineMs).padEnd(11)}${s(engineCpu).padEnd(11)}${mb(engineRss)}`);
row(
  '  ratio to baseline (wall / CPU)',
  `${(engineMs / baselineMs).toFixed(2)}× / ${(engineCpu / baselineCpu).toFixed(2)}×`,
);
row('  engine work beyond the baseline (CPU)', s(engineCpu - baselineCpu));
row('compareWaves (baseline → end, all groups)', `${(compareMs / 1000).toFixed(2)} s`);
row('cells / comparisons', `${results.cells.length} / ${comparison.comparisons.length}`);
row('RSS at start', mb(rssBefore));
