#!/usr/bin/env node
// Runs every workspace's `bench` script (through turbo, after building what it needs).
// Benchmarks report ratios against a baseline measured in the same run; see bench/README.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['packages', 'apps', 'bench'];
const withBench = [];
for (const root of roots) {
  if (!existsSync(root)) continue;
  const dirs = root === 'bench' ? ['.'] : readdirSync(root);
  for (const dir of dirs) {
    const file = join(root, dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    if (pkg.scripts?.bench) withBench.push(pkg.name);
  }
}
if (withBench.length === 0) {
  console.log('No benchmarks yet: no workspace declares a "bench" script. Nothing to run.');
  process.exit(0);
}
// `npm run bench -- @neighbourly/bench @neighbourly/core` runs a subset.
const chosen = process.argv.slice(2);
const selected = chosen.length === 0 ? withBench : withBench.filter((name) => chosen.includes(name));
console.log(`Running benchmarks of: ${selected.join(', ')}`);
const started = Date.now();
const filters = selected.flatMap((name) => ['--filter', name]);
const result = spawnSync('npx', ['turbo', 'run', 'bench', '--concurrency=1', ...filters], {
  stdio: 'inherit',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
});
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(
  `\nBenchmarks finished in ${minutes} min (${result.status === 0 ? 'all passed' : 'SOME FAILED: see above'}). Side-by-side figures: bench/results.md`,
);
process.exit(result.status ?? 1);
