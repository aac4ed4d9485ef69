/// <reference lib="dom" />
/**
 * The respondent page on a cheap phone over mobile data: Debian's Chromium with its own throttling through the
 * DevTools protocol (4× slower CPU, the "Slow 4G" network profile: 1.44 Mbit/s down, 675 kbit/s up, 562.5 ms
 * round trips), a 390×844 viewport. Measures the bytes transferred and the time from navigation start until
 * the first question can be answered (its first option is on screen), for a first visit (empty cache) and a
 * repeat visit (same browser profile, another person's link of the same wave). Baseline in the same run: the
 * first visit without compression (`Accept-Encoding: identity`).
 *
 * Goals (issue 17): first visit under 500 kB and 3 s; repeat visit under 30 kB and 1 s.
 * BENCH_RUNS (default 3): runs per case; the median is reported.
 */
import type { AddressInfo } from 'node:net';
import { createApp, defineConfig } from '@neighbourly/server';
import { openSqliteStore } from '@neighbourly/store';
import { surveyTemplate } from '@neighbourly/surveys';
import { type BrowserContext, chromium } from 'playwright-core';
import { failWrongAnswers, printRow, type ResultRow, writeResults } from './results.js';

const runs = Number(process.env.BENCH_RUNS ?? 3);
process.env.NEIGHBOURLY_BROTLI_UPGRADE_MS = '0';
const slow4g = {
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
};

const store = await openSqliteStore({ filename: ':memory:' });
const project = await store.projects.create({
  name: 'Zorgzame buurt De Linde',
  slug: 'de-linde',
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
  label: 'Voormeting',
  access: 'open',
  status: 'open',
});
const app = createApp({
  store,
  config: defineConfig({ NEIGHBOURLY_LOG_LEVEL: 'silent', NEIGHBOURLY_RATE_LIMIT: 100_000 }),
});
const server = app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const pageUrl = `${base}/o/${wave.id}?lang=nl`;

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

/** One visit in `context`: bytes on the wire and ms until the first question's first option is on screen. */
async function visit(context: BrowserContext, options: { identity?: boolean } = {}) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...slow4g });
  if (options.identity)
    await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'identity' } });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
    bytes += event.encodedDataLength;
  });
  await page.goto(pageUrl, { waitUntil: 'commit' });
  // performance.now() counts from the navigation's start: the time a respondent waits after tapping the link.
  const usable = await page.waitForFunction(
    () => {
      const option = document.querySelector('[data-name="who5_1"] .sd-rating__item');
      return option !== null && (option as HTMLElement).offsetHeight > 0 ? performance.now() : false;
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  const ms = (await usable.jsonValue()) as number;
  await page.waitForLoadState('load');
  const title = await page.locator('#progress').textContent();
  await page.close();
  return { ms, bytes, title };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

// Warm the server as a running one is: the hashed assets are compressed once per process (brotli 9 at
// once, brotli 11 shortly after; NEIGHBOURLY_BROTLI_UPGRADE_MS=0 below starts that at once).
const assetPaths = [
  ...(await (await fetch(pageUrl)).text()).matchAll(/(?:src|href)="([^"]*\/static\/[^"]+)"/g),
].map((match) => match[1] as string);
const brotliBytes = async () => {
  let total = 0;
  for (const path of assetPaths) {
    total += (await (await fetch(`${base}${path}`, { headers: { 'Accept-Encoding': 'br' } })).arrayBuffer())
      .byteLength;
  }
  return total;
};
const firstBytes = await brotliBytes();
for (let waited = 0; waited < 120 && (await brotliBytes()) >= firstBytes; waited += 2) {
  await new Promise((resolve) => setTimeout(resolve, 2000));
}

const first: { ms: number; bytes: number }[] = [];
const repeat: { ms: number; bytes: number }[] = [];
const identity: { ms: number; bytes: number }[] = [];
const problems: string[] = [];
for (let run = 0; run < runs; run += 1) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'nl-BE',
    hasTouch: true,
  });
  const cold = await visit(context);
  const warm = await visit(context);
  for (const result of [cold, warm])
    if (result.title !== 'Pagina 1 van 6') problems.push(`progress read "${result.title}"`);
  first.push(cold);
  repeat.push(warm);
  await context.close();
  const plain = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'nl-BE',
    hasTouch: true,
  });
  identity.push(await visit(plain, { identity: true }));
  await plain.close();
}
await browser.close();
server.close();
await store.close();
if (problems.length > 0) failWrongAnswers('respondent-page', problems);

const kB = (values: { bytes: number }[]) => median(values.map((v) => v.bytes)) / 1000;
const seconds = (values: { ms: number }[]) => median(values.map((v) => v.ms)) / 1000;
const rows: ResultRow[] = [
  {
    benchmark: 'respondent-page',
    case: 'first visit, Slow 4G + 4× CPU',
    metric: 'kB transferred',
    value: kB(first),
    baseline: { label: 'uncompressed', value: kB(identity) },
    ratio: kB(identity) / kB(first),
    goal: '< 500 kB',
    met: kB(first) < 500,
  },
  {
    benchmark: 'respondent-page',
    case: 'first visit, Slow 4G + 4× CPU',
    metric: 's until the first question is usable',
    value: seconds(first),
    baseline: { label: 'uncompressed', value: seconds(identity) },
    ratio: seconds(identity) / seconds(first),
    goal: '< 3 s',
    met: seconds(first) < 3,
  },
  {
    benchmark: 'respondent-page',
    case: 'repeat visit, Slow 4G + 4× CPU',
    metric: 'kB transferred',
    value: kB(repeat),
    goal: '< 30 kB',
    met: kB(repeat) < 30,
  },
  {
    benchmark: 'respondent-page',
    case: 'repeat visit, Slow 4G + 4× CPU',
    metric: 's until the first question is usable',
    value: seconds(repeat),
    goal: '< 1 s',
    met: seconds(repeat) < 1,
  },
];
for (const row of rows) printRow(row);
writeResults('respondent-page', rows, [
  `the first question (WHO-5 item 1) rendered with its options and "Pagina 1 van 6" in every one of ${runs * 3} visits (median of ${runs} runs per case)`,
]);
