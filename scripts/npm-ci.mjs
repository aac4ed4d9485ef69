#!/usr/bin/env node
// Installs exactly what package-lock.json pins, like `npm ci`.
//
// Why not plain `npm ci`: the registry mirror this project builds against serves only the
// host platform's builds of packages with per-platform optional dependencies (esbuild, rollup,
// biome, @napi-rs/canvas …), so npm writes a lockfile without the other platforms' entries and
// `npm ci` then refuses it ("Missing: @biomejs/cli-darwin-arm64@ from lock file", npm/cli#8805).
// This script runs `npm ci`; if it fails ONLY because of such missing optional platform packages,
// it falls back to `npm install` against the same lockfile, which installs the same versions.
// Any other `npm ci` failure (a real mismatch between package.json and the lockfile) fails.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const run = (args) => spawnSync('npm', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const ci = run(['ci', '--no-audit', '--no-fund']);
process.stdout.write(ci.stdout);
if (ci.status === 0) process.exit(0);

const output = `${ci.stdout}\n${ci.stderr}`;
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const optionalNames = new Set();
for (const entry of Object.values(lock.packages ?? {})) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) optionalNames.add(name);
}
const problems = output.split('\n').filter((line) => /^npm error (Missing|Invalid): /.test(line));
const missing = problems.map((line) => /^npm error Missing: (.+)@[^@]*from lock file/.exec(line)?.[1]);
const onlyOptional =
  problems.length > 0 && missing.every((name) => name !== undefined && optionalNames.has(name));
if (!onlyOptional) {
  process.stderr.write(ci.stderr);
  console.error('npm ci failed for a reason other than missing optional platform packages.');
  process.exit(ci.status ?? 1);
}
console.log(
  `npm ci refused the lockfile only for ${missing.length} optional packages of other platforms; ` +
    'installing the same pinned versions with npm install.',
);
const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { stdio: 'inherit' });
process.exit(install.status ?? 1);
