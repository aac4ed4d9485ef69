import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One measured line of a benchmark: the subject, its baseline, and their ratio. */
export interface ResultRow {
  benchmark: string;
  case: string;
  /** What was measured, with its unit, e.g. `responses/s`. */
  metric: string;
  value: number;
  baseline?: { label: string; value: number };
  /** value / baseline (or baseline / value for times, so that > 1 is always "Neighbourly is faster"). */
  ratio?: number;
  goal?: string;
  /** Whether the goal is met, when there is one. */
  met?: boolean;
  note?: string;
}

interface ResultsFile {
  updatedAt: string;
  machine: { cpu: string; cores: number; node: string; platform: string };
  benchmarks: Record<string, { ranAt: string; rows: ResultRow[]; checks: string[] }>;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const jsonFile = join(root, 'results.json');
const markdownFile = join(root, 'results.md');

export const machine = () => ({
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  cores: cpus().length,
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
});

const format = (value: number) =>
  Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en') : Number(value.toPrecision(3)).toString();

/** Replaces one benchmark's rows in bench/results.json and rewrites bench/results.md from it. */
export function writeResults(benchmark: string, rows: ResultRow[], checks: string[]): void {
  const previous: ResultsFile | undefined = existsSync(jsonFile)
    ? (JSON.parse(readFileSync(jsonFile, 'utf8')) as ResultsFile)
    : undefined;
  const file: ResultsFile = {
    updatedAt: new Date().toISOString(),
    machine: machine(),
    benchmarks: { ...previous?.benchmarks, [benchmark]: { ranAt: new Date().toISOString(), rows, checks } },
  };
  writeFileSync(jsonFile, `${JSON.stringify(file, null, 2)}\n`);
  const lines = [
    '# Benchmark results',
    '',
    `Latest run: ${file.updatedAt} on ${file.machine.cpu} (${file.machine.cores} cores), Node ${file.machine.node}, ${file.machine.platform}.`,
    'Ratios compare Neighbourly with a baseline measured in the same run; compare ratios, not absolute figures.',
    '',
    '| benchmark | case | metric | Neighbourly | baseline | baseline value | ratio | goal | met |',
    '| --- | --- | --- | ---: | --- | ---: | ---: | --- | :---: |',
  ];
  for (const [name, entry] of Object.entries(file.benchmarks)) {
    for (const row of entry.rows) {
      lines.push(
        `| ${name} | ${row.case} | ${row.metric} | ${format(row.value)} | ${row.baseline?.label ?? ''} | ${
          row.baseline ? format(row.baseline.value) : ''
        } | ${row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}×`} | ${row.goal ?? ''} | ${
          row.met === undefined ? '' : row.met ? 'yes' : '**no**'
        } |`,
      );
    }
  }
  lines.push('', '## Checks (every benchmark fails when its answers differ from the reference)', '');
  for (const [name, entry] of Object.entries(file.benchmarks)) {
    for (const check of entry.checks) lines.push(`- ${name} (${entry.ranAt.slice(0, 16)}): ${check}`);
  }
  writeFileSync(markdownFile, `${lines.join('\n')}\n`);
  console.log(`\n${benchmark}: wrote ${rows.length} rows to bench/results.md and bench/results.json`);
}

/** Prints a row as it is measured. */
export function printRow(row: ResultRow): void {
  const baseline = row.baseline ? `  vs ${row.baseline.label} ${format(row.baseline.value)}` : '';
  const ratio = row.ratio === undefined ? '' : `  ratio ${row.ratio.toFixed(2)}×`;
  const goal = row.goal === undefined ? '' : `  goal ${row.goal}: ${row.met ? 'met' : 'NOT met'}`;
  console.log(`${row.case}: ${format(row.value)} ${row.metric}${baseline}${ratio}${goal}`);
}

/** Exits non-zero with a loud message: a benchmark whose answers are wrong measures nothing. */
export function failWrongAnswers(benchmark: string, problems: readonly string[]): never {
  console.error(
    `\n${benchmark}: WRONG ANSWERS — the figures are not valid:\n  ${problems.slice(0, 20).join('\n  ')}`,
  );
  process.exit(1);
}
