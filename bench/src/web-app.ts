/// <reference lib="dom" />
/**
 * The coordinator's web app (apps/web): the production bundle's size (gzip, level 9) — the first screen
 * (index.html, the entry script and its CSS) and the lazily loaded results page — and the time until the demo
 * project's results page is usable in Debian's Chromium with the CPU throttled 4× through the DevTools
 * protocol. "Usable" is: the indicator cards are there with their figures and the first chart is drawn (the
 * parts below the fold — breakdowns, theory of change, open answers — load when scrolled to). Baseline in
 * the same run, same throttling: the sign-in page (the app shell alone).
 * Check: the page shows one card per indicator the API has answers for, so a fast empty page cannot pass.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineConfig, startServer } from '@neighbourly/server';
import { chromium } from 'playwright-core';
import { failWrongAnswers, printRow, type ResultRow, writeResults } from './results.js';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const require = createRequire(import.meta.url);
const dist = join(dirname(require.resolve('@neighbourly/web/package.json')), 'dist');
const problems: string[] = [];
const rows: ResultRow[] = [];
const gzipKb = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

// Bundle: what index.html loads before anything else, and the results page's own chunk.
const index = readFileSync(join(dist, 'index.html'), 'utf8');
const firstScreen = [
  'index.html',
  ...[...index.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1] ?? ''),
];
const firstKb = firstScreen.reduce((sum, file) => sum + gzipKb(file), 0);
const assets = readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.js'));
const resultsChunk = assets.find((file) => file.startsWith('results-'));
if (resultsChunk === undefined)
  problems.push('no results-*.js chunk: the results page is no longer split off');
// The results page loads its own chunk and the chunks it imports besides the entry (chart.js, shared with the
// programme page, sits in one of those).
const resultsFiles =
  resultsChunk === undefined
    ? []
    : [
        resultsChunk,
        ...[...readFileSync(join(dist, 'assets', resultsChunk), 'utf8').matchAll(/from"\.\/([^"]+\.js)"/g)]
          .map((m) => m[1] ?? '')
          .filter((file) => file !== '' && !file.startsWith('index-')),
      ];
const resultsKb = resultsFiles.reduce((sum, file) => sum + gzipKb(join('assets', file)), 0);
const allKb = assets.reduce((sum, file) => sum + gzipKb(join('assets', file)), 0);
rows.push(
  {
    benchmark: 'web',
    case: 'first screen (html + entry js + css)',
    metric: 'kB gzip',
    value: firstKb,
    goal: '< 300',
    met: firstKb < 300,
  },
  {
    benchmark: 'web',
    case: 'results page chunks beyond the entry (own + chart.js)',
    metric: 'kB gzip',
    value: resultsKb,
  },
  { benchmark: 'web', case: 'all scripts', metric: 'kB gzip', value: allKb },
);

// Time until usable, throttled.
const dir = mkdtempSync(join(tmpdir(), 'neighbourly-bench-web-'));
const adminKey = 'nbk_bench-admin-key-0123456789abcdefghij';
const server = await startServer(
  defineConfig({
    PORT: 0,
    HOST: '127.0.0.1',
    NEIGHBOURLY_STORE: `sqlite:${join(dir, 'neighbourly.db')}`,
    NEIGHBOURLY_LOG_LEVEL: 'silent',
    NEIGHBOURLY_ADMIN_TOKEN: adminKey,
  }),
  { print: () => {} },
);
const base = server.url.replace('localhost', '127.0.0.1');
const auth = { Authorization: `Bearer ${adminKey}` };
const [project] = (await (await fetch(`${base}/api/projects`, { headers: auth })).json()) as { id: string }[];
const results = (await (
  await fetch(`${base}/api/projects/${project?.id}/indicators`, { headers: auth })
).json()) as {
  cells: { indicatorId: string; n?: number; suppressed: boolean; group: object }[];
};
// An indicator has answers when a whole-wave cell has respondents, or is suppressed (answered by too few to
// show: suppressed cells carry no n).
const expectedCards = new Set(
  results.cells
    .filter((cell) => (cell.suppressed || (cell.n ?? 0) > 0) && Object.keys(cell.group).length === 0)
    .map((cell) => cell.indicatorId),
).size;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

/** Milliseconds from navigation until `ready` resolves, in a fresh context (cold cache) at 4× CPU throttling. */
async function timeUntil(
  path: string,
  ready: (page: import('playwright-core').Page) => Promise<void>,
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await context.addInitScript((key) => sessionStorage.setItem('neighbourly:api-key', key), adminKey);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const started = performance.now();
  await page.goto(`${base}/app/${path}`);
  await ready(page);
  const elapsed = performance.now() - started;
  await context.close();
  return elapsed;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const shell: number[] = [];
const resultsPage: number[] = [];
for (let run = 0; run < runs; run += 1) {
  shell.push(
    await timeUntil('sign-in', async (page) => {
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
    }),
  );
  resultsPage.push(
    await timeUntil(`projects/${project?.id}/results`, async (page) => {
      await page.locator('.indicator-card canvas').first().waitFor({ timeout: 60_000 });
      const cards = await page.locator('.indicator-card').count();
      if (cards !== expectedCards)
        problems.push(`run ${run}: ${cards} indicator cards, the API has ${expectedCards}`);
    }),
  );
}
await browser.close();
await server.close();
rmSync(dir, { recursive: true, force: true });

const resultsMs = median(resultsPage);
const shellMs = median(shell);
rows.push({
  benchmark: 'web',
  case: `demo results page usable, 4× CPU throttling (median of ${runs})`,
  metric: 'ms',
  value: resultsMs,
  baseline: { label: 'sign-in page (app shell)', value: shellMs },
  ratio: shellMs / resultsMs,
  goal: '< 2000 ms',
  met: resultsMs < 2000,
  note: `${expectedCards} indicator cards`,
});
for (const row of rows) printRow(row);
writeResults('web', rows, [
  `every run showed ${expectedCards} indicator cards, as many as the API has indicators with answers`,
]);
if (problems.length > 0) failWrongAnswers('web', problems);
