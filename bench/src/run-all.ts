/**
 * Runs every benchmark of this workspace in its own process, one after the other (so they do not compete
 * for the cores), and exits non-zero when any of them fails — a wrong answer fails a benchmark.
 *
 * BENCH_QUICK=1 scales every benchmark down for a smoke run (the figures are then not comparable).
 * BENCH_ONLY=engine,reports,programme runs a subset; `respondent-page` and `web-app` need Debian's chromium at
 * /usr/bin/chromium.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.env.BENCH_QUICK === '1';
const quickEnv: Record<string, Record<string, string>> = {
  ingestion: { BENCH_SECONDS: '3' },
  validation: { BENCH_RESPONSES: '1000', BENCH_FRESH: '50' },
  engine: { BENCH_RECORDS: '100000', BENCH_SQLITE_RECORDS: '20000' },
  reports: { BENCH_PROJECTS: '8', BENCH_RUNS: '2' },
  programme: { BENCH_PROGRAMME_PROJECTS: '30' },
  'web-app': { BENCH_RUNS: '1' },
  'respondent-page': { BENCH_RUNS: '1' },
};
const only = process.env.BENCH_ONLY?.split(',');
const failed: string[] = [];
const timings: string[] = [];
for (const name of [
  'ingestion',
  'validation',
  'engine',
  'reports',
  'programme',
  'web-app',
  'respondent-page',
]) {
  if (only !== undefined && !only.includes(name)) continue;
  console.log(`\n=== ${name} ===`);
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    ['--conditions=@neighbourly/source', '--import', 'tsx', join(here, `${name}.ts`)],
    { stdio: 'inherit', env: { ...process.env, ...(quick ? quickEnv[name] : {}) } },
  );
  timings.push(`${name} ${((performance.now() - started) / 1000).toFixed(0)} s`);
  if (result.status !== 0) failed.push(name);
}
console.log(`\nbench/: ${timings.join(', ')}; results in bench/results.md`);
if (failed.length > 0) {
  console.error(`FAILED: ${failed.join(', ')}`);
  process.exit(1);
}
