#!/usr/bin/env node
// `npm run pack`: packs every publishable package (packages/* and apps/* that are not private) into tarballs, as
// npm would publish them. Build first (`npm run build`): the tarballs hold dist/, not the sources.
//
//   node scripts/pack.mjs [--out <folder>]     (default: packs/)
//
// Install them together, so that their dependencies on each other are met by the tarballs and everything else
// comes from the npm registry:  npm install ./packs/*.tgz
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { out: { type: 'string', default: join(root, 'packs') } } });
const out = resolve(values.out);

/** The workspaces npm would publish: not private, in packages/ and apps/. */
function publishableWorkspaces() {
  return ['packages', 'apps'].flatMap((folder) =>
    readdirSync(join(root, folder), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(root, folder, entry.name, 'package.json')))
      .map((entry) => {
        const dir = join(root, folder, entry.name);
        return { dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) };
      })
      .filter(({ manifest }) => manifest.private !== true),
  );
}

const workspaces = publishableWorkspaces();
const unbuilt = workspaces.filter(({ dir }) => !existsSync(join(dir, 'dist')));
if (unbuilt.length > 0) {
  console.error(
    `pack: ${unbuilt.map(({ manifest }) => manifest.name).join(', ')} not built: run "npm run build" first`,
  );
  process.exit(1);
}
mkdirSync(out, { recursive: true });
for (const file of readdirSync(out)) if (file.endsWith('.tgz')) rmSync(join(out, file));
const pack = spawnSync(
  process.platform === 'win32' ? 'npm.cmd' : 'npm',
  [
    'pack',
    '--json',
    '--pack-destination',
    out,
    ...workspaces.flatMap(({ manifest }) => ['-w', manifest.name]),
  ],
  { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
);
if (pack.status !== 0) process.exit(pack.status ?? 1);
for (const tarball of JSON.parse(pack.stdout)) {
  console.log(
    `${join(out, tarball.filename)}  (${tarball.name}, ${tarball.entryCount} files, ${Math.round(tarball.size / 1024)} kB)`,
  );
}
