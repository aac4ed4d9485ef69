/**
 * Soak: the server as a child process on a temporary SQLite file with the demo project, under mixed
 * traffic from a few concurrent clients on loopback for SOAK_SECONDS (default 300): open-wave submissions
 * with fresh Idempotency-Keys, invitation progress saves then completions, dashboard reads (waves,
 * indicators, theory of change, the page), CSV exports and PDF report downloads. The server samples its RSS,
 * heap and event-loop delay every second.
 *
 * Passes when nothing failed (no 5xx, no network error), memory is flat (heap and RSS medians of the last
 * fifth within SOAK_MAX_GROWTH_MB, default 64, of the second fifth, after warm-up) and the p99 latency of
 * submissions stays under SOAK_MAX_P99_MS (default 2000). Writes soak-results.json beside this file.
 *
 *   npm run soak                      # 5 minutes
 *   SOAK_SECONDS=30 npm run soak      # a short run
 */
import { randomInt, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRandom, generateAnswers, planQuestions } from '@neighbourly/demo';
import { validateResponse } from '@neighbourly/surveys';
import { startServerProcess } from '../test/support/server-process.js';

const seconds = Number(process.env.SOAK_SECONDS ?? 300);
const clients = Number(process.env.SOAK_CLIENTS ?? 6);
const maxGrowthMb = Number(process.env.SOAK_MAX_GROWTH_MB ?? 64);
const maxP99Ms = Number(process.env.SOAK_MAX_P99_MS ?? 2000);
const here = dirname(fileURLToPath(import.meta.url));
const adminToken = 'nbk_soak-admin-token-0123456789abcdef';
const auth = { Authorization: `Bearer ${adminToken}` };

const dir = mkdtempSync(join(tmpdir(), 'neighbourly-soak-'));
const server = await startServerProcess({
  store: `sqlite:${join(dir, 'soak.db')}`,
  adminToken,
  env: { NEIGHBOURLY_SEED_DEMO: 'true', NEIGHBOURLY_LOG_LEVEL: 'warn' },
  nodeArgs: ['--import', join(here, 'monitor.mjs')],
  timeoutMs: 120_000,
});

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...auth, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const [project] = await api<{ id: string }[]>('GET', '/api/projects');
if (project === undefined) throw new Error('the demo project was not seeded');
const [survey] = await api<{ id: string }[]>('GET', `/api/projects/${project.id}/surveys`);
if (survey === undefined) throw new Error('the demo project has no survey');
const { definition } = await api<{ definition: object }>(
  'GET',
  `/api/projects/${project.id}/surveys/${survey.id}`,
);
const openWave = await api<{ id: string }>('POST', `/api/projects/${project.id}/waves`, {
  surveyId: survey.id,
  label: 'Soak (open)',
  access: 'open',
});
const invitationWave = await api<{ id: string }>('POST', `/api/projects/${project.id}/waves`, {
  surveyId: survey.id,
  label: 'Soak (invitations)',
});

const plans = planQuestions(definition);
const rng = createRandom(99);
const answerPool: Record<string, unknown>[] = [];
while (answerPool.length < 200) {
  const answers = generateAnswers(plans, {
    rng,
    latent: () => undefined,
    fixed: {},
    skipRate: 0.1,
    textRate: 0.2,
    texts: ['Fijne buurt.'],
  });
  if (validateResponse(definition, answers).ok) answerPool.push(answers);
}
const someAnswers = () => answerPool[randomInt(answerPool.length)] as Record<string, unknown>;
const tokens: string[] = [];
async function refillTokens() {
  const invitations = await api<{ token: string }[]>('POST', `/api/waves/${invitationWave.id}/invitations`, {
    count: 50,
  });
  tokens.push(...invitations.map((invitation) => invitation.token));
}

type Kind = 'submission' | 'progress' | 'completion' | 'dashboard' | 'export' | 'report';
const latencies: Record<Kind, number[]> = {
  submission: [],
  progress: [],
  completion: [],
  dashboard: [],
  export: [],
  report: [],
};
const failures: string[] = [];
async function timed(kind: Kind, path: string, init: RequestInit, expected: number[]) {
  const started = performance.now();
  try {
    const response = await fetch(`${server.url}${path}`, init);
    await response.arrayBuffer();
    latencies[kind].push(performance.now() - started);
    if (!expected.includes(response.status)) failures.push(`${kind} ${path}: ${response.status}`);
  } catch (error) {
    failures.push(`${kind} ${path}: ${String(error)}`);
  }
}

