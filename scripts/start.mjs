#!/usr/bin/env node
// `npm start`: build the server, what it needs and the web app it serves (apps/web), then run it. Works the same on every platform.
//
// Without a full build, the packages are built as JavaScript only (NEIGHBOURLY_FAST_BUILD=1: no type
// declarations, no CommonJS) so the server is up in seconds. Once `npm run build` has made a full build, `npm
// start` runs that same full build instead (turbo replays it from its cache when nothing changed), because a fast
// build would delete the declarations and CommonJS files (tsup cleans dist/) or leave them older than the
// JavaScript beside them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const workspaces = ['packages', 'apps'].flatMap((folder) =>
  readdirSync(join(root, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, folder, entry.name)),
);
const fullBuild = workspaces.some((dir) => existsSync(join(dir, 'dist', 'index.d.ts')));

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
if (fullBuild) delete env.NEIGHBOURLY_FAST_BUILD;
else env.NEIGHBOURLY_FAST_BUILD = '1';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
console.log(
  fullBuild
    ? 'npm start: a full build exists (npm run build), so it is kept up to date'
    : 'npm start: building JavaScript only (npm run build adds type declarations and CommonJS)',
);
const build = spawnSync(
  npx,
  [
    'turbo',
    'run',
    'build',
    '--filter=@neighbourly/server...',
    '--filter=@neighbourly/web',
    '--output-logs=errors-only',
  ],
  { stdio: 'inherit', env },
);
if (build.status !== 0) process.exit(build.status ?? 1);
const server = spawnSync(npm, ['run', 'start', '-w', '@neighbourly/server'], { stdio: 'inherit' });
process.exit(server.status ?? 0);
