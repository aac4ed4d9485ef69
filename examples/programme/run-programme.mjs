// Runs the built `neighbourly` CLI (apps/cli/dist, after `npm run build`) the way a researcher would:
//   neighbourly programme --projects output/projects --context output/projects.csv --typology k=4 --lang nl -o …
// then checks what it wrote and prints the pooled change of a few indicators.
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

const common = [
  'programme',
  '--projects',
  'output/projects',
  '--context',
  'output/projects.csv',
  '--typology',
  'k=4',
];
const runs = [
  [...common, '--lang', 'nl', '--title', 'Zorgzame buurten (synthetisch)', '-o', 'output/programme.nl.pdf'],
  [...common, '--format', 'csv', '-o', 'output/pooled.csv'],
];
for (const args of runs) {
  console.log(`$ neighbourly ${args.map((arg) => (arg.includes(' ') ? `"${arg}"` : arg)).join(' ')}`);
  // Progress lines go to stderr; keep them out of the example's output.
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: here,
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  if (run.status !== 0) {
    console.error(run.stderr.toString());
    console.error(`neighbourly programme failed with exit code ${run.status}`);
    process.exit(run.status ?? 1);
  }
}

const pdf = readFileSync(join(here, 'output/programme.nl.pdf'));
const [header, ...lines] = readFileSync(join(here, 'output/pooled.csv'), 'utf8').trim().split('\n');
const names = header.split(',');
const rows = lines.map((line) => Object.fromEntries(line.split(',').map((value, i) => [names[i], value])));
const overall = rows.filter((row) => row.by === '' && row.measure === 'baseline>end');
if (!pdf.subarray(0, 5).equals(Buffer.from('%PDF-')) || overall.length !== 25) {
  console.error('Unexpected output: expected a PDF and 25 pooled baseline → end changes.');
  process.exit(1);
}
console.log('\nPooled change baseline → end (random effects, REML, Hartung–Knapp 95% CI):');
for (const row of overall.slice(0, 6)) {
  const f = (value) => Number(value).toFixed(2);
  console.log(
    `  ${row.indicator.padEnd(22)} k=${row.k.padStart(2)}  ${f(row.estimate)} [${f(row.ci_low)}; ${f(row.ci_high)}]  I²=${Math.round(Number(row.i2) * 100)}%  prediction [${f(row.pi_low)}; ${f(row.pi_high)}]`,
  );
}
console.log(
  `\nWrote output/programme.nl.pdf (${Math.round(pdf.length / 1024)} kB) and output/pooled.csv (${rows.length} pooled cells)`,
);