let reportBusy = false;
async function step() {
  const roll = randomInt(100);
  const json = { 'Content-Type': 'application/json' };
  if (roll < 45) {
    await timed(
      'submission',
      `/api/public/waves/${openWave.id}/responses`,
      {
        method: 'POST',
        headers: { ...json, 'Idempotency-Key': `soak-${randomUUID()}` },
        body: JSON.stringify({ answers: someAnswers() }),
      },
      [201],
    );
  } else if (roll < 65) {
    if (tokens.length < 5) await refillTokens();
    const token = tokens.pop() as string;
    const answers = someAnswers();
    const partial = Object.fromEntries(Object.entries(answers).slice(0, 3));
    await timed(
      'progress',
      `/api/public/${token}/progress`,
      { method: 'PUT', headers: json, body: JSON.stringify({ answers: partial }) },
      [200],
    );
    await timed(
      'completion',
      `/api/public/${token}/responses`,
      { method: 'POST', headers: json, body: JSON.stringify({ answers }) },
      [201],
    );
  } else if (roll < 90) {
    const paths = [
      `/api/projects/${project?.id}/waves`,
      `/api/projects/${project?.id}/indicators`,
      `/api/projects/${project?.id}/indicators?groupBy=age_band`,
      `/api/projects/${project?.id}/theory-of-change`,
      '/dashboard',
    ];
    await timed('dashboard', paths[randomInt(paths.length)] as string, { headers: auth }, [200]);
  } else if (roll < 95) {
    await timed('export', `/api/projects/${project?.id}/responses.csv`, { headers: auth }, [200]);
  } else if (!reportBusy) {
    reportBusy = true;
    await timed(
      'report',
      `/api/projects/${project?.id}/report.pdf?lang=${['nl', 'fr', 'en'][randomInt(3)]}`,
      { headers: auth },
      [200],
    );
    reportBusy = false;
  }
}

console.log(`soak: ${seconds} s of mixed traffic from ${clients} clients against ${server.url}`);
const deadline = Date.now() + seconds * 1000;
await Promise.all(
  Array.from({ length: clients }, async () => {
    while (Date.now() < deadline) {
      await step();
      await new Promise((resolve) => setTimeout(resolve, randomInt(20)));
    }
  }),
);
await new Promise((resolve) => setTimeout(resolve, 1500));
const output = server.output();
await server.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });

interface Sample {
  at: number;
  rss: number;
  heapUsed: number;
  loopP50: number;
  loopP99: number;
  loopMax: number;
}
const samples = output
  .split('\n')
  .filter((line) => line.startsWith('SOAK-SAMPLE '))
  .map((line) => JSON.parse(line.slice('SOAK-SAMPLE '.length)) as Sample);
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};
const fifth = Math.max(1, Math.floor(samples.length / 5));
const window = (from: number) => samples.slice(from, from + fifth);
const median = (values: number[]) => percentile(values, 50);
const mb = (bytes: number) => bytes / 1024 / 1024;
const early = window(fifth);
const late = window(samples.length - fifth);
const growth = {
  rssMb: mb(median(late.map((s) => s.rss)) - median(early.map((s) => s.rss))),
  heapMb: mb(median(late.map((s) => s.heapUsed)) - median(early.map((s) => s.heapUsed))),
};
const allLatencies = Object.entries(latencies).map(([kind, values]) => ({
  kind,
  count: values.length,
  p50: percentile(values, 50),
  p99: percentile(values, 99),
}));
const submissionP99 = percentile([...latencies.submission, ...latencies.completion], 99);
const loopDelayP99 = percentile(
  samples.map((s) => s.loopP99),
  99,
);
const verdicts = {
  noFailures: failures.length === 0,
  memoryFlat: growth.rssMb <= maxGrowthMb && growth.heapMb <= maxGrowthMb,
  submissionP99: submissionP99 <= maxP99Ms,
  enoughSamples: samples.length >= Math.min(seconds, 10) * 0.8,
};
const summary = {
  ranAt: new Date().toISOString(),
  seconds,
  clients,
  requests: allLatencies,
  failures: failures.slice(0, 20),
  failureCount: failures.length,
  memory: {
    samples: samples.length,
    rssStartMb: mb(samples[0]?.rss ?? 0),
    rssEndMb: mb(samples.at(-1)?.rss ?? 0),
    rssMaxMb: mb(Math.max(...samples.map((s) => s.rss))),
    growthMb: growth,
  },
  eventLoopDelayMs: { p99OfSecondP99s: loopDelayP99, max: Math.max(...samples.map((s) => s.loopMax)) },
  bounds: { maxGrowthMb, maxP99Ms },
  submissionP99Ms: submissionP99,
  verdicts,
};
writeFileSync(join(here, '..', 'soak-results.json'), `${JSON.stringify(summary, null, 2)}\n`);
console.log(JSON.stringify(summary, null, 2));
if (Object.values(verdicts).some((ok) => !ok)) {
  console.error('soak: FAILED', verdicts);
  process.exit(1);
}
console.log('soak: passed');
