#!/usr/bin/env node
// `npm start`: build the server and what it needs as JavaScript only (no type declarations, no CommonJS:
// those are for publishing) and the web app it serves (apps/web), then run it. Works the same on every platform.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, NEIGHBOURLY_FAST_BUILD: '1', TURBO_TELEMETRY_DISABLED: '1' };
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
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
