#!/usr/bin/env node
// CI check of a new developer's first hour, as docs/cli.md tells it: `git clone` → `npm ci` → `npx neighbourly
// --help` (before the build it says to build) → `npm run build` → `npx neighbourly --help` → one example of
// every command, in a clone of the committed HEAD (uncommitted changes are not in it).
//
//   node scripts/fresh-clone.mjs [--keep]
//
// Two things keep it quick without changing what is checked: better-sqlite3 installs from the repository's own
// build (local-prebuilds.mjs) instead of compiling, and the build reuses this repository's turbo cache when it
// has one (the clone's sources are the same, so turbo replays the outputs).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { localPrebuilds } from './local-prebuilds.mjs';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { keep: { type: 'boolean', default: false } } });
const work = mkdtempSync(join(tmpdir(), 'neighbourly-clone-'));
const clone = join(work, 'neighbourly');
const trial = join(clone, 'first-hour');
const started = Date.now();
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const env = { ...process.env, NO_COLOR: '1' };
delete env.NEIGHBOURLY_FAST_BUILD;
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;

/** Runs a command and returns what it printed; a failing command ends the check, showing its output. */
function run(command, args, options = {}) {
  console.log(`$ ${[command, ...args].join(' ')}  (${seconds()})`);
  const result = spawnSync(command, args, {
    cwd: options.cwd ?? trial,
    env: options.env ?? env,
    encoding: 'utf8',
  });
  const expected = options.status ?? 0;
  if (result.status !== expected) {
    throw new Error(
      `exit ${result.status} (expected ${expected})\n${result.stdout ?? ''}${result.stderr ?? ''}`.trim(),
    );
  }
  return result;
}

/** `npx neighbourly …` in the trial folder. */
const neighbourly = (args, options) => run(npx, ['neighbourly', ...args], options);

/** Response records of the built-in sample indicator set: 40 residents who answered twice. */
function responses() {
  const lines = [];
  for (const [w, waveId] of ['baseline', 'end'].entries()) {
    for (let i = 0; i < 40; i++) {
      const answers = {
        meet_neighbours: 1 + ((i + 2 * w) % 5),
        knows_neighbour_help: (i + w) % 3 === 0 ? 'no' : 'yes',
        lonely: ['never', 'sometimes', 'often'][(i + w) % 3],
      };
      lines.push(
        JSON.stringify({
          respondentId: `r${i}`,
          waveId,
          group: { age_band: i % 2 ? '65+' : '<65' },
          answers,
        }),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Starts `neighbourly serve`, waits for the line with its address, asks it for its health and stops it. */
async function serve(store) {
  console.log(`$ npx neighbourly serve --store ${store} --port 0 --no-demo  (${seconds()})`);
  const child = spawn(npx, ['neighbourly', 'serve', '--store', store, '--port', '0', '--no-demo'], {
    cwd: trial,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  try {
    const address = await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`serve printed no address in 60 s:\n${output}`)),
        60_000,
      );
      const look = (chunk) => {
        output += chunk;
        const found = /https?:\/\/[^\s]+/.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(found[0].replace(/\/$/, ''));
        }
      };
      child.stdout.setEncoding('utf8').on('data', look);
      child.stderr.setEncoding('utf8').on('data', look);
      child.on('exit', (code) => reject(new Error(`serve ended with ${code}:\n${output}`)));
    });
    const health = await fetch(`${address.replace('0.0.0.0', '127.0.0.1')}/health`);
    if (!health.ok) throw new Error(`GET /health answered ${health.status}`);
    console.log(`serve: ${address}/health answered ${health.status}`);
  } finally {
    process.kill(-child.pid, 'SIGTERM');
  }
}

try {
  execFileSync('git', ['clone', '--quiet', root, clone], { stdio: 'inherit' });
  const installEnv = { ...env, ...localPrebuilds(root, join(work, 'prebuilds')) };
  run(npm, ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: clone,
    env: installEnv,
  });
  execFileSync('mkdir', ['-p', trial]);

  // Before the build, the command exists and says what to do.
  const early = neighbourly(['--help'], { status: 3 });
  if (!early.stderr.includes('run "npm run build"')) throw new Error(`before the build: ${early.stderr}`);

  const cache = join(root, '.turbo', 'cache');
  run(npm, ['run', 'build', '--', ...(existsSync(cache) ? [`--cache-dir=${cache}`] : [])], { cwd: clone });
  if (!neighbourly(['--help']).stdout.startsWith('Usage: neighbourly'))
    throw new Error('no help after the build');

  // One example of every command.
  neighbourly(['init', 'zorgzame-buurt', '--lang', 'nl,fr']);
  neighbourly(['validate', 'zorgzame-buurt/project.json']);
  writeFileSync(join(trial, 'responses.ndjson'), responses());
  writeFileSync(
    join(trial, 'project.json'),
    JSON.stringify({
      name: 'Eerste uur',
      slug: 'eerste-uur',
      languages: ['nl'],
      indicatorSet: 'sample-caring-neighbourhood',
      waves: [
        { id: 'baseline', label: 'Nulmeting' },
        { id: 'end', label: 'Eindmeting' },
      ],
      groupBy: ['age_band'],
    }),
  );
  const csv = neighbourly(['indicators', '-p', 'project.json', '-r', 'responses.ndjson', '-f', 'csv']).stdout;
  if (!csv.startsWith('indicator,wave,group,n')) throw new Error(`indicators printed: ${csv.slice(0, 200)}`);
  neighbourly(['report', '-p', 'project.json', '-r', 'responses.ndjson', '-o', 'rapport.pdf']);
  if (readFileSync(join(trial, 'rapport.pdf')).subarray(0, 5).toString() !== '%PDF-')
    throw new Error('no PDF');
  writeFileSync(
    join(trial, 'projects.csv'),
    'project,urbanisation,population\na,0.9,40\nb,0.85,35\nc,0.2,4\nd,0.25,6\ne,0.5,12\nf,0.55,15\n',
  );
  neighbourly(['typology', '-i', 'projects.csv', '--vars', 'urbanisation,population', '-k', '3']);
  neighbourly(['import', 'responses.ndjson', '-s', 'sqlite:store.db', '-p', 'project.json']);
  neighbourly(['export', '-s', 'sqlite:store.db', '-p', 'eerste-uur', '-o', 'export.ndjson']);
  await serve('sqlite:store.db');
  console.log(`fresh clone: ok in ${seconds()}`);
} catch (error) {
  console.error(`fresh-clone: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  if (values.keep) console.log(`left in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
