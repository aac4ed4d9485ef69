/**
 * The server side of the ingestion benchmark, run as its own process: the Neighbourly app (validation with
 * @neighbourly/surveys, the embedded SQLite store, request logs) and, in the same process and on the same
 * port, a bare Express endpoint that inserts the same JSON into the same SQLite file with no validation.
 *
 * Environment: BENCH_DIR (where the database goes), BENCH_SYNCHRONOUS (`full`, the store's default, or
 * `normal`). Prints one JSON line `{ port, waveId }` when it listens.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createApp, defineConfig } from '@neighbourly/server';
import { openSqliteStore } from '@neighbourly/store';
import { surveyTemplate } from '@neighbourly/surveys';
import Database from 'better-sqlite3';
import express from 'express';
import pino from 'pino';

const dir = process.env.BENCH_DIR ?? '.';
const synchronous = process.env.BENCH_SYNCHRONOUS === 'normal' ? 'normal' : 'full';
const filename = join(dir, `ingestion-${synchronous}.db`);

const store = await openSqliteStore({ filename, synchronous });
const project = await store.projects.create({
  name: 'Ingestion benchmark',
  slug: 'ingestion-benchmark',
  languages: ['nl', 'fr', 'en'],
  frameworkId: 'caring-neighbourhoods',
});
const survey = await store.surveys.create({
  projectId: project.id,
  name: 'Outcomes (residents)',
  definition: JSON.parse(JSON.stringify(surveyTemplate('outcomes', 'resident'))) as Record<string, never>,
});
const wave = await store.waves.create({
  projectId: project.id,
  surveyId: survey.id,
  label: 'Open wave',
  access: 'open',
  status: 'open',
});

// Production-like request logs (pino at info), written to /dev/null.
const logger = pino({ level: 'info' }, pino.destination('/dev/null'));
const neighbourly = createApp({
  store,
  config: defineConfig({ NEIGHBOURLY_RATE_LIMIT: 100_000_000, NEIGHBOURLY_LOG_LEVEL: 'info' }),
  logger,
});

// The ceiling: the same JSON into the same database file, same journal and sync settings, no validation.
const db = new Database(filename);
db.pragma('journal_mode = WAL');
db.pragma(`synchronous = ${synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
db.pragma('busy_timeout = 5000');
db.exec(
  'CREATE TABLE IF NOT EXISTS bare_responses (id TEXT PRIMARY KEY, idempotency_key TEXT UNIQUE, answers TEXT NOT NULL, created_at TEXT NOT NULL)',
);
const insert = db.prepare(
  'INSERT INTO bare_responses (id, idempotency_key, answers, created_at) VALUES (?, ?, ?, ?)',
);
const countBare = db.prepare('SELECT COUNT(*) AS n FROM bare_responses');

const app = express();
app.disable('x-powered-by');
app.post('/bare/responses', express.json({ limit: '1mb' }), (req, res) => {
  const id = randomUUID();
  insert.run(
    id,
    req.get('idempotency-key') ?? id,
    JSON.stringify(req.body.answers),
    new Date().toISOString(),
  );
  res.status(201).json({ responseId: id, status: 'complete' });
});
app.get('/bench/counts', async (_req, res) => {
  const cpu = process.cpuUsage();
  res.json({
    cpuMicros: cpu.user + cpu.system,
    neighbourly: await store.responses.count({ projectId: project.id, waveId: wave.id, status: 'complete' }),
    bare: (countBare.get() as { n: number }).n,
  });
});
app.use(neighbourly);

const server = app.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  process.stdout.write(`${JSON.stringify({ port, waveId: wave.id })}\n`);
});
process.once('SIGTERM', () => {
  server.close();
  db.close();
  void store.close().then(() => process.exit(0));
});
