/**
 * Ingestion over HTTP: autocannon on loopback posting complete, valid responses of the resident outcomes
 * template to an open wave, each with a fresh Idempotency-Key, through the whole Neighbourly stack
 * (helmet, pino request logs, zod, rate limiter, @neighbourly/surveys validation, the embedded SQLite
 * store); beside it, in the same server process and run, a bare Express endpoint that inserts the same JSON
 * into the same SQLite file without validation (the stack's ceiling). Both with the store's default
 * `synchronous=full` (every response on disk before its 201) and with `normal`.
 *
 * BENCH_SECONDS (default 8) per measurement, BENCH_CONNECTIONS (default 16), BENCH_SYNCHRONOUS (`full` or
 * `normal`: only that mode), BENCH_CPU_PROF (a folder: the server process writes a V8 CPU profile there).
 * Fails when a request is refused, errors, or the stored counts differ from the acknowledged ones.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRandom, generateAnswers, planQuestions } from '@neighbourly/demo';
import { surveyTemplate, validateResponse } from '@neighbourly/surveys';
import autocannon from 'autocannon';
import { failWrongAnswers, printRow, type ResultRow, writeResults } from './results.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const here = dirname(fileURLToPath(import.meta.url));
const modes = ['full', 'normal'].filter(
  (mode) => process.env.BENCH_SYNCHRONOUS === undefined || process.env.BENCH_SYNCHRONOUS === mode,
);
const cpuProfileDir = process.env.BENCH_CPU_PROF;

// Complete, valid responses of the 40-question template, checked once here (outside the timing).
const definition = JSON.parse(JSON.stringify(surveyTemplate('outcomes', 'resident'))) as object;
const plans = planQuestions(definition);
const rng = createRandom(7);
const bodies: string[] = [];
while (bodies.length < 500) {
  const answers = generateAnswers(plans, {
    rng,
    latent: () => undefined,
    fixed: {},
    skipRate: 0,
    textRate: 0.3,
    texts: ['Meer ontmoetingen in de buurt.', 'Plus de bancs au parc.', 'More help with shopping.'],
  });
  if (validateResponse(definition, answers).ok) bodies.push(JSON.stringify({ answers }));
}
const questions = plans.length;

async function startServer(dir: string, synchronous: string) {
  const child = spawn(
    process.execPath,
    [
      ...(cpuProfileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`]),
      '--conditions=@neighbourly/source',
      '--import',
      'tsx',
      join(here, 'ingestion-server.ts'),
    ],
    {
      env: { ...process.env, BENCH_DIR: dir, BENCH_SYNCHRONOUS: synchronous },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const info = await new Promise<{ port: number; waveId: string }>((resolve, reject) => {
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const line = text.split('\n').find((candidate) => candidate.startsWith('{'));
      if (line) resolve(JSON.parse(line) as { port: number; waveId: string });
    });
    child.once('exit', (code) => reject(new Error(`the benchmark server exited (${code})`)));
  });
  return { child, ...info };
}

async function load(url: string, path: string) {
  let next = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path,
        setupRequest: (request) => {
          next += 1;
          return {
            ...request,
            headers: { 'content-type': 'application/json', 'idempotency-key': `bench-${randomUUID()}` },
            body: bodies[next % bodies.length] as string,
          };
        },
      },
    ],
  });
  return result;
}

const counts = async (url: string) =>
  (await (await fetch(`${url}/bench/counts`)).json()) as {
    neighbourly: number;
    bare: number;
    cpuMicros: number;
  };

const rows: ResultRow[] = [];
const checks: string[] = [];
const problems: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'neighbourly-ingestion-'));
let child: ChildProcess | undefined;
try {
  for (const synchronous of modes) {
    const server = await startServer(dir, synchronous);
    child = server.child;
    const url = `http://127.0.0.1:${server.port}`;
    // Warm up both paths (JIT, compiled validator cache) outside the measurement.
    for (let i = 0; i < 50; i += 1) {
      for (const path of [`/api/public/waves/${server.waveId}/responses`, '/bare/responses']) {
        const response = await fetch(`${url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': `warm-${randomUUID()}` },
          body: bodies[i] as string,
        });
        if (response.status !== 201)
          problems.push(`warm-up ${path}: ${response.status} ${await response.text()}`);
      }
    }
    if (problems.length > 0) failWrongAnswers('ingestion', problems);
    const before = await counts(url);
    const bare = await load(url, '/bare/responses');
    const middle = await counts(url);
    const full = await load(url, `/api/public/waves/${server.waveId}/responses`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = await counts(url);

    for (const [label, result, stored] of [
      ['bare Express + SQLite', bare, middle.bare - before.bare],
      ['Neighbourly', full, after.neighbourly - middle.neighbourly],
    ] as const) {
      if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
        problems.push(
          `${label} (${synchronous}): ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
        );
      }
      // Requests still in flight when autocannon stops are stored but not counted by it.
      if (stored < result['2xx'] || stored > result['2xx'] + connections) {
        problems.push(`${label} (${synchronous}): ${result['2xx']} acknowledged but ${stored} stored`);
      }
      checks.push(
        `${label}, synchronous=${synchronous}: ${result['2xx']} responses acknowledged, ${stored} stored, no errors`,
      );
    }
    const perSecond = (result: autocannon.Result) => result['2xx'] / (result.duration || seconds);
    // Server CPU time per response: what one core could take, whatever else the machine is doing.
    const perCpuSecond = (stored: number, micros: number) => (stored * 1e6) / micros;
    const cpuFull = perCpuSecond(after.neighbourly - middle.neighbourly, after.cpuMicros - middle.cpuMicros);
    const cpuBare = perCpuSecond(middle.bare - before.bare, middle.cpuMicros - before.cpuMicros);
    const ratio = perSecond(full) / perSecond(bare);
    const base = `${questions}-question outcomes template, ${connections} connections, synchronous=${synchronous}`;
    const throughput: ResultRow = {
      benchmark: 'ingestion',
      case: `validated responses over HTTP (${base})`,
      metric: 'responses/s',
      value: perSecond(full),
      baseline: { label: 'bare Express + same SQLite, no validation', value: perSecond(bare) },
      ratio,
      goal: '≥ 2,500/s and ≥ 60% of the ceiling',
      met: perSecond(full) >= 2500 && ratio >= 0.6,
    };
    const p50: ResultRow = {
      benchmark: 'ingestion',
      case: `latency p50 (${base})`,
      metric: 'ms',
      value: full.latency.p50,
      baseline: { label: 'bare endpoint p50', value: bare.latency.p50 },
      ratio: bare.latency.p50 / Math.max(full.latency.p50, 0.001),
    };
    const p99: ResultRow = {
      benchmark: 'ingestion',
      case: `latency p99 (${base})`,
      metric: 'ms',
      value: full.latency.p99,
      baseline: { label: 'bare endpoint p99', value: bare.latency.p99 },
      ratio: bare.latency.p99 / Math.max(full.latency.p99, 0.001),
    };
    const cpuRow: ResultRow = {
      benchmark: 'ingestion',
      case: `validated responses per server CPU-second (${base})`,
      metric: 'responses/CPU-s',
      value: cpuFull,
      baseline: { label: 'bare endpoint per CPU-second', value: cpuBare },
      ratio: cpuFull / cpuBare,
      goal: '≥ 2,500 on one core',
      met: cpuFull >= 2500,
      note: 'server process user+system CPU time over the run; includes waiting-free work only',
    };
    for (const row of [throughput, cpuRow, p50, p99]) {
      printRow(row);
      rows.push(row);
    }
    child.kill('SIGTERM');
    await new Promise((resolve) => child?.once('exit', resolve));
    child = undefined;
  }
} finally {
  child?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
}
if (problems.length > 0) failWrongAnswers('ingestion', problems);
writeResults('ingestion', rows, checks);
