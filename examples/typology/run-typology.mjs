// Runs the built `neighbourly` CLI (apps/cli/dist, after `npm run build`) the way a researcher would:
//   neighbourly typology --input projects.csv --vars … --k 4 -o typology.csv --plot dendrogram.svg
// then checks the files it wrote and compares the types found with the kinds the sample was drawn from.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const cliPackage = require.resolve('@neighbourly/cli/package.json');
const bin = join(dirname(cliPackage), JSON.parse(readFileSync(cliPackage, 'utf8')).bin.neighbourly);
if (!existsSync(bin)) {
  console.error(`The CLI is not built (${bin} is missing): run "npm run build" at the root first.`);
  process.exit(1);
}

const args = [
  'typology',
  '--input',
  'output/projects.csv',
  '--id',
  'project',
  '--vars',
  'density,population,older_share,deprivation,partners,focus_areas',
  '--k',
  '4',
  '--method',
  'ward',
  '-o',
  'output/typology.csv',
  '--plot',
  'output/dendrogram.svg',
  '--title',
  'Typology of 132 caring-neighbourhood projects (synthetic)',
];
console.log(`$ neighbourly ${args.map((arg) => (arg.includes(' ') ? `"${arg}"` : arg)).join(' ')}\n`);
const run = spawnSync(process.execPath, [bin, ...args], { cwd: here, stdio: 'inherit' });
if (run.status !== 0) {
  console.error(`neighbourly typology failed with exit code ${run.status}`);
  process.exit(run.status ?? 1);
}

const readCsv = (file) => {
  const [header, ...rows] = readFileSync(join(here, file), 'utf8').trim().split('\n');
  const names = header.split(',');
  return rows.map((line) => Object.fromEntries(line.split(',').map((value, i) => [names[i], value])));
};
const projects = readCsv('output/projects.csv');
const types = readCsv('output/typology.csv');
const svg = readFileSync(join(here, 'output/dendrogram.svg'), 'utf8');
if (types.length !== 132 || !svg.startsWith('<svg') || (svg.match(/class="link"/g) ?? []).length !== 131) {
  console.error('Unexpected output: expected 132 typed projects and a dendrogram with 131 merges.');
  process.exit(1);
}

// How the types found line up with the kinds the sample was drawn from.
const kindOf = new Map(projects.map((project) => [project.project, project.kind]));
const kinds = [...new Set(projects.map((project) => project.kind))];
const counts = new Map();
for (const row of types) {
  const key = `${kindOf.get(row.project)}|${row.type}`;
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
console.log('\nTypes found (columns) against the kinds the sample was drawn from (rows):');
const width = Math.max(...kinds.map((kind) => kind.length));
console.log(`${''.padEnd(width)}  ${[1, 2, 3, 4].map((type) => `type ${type}`.padStart(7)).join('')}`);
for (const kind of kinds) {
  console.log(
    `${kind.padEnd(width)}  ${[1, 2, 3, 4].map((type) => String(counts.get(`${kind}|${type}`) ?? 0).padStart(7)).join('')}`,
  );
}
console.log('\nWrote output/typology.csv and output/dendrogram.svg');
