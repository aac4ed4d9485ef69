import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRecords, toNdjson, writeProject } from './build-project.js';
import { runInProcess } from './run-in-process.js';
import { runNeighbourly } from './run-neighbourly.js';

let dir: string;
let project: string;
let responses: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neighbourly-cli-indicators-'));
  ({ project, responses } = await writeProject(join(dir, 'test-project')));
});

interface Cell {
  indicatorId: string;
  waveId: string;
  group: Record<string, string>;
  n: number;
  value?: number;
  suppressed: boolean;
}

describe('indicators (child process)', () => {
  it('prints indicator values per wave and the wave comparison as tables', async () => {
    const run = await runNeighbourly(['indicators', '--project', project, '--responses', responses]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Zorgzame buurt Test: respondents per wave: baseline 30, end 30');
    expect(run.stdout).toMatch(/^meets-neighbours-weekly\s+baseline\s+all\s+30\s+40\.0%/m);
    expect(run.stdout).toMatch(/^meets-neighbours-weekly\s+end\s+all\s+30\s+60\.0%/m);
    expect(run.stdout).toMatch(
      /^meets-neighbours-weekly\s+all\s+baseline → end\s+40\.0%\s+60\.0%\s+\+20\.0 pt/m,
    );
    // WHO-5 is scored by the instrument's scorer from @neighbourly/surveys.
    expect(run.stdout).toMatch(/^wellbeing-who5\s+baseline\s+all\s+30\s+\d+\.\d\d/m);
    expect(run.stderr).toBe('');
  });
});

describe('indicators (in process)', () => {
  it('gives exact values, breakdowns and suppression as JSON', async () => {
    const run = await runInProcess([
      'indicators',
      '-p',
      project,
      '-r',
      responses,
      '--group-by',
      'age_band,area',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as { cells: Cell[]; comparisons: { from: string; to: string }[] };
    const cell = (indicatorId: string, waveId: string, group: Record<string, string>) =>
      output.cells.find(
        (c) =>
          c.indicatorId === indicatorId &&
          c.waveId === waveId &&
          JSON.stringify(c.group) === JSON.stringify(group),
      );
    expect(cell('meets-neighbours-weekly', 'baseline', {})).toMatchObject({
      n: 30,
      value: 0.4,
      suppressed: false,
    });
    expect(cell('knows-neighbour-for-help', 'baseline', {})?.value).toBeCloseTo(20 / 30, 12);
    expect(cell('knows-neighbour-for-help', 'end', {})?.value).toBeCloseTo(0.8, 12);
    expect(cell('meets-neighbours-weekly', 'baseline', { age_band: '65+' })).toMatchObject({
      n: 10,
      value: 0.4,
    });
    const small = cell('meets-neighbours-weekly', 'baseline', { area: 'small' });
    // A suppressed cell carries no number at all, not even its n: only that it is suppressed, and why.
    expect(small).toEqual({
      indicatorId: 'meets-neighbours-weekly',
      waveId: 'baseline',
      group: { area: 'small' },
      suppressed: true,
      suppression: 'small-cell',
    });
    expect(output.comparisons.map((c) => [c.from, c.to])).toEqual([['baseline', 'end']]);
  });

  it('never prints a suppressed value in a table', async () => {
    const run = await runInProcess([
      'indicators',
      '-p',
      project,
      '-r',
      responses,
      '--group-by',
      'area',
      '--show',
      'cells',
    ]);
    expect(run.code).toBe(0);
    const smallRows = run.stdout.split('\n').filter((line) => line.includes('area=small'));
    expect(smallRows.length).toBeGreaterThan(0);
    for (const row of smallRows) expect(row).toMatch(/area=small\s+not shown \(fewer than 5 respondents\)/);
    for (const row of smallRows) expect(row).not.toMatch(/\d+\.\d%/);
  });

  it('writes cells or comparisons as CSV', async () => {
    const cells = await runInProcess(['indicators', '-p', project, '-r', responses, '--format', 'csv']);
    expect(cells.code).toBe(0);
    const rows = parse(cells.stdout, { columns: true }) as Record<string, string>[];
    expect(
      rows.find((row) => row.indicator === 'meets-neighbours-weekly' && row.wave === 'end'),
    ).toMatchObject({
      group: 'all',
      n: '30',
      suppressed: 'false',
      value: '0.6',
    });
    const comparisons = await runInProcess([
      'indicators',
      '-p',
      project,
      '-r',
      responses,
      '-f',
      'csv',
      '--show',
      'comparisons',
    ]);
    const compared = parse(comparisons.stdout, { columns: true }) as Record<string, string>[];
    const row = compared.find((r) => r.indicator === 'meets-neighbours-weekly');
    expect(Number(row?.change)).toBeCloseTo(0.2, 12);
    expect(row).toMatchObject({ from: 'baseline', to: 'end', linked: '30' });
    // Shares have the whole-wave change only; scores also the paired change of the linked respondents.
    expect(row).toMatchObject({ paired_change: '', paired_ci_low: '', paired_ci_high: '', paired_n: '' });
    const score = compared.find((r) => r.indicator === 'social-cohesion-score' && r.group === 'all');
    expect(score?.paired_n).toBe('30');
    // Everyone is linked, so both estimates agree, but their intervals come from different tests.
    expect(Number(score?.paired_change)).toBeCloseTo(Number(score?.change), 12);
    expect(Number(score?.change_ci_low)).toBeLessThan(Number(score?.change));
    expect(Number(score?.paired_ci_low)).toBeLessThan(Number(score?.change));
    expect(score?.paired_ci_low).not.toBe(score?.change_ci_low);
  });

  it('reads the responses named in project.json and a JSON array', async () => {
    const fromProject = await runInProcess(['indicators', '-p', project, '--show', 'cells', '-f', 'csv']);
    expect(fromProject.code).toBe(0);
    const arrayFile = join(dir, 'records.json');
    await writeFile(arrayFile, JSON.stringify(buildRecords()));
    const fromArray = await runInProcess([
      'indicators',
      '-p',
      project,
      '-r',
      arrayFile,
      '--show',
      'cells',
      '-f',
      'csv',
    ]);
    expect(fromArray.stdout).toBe(fromProject.stdout);
  });

  it('names the line and field of invalid records and exits 1, or skips them with --skip-invalid', async () => {
    const file = join(dir, 'bad.ndjson');
    const lines = toNdjson(buildRecords()).split('\n');
    lines[2] = '{"respondentId":"x","answers":{}}';
    lines[4] = '{not json';
    await writeFile(file, lines.join('\n'));
    const failing = await runInProcess(['indicators', '-p', project, '-r', file]);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toContain(`${file}:3 waveId: `);
    expect(failing.stderr).toContain(`${file}:5: not valid JSON`);
    expect(failing.stderr).toContain('2 invalid response records');
    expect(failing.stdout).toBe('');
    const skipping = await runInProcess([
      'indicators',
      '-p',
      project,
      '-r',
      file,
      '--skip-invalid',
      '-f',
      'json',
    ]);
    expect(skipping.code).toBe(0);
    expect(JSON.parse(skipping.stdout).respondents).toEqual({ baseline: 28, end: 30 });
    expect(skipping.stderr).toContain('(record skipped)');
  });

  it('exits 2 for a responses file it cannot read as records, and 3 for a missing one', async () => {
    const wrong = await runInProcess(['indicators', '-p', project, '-r', join(dir, 'data.xlsx')]);
    expect(wrong.code).toBe(2);
    const missing = await runInProcess(['indicators', '-p', project, '-r', join(dir, 'missing.ndjson')]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('missing.ndjson: no such file or directory');
  });
});
