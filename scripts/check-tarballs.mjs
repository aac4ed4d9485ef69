#!/usr/bin/env node
// CI check that the packages work as published: packs them (scripts/pack.mjs, after `npm run build`), installs
// the tarballs into an empty folder outside the repository (their dependencies on each other come from the
// tarballs, everything else from the npm registry), then uses them from ESM, from CommonJS and from a strict
// TypeScript file, and runs the command as `npx neighbourly` and `npx @neighbourly/cli`.
//
//   node scripts/check-tarballs.mjs [--keep]     (--keep leaves the folder for a look)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { localPrebuilds } from './local-prebuilds.mjs';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { keep: { type: 'boolean', default: false } } });
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const work = mkdtempSync(join(tmpdir(), 'neighbourly-tarballs-'));
const packs = join(work, 'packs');
const app = join(work, 'app');
const started = Date.now();

// better-sqlite3 installs from the repository's own build instead of compiling for minutes (local-prebuilds.mjs).
const env = { ...process.env, ...localPrebuilds(root, join(work, 'prebuilds')) };

/** Runs a command, echoing it; output is kept for checks and shown on failure. */
function run(command, args, cwd) {
  console.log(`$ ${[command, ...args].join(' ')}  (${Math.round((Date.now() - started) / 1000)} s)`);
  return execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

try {
  process.stdout.write(run(process.execPath, [join(root, 'scripts', 'pack.mjs'), '--out', packs], root));
  cpSync(join(root, 'scripts', 'tarball-check'), app, { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    // npm 11 asks projects to allow install scripts: better-sqlite3 puts its binary in place in one.
    `${JSON.stringify({ name: 'tarball-check', private: true, type: 'module', allowScripts: { 'better-sqlite3': true } }, null, 2)}\n`,
  );
  const tarballs = readdirSync(packs)
    .filter((file) => file.endsWith('.tgz'))
    .map((file) => join(packs, file));
  run(
    npm,
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      ...tarballs,
      '@types/node@^20',
    ],
    app,
  );
  process.stdout.write(run(process.execPath, ['esm.mjs'], app));
  process.stdout.write(run(process.execPath, ['cjs.cjs'], app));
  run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], app);
  console.log('strict TypeScript: ok');
  for (const command of [
    ['neighbourly', '--help'],
    ['@neighbourly/cli', '--help'],
  ]) {
    const help = run(npx, ['--no-install', ...command], app);
    if (!help.startsWith('Usage: neighbourly')) throw new Error(`npx ${command.join(' ')} printed: ${help}`);
    console.log(`npx ${command.join(' ')}: ok`);
  }
  console.log(`tarballs installed and used in ${Math.round((Date.now() - started) / 1000)} s`);
} catch (error) {
  console.error(`check-tarballs: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  if (values.keep) console.log(`left in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
