// SQLite store benchmark: insert throughput (single saves and batched import) and streaming throughput,
// each next to a baseline measured in the same run: raw better-sqlite3 writing/reading the same JSON.
// Run: npm run bench -w @neighbourly/store   (optional: BENCH_SCALE=0.2 for a quick run)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { openSqliteStore, type Store } from '../src/index.js';

const scale = Number(process.env.BENCH_SCALE ?? '1');
const singleCount = Math.max(100, Math.round(2_000 * scale));
const batchCount = Math.max(1_000, Math.round(50_000 * scale));
const folder = mkdtempSync(join(tmpdir(), 'neighbourly-bench-'));
let files = 0;
const file = () => join(folder, `bench-${++files}.db`);

function answers(i: number) {
  return {
    wellbeing: (i % 5) + 1,
    knowsNeighbour: i % 3 === 0,
    helpGiven: ['shopping', 'transport', 'company'].slice(0, (i % 3) + 1),
    loneliness: { q1: i % 3, q2: (i + 1) % 3, q3: (i + 2) % 3 },
    comment: 'De buurt is de laatste maanden veel warmer geworden.',
  };
}

function openRaw(filename: string, synchronous: 'full' | 'normal' = 'full') {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.exec(`CREATE TABLE responses (id TEXT PRIMARY KEY, project_id TEXT NOT NULL, wave_id TEXT NOT NULL,
    status TEXT NOT NULL, answers TEXT NOT NULL, created_at TEXT NOT NULL) STRICT;
    CREATE INDEX responses_by_project ON responses(project_id, id);`);
  return db;
}

async function seed(store: Store) {
  const project = await store.projects.create({
    slug: 'bench',
    name: 'Bench',
    languages: ['nl'],
    frameworkId: 'x',
  });
  const survey = await store.surveys.create({ projectId: project.id, name: 'S', definition: { pages: [] } });
  const wave = await store.waves.create({
    projectId: project.id,
    surveyId: survey.id,
    label: 'W',
    access: 'open',
  });
  return { project, survey, wave };
}

function timed<T>(work: () => T): { result: T; seconds: number } {
  const start = process.hrtime.bigint();
  const result = work();
  return { result, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

async function timedAsync<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const start = process.hrtime.bigint();
  const result = await work();
  return { result, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

const rows: { name: string; count: number; perSecond: number; baseline: number }[] = [];
function report(name: string, count: number, seconds: number, baselineSeconds: number) {
  rows.push({ name, count, perSecond: count / seconds, baseline: count / baselineSeconds });
}

// 1. Single inserts, one transaction each (with synchronous=full, one fsync each).
for (const synchronous of ['full', 'normal'] as const) {
  const raw = openRaw(file(), synchronous);
  const insert = raw.prepare(
    'INSERT INTO responses (id, project_id, wave_id, status, answers, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const baseline = timed(() => {
    for (let i = 0; i < singleCount; i += 1) {
      insert.run(uuidv7(), 'p', 'w', 'complete', JSON.stringify(answers(i)), new Date().toISOString());
    }
  });
  raw.close();
  const store = await openSqliteStore({ filename: file(), synchronous });
  const { wave } = await seed(store);
  const measured = await timedAsync(async () => {
    for (let i = 0; i < singleCount; i += 1) {
      await store.responses.save({
        waveId: wave.id,
        status: 'complete',
        answers: answers(i),
        idempotencyKey: `k${i}`,
      });
    }
  });
  await store.close();
  report(
    `single save (validated, idempotency key, 1 commit each, synchronous=${synchronous})`,
    singleCount,
    measured.seconds,
    baseline.seconds,
  );
}

// 2. Batched inserts: 500 rows per transaction.
{
  const raw = openRaw(file());
  const insert = raw.prepare(
    'INSERT INTO responses (id, project_id, wave_id, status, answers, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertMany = raw.transaction((from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      insert.run(uuidv7(), 'p', 'w', 'complete', JSON.stringify(answers(i)), new Date().toISOString());
    }
  });
  const baseline = timed(() => {
    for (let i = 0; i < batchCount; i += 500) insertMany(i, Math.min(batchCount, i + 500));
  });
  raw.close();

  const source = await openSqliteStore({ filename: ':memory:' });
  const { project, wave } = await seed(source);
  const at = new Date().toISOString();
  const lines: string[] = [];
  for await (const line of source.exportNdjson(project.id)) lines.push(line);
  for (let i = 0; i < batchCount; i += 1) {
    const record = {
      id: uuidv7(),
      projectId: project.id,
      waveId: wave.id,
      surveyId: wave.surveyId,
      surveyVersion: 1,
      status: 'complete',
      answers: answers(i),
      createdAt: at,
      updatedAt: at,
      submittedAt: at,
    };
    lines.push(`${JSON.stringify({ type: 'response', record })}\n`);
  }
  await source.close();
  const store = await openSqliteStore({ filename: file() });
  const measured = await timedAsync(() => store.importNdjson(lines));
  report(
    'batched import (NDJSON parse + zod per record, 500 per commit)',
    batchCount,
    measured.seconds,
    baseline.seconds,
  );

  // 3. Streaming the same rows.
  const rawRead = new Database(join(folder, `bench-${files - 1}.db`), { readonly: true });
  const baselineRead = timed(() => {
    let sum = 0;
    for (const row of rawRead
      .prepare('SELECT * FROM responses WHERE project_id = ? ORDER BY id')
      .iterate('p') as Iterable<{ answers: string }>) {
      sum += (JSON.parse(row.answers) as { wellbeing: number }).wellbeing;
    }
    return sum;
  });
  rawRead.close();
  const streamed = await timedAsync(async () => {
    let sum = 0;
    for await (const response of store.streamResponses({ projectId: project.id })) {
      sum += response.answers.wellbeing as number;
    }
    return sum;
  });
  if (streamed.result !== baselineRead.result) throw new Error('streamed sums differ');
  await store.close();
  report(
    'streamResponses (batches of 1000, records mapped)',
    batchCount,
    streamed.seconds,
    baselineRead.seconds,
  );
}

rmSync(folder, { recursive: true, force: true });
console.log(`SQLite store benchmark (Node ${process.version}, WAL, file on ${tmpdir()})\n`);
console.log('| operation | records | store records/s | raw better-sqlite3 records/s | store / raw |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  console.log(
    `| ${row.name} | ${row.count} | ${Math.round(row.perSecond)} | ${Math.round(row.baseline)} | ${(row.perSecond / row.baseline).toFixed(2)} |`,
  );
}
