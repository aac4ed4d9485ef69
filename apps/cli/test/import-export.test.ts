import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordsCsv, writeCsvProject } from './csv-project.js';
import { runInProcess } from './run-in-process.js';
import { runNeighbourly } from './run-neighbourly.js';

let dir: string;
let project: string;
let survey: string;
let mapping: string;
let csv: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neighbourly-cli-transfer-'));
  ({ project, survey, mapping, csv } = await writeCsvProject(dir));
});

const cells = async (args: string[]) => {
  const run = await runInProcess([
    'indicators',
    '-p',
    project,
    '--group-by',
    'age_band',
    '-f',
    'json',
    ...args,
  ]);
  expect(run.code, run.stderr).toBe(0);
  const output = JSON.parse(run.stdout);
  return { cells: output.cells, respondents: output.respondents, comparisons: output.comparisons };
};

describe('import and export', () => {
  it('round trip: CSV → store → NDJSON export → fresh store gives the same indicators as the CSV itself', async () => {
    const storeA = `sqlite:${join(dir, 'a.db')}`;
    const storeB = `sqlite:${join(dir, 'b.db')}`;
    const imported = await runInProcess([
      'import',
      csv,
      '--store',
      storeA,
      '--project',
      project,
      '--survey',
      survey,
      '--mapping',
      mapping,
    ]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain(
      'into project "round-trip" (created): 60 responses, 30 new respondents, 2 new waves',
    );

    const again = await runInProcess([
      'import',
      csv,
      '-s',
      storeA,
      '-p',
      project,
      '--survey',
      survey,
      '--mapping',
      mapping,
    ]);
    expect(again.stdout).toContain(
      '0 responses, 0 new respondents, 0 new waves; 60 responses were already there',
    );

    const exportFile = join(dir, 'round-trip.ndjson');
    const exported = await runInProcess([
      'export',
      '--store',
      storeA,
      '--project',
      'round-trip',
      '-o',
      exportFile,
    ]);
    expect(exported.code, exported.stderr).toBe(0);
    const lines = (await readFile(exportFile, 'utf8')).trim().split('\n');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ type: 'header', format: 'neighbourly-export' });
    expect(lines.filter((line) => line.startsWith('{"type":"response"'))).toHaveLength(60);

    const restored = await runNeighbourly(['import', exportFile, '--store', storeB]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/^Restored project \S+ from .*round-trip\.ndjson: .*60 response/m);

    const fromCsv = await cells(['-r', csv, '--survey', survey, '--mapping', mapping]);
    const fromA = await cells(['--store', storeA]);
    const fromB = await cells(['--store', storeB]);
    expect(fromCsv.respondents).toEqual({ baseline: 30, end: 30 });
    expect(fromA).toEqual(fromCsv);
    expect(fromB).toEqual(fromCsv);
    const meets = fromB.cells.find(
      (cell: { indicatorId: string; waveId: string; group: object }) =>
        cell.indicatorId === 'meets-neighbours-weekly' &&
        cell.waveId === 'end' &&
        Object.keys(cell.group).length === 0,
    );
    expect(meets).toMatchObject({ n: 30, value: 0.6 });
    // Respondents stay linked across waves through the store: the comparison pairs all 30.
    expect(fromB.comparisons[0].comparisons[0].linked).toBe(30);
  });

  it('exports the responses as wide and long CSV', async () => {
    const store = `sqlite:${join(dir, 'csv.db')}`;
    expect(
      (
        await runInProcess([
          'import',
          csv,
          '-s',
          store,
          '-p',
          project,
          '--survey',
          survey,
          '--mapping',
          mapping,
        ])
      ).code,
    ).toBe(0);
    const wide = await runInProcess(['export', '-s', store, '-p', 'round-trip', '--format', 'csv']);
    expect(wide.code, wide.stderr).toBe(0);
    const rows = parse(wide.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(60);
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'respondentId',
      'waveId',
      'group.age_band',
      'meet_neighbours',
      'knows_neighbour_help',
      'lonely',
    ]);
    expect(rows.filter((row) => row.waveId === 'end' && Number(row.meet_neighbours) >= 4)).toHaveLength(18);
    const long = await runInProcess([
      'export',
      '-s',
      store,
      '-p',
      'round-trip',
      '-f',
      'csv',
      '--layout',
      'long',
    ]);
    expect(parse(long.stdout, { columns: true })).toHaveLength(180);
  });

  it('names the line and column of a bad CSV row and imports nothing, unless told to skip it', async () => {
    const bad = join(dir, 'bad.csv');
    const text = recordsCsv().split('\n');
    text[3] = 'r003,baseline,65+,lots,yes,never';
    await writeFile(bad, text.join('\n'));
    const store = `sqlite:${join(dir, 'bad.db')}`;
    const failing = await runInProcess([
      'import',
      bad,
      '-s',
      store,
      '-p',
      project,
      '--survey',
      survey,
      '--mapping',
      mapping,
    ]);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toContain(`${bad}:4: Meet: "lots" is not a number`);
    // Nothing was imported, and no store created: exporting from it is an I/O error (exit 3).
    expect(existsSync(join(dir, 'bad.db'))).toBe(false);
    const missing = await runInProcess(['export', '-s', store, '-p', 'round-trip']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('there is no database file');
    const skipping = await runInProcess([
      'import',
      bad,
      '-s',
      store,
      '-p',
      project,
      '--survey',
      survey,
      '--mapping',
      mapping,
      '--skip-invalid',
    ]);
    expect(skipping.code).toBe(0);
    expect(skipping.stdout).toContain('59 responses');
  });

  it('exits 3 when the store cannot be opened and 2 when responses come without a project', async () => {
    const unknown = await runInProcess(['export', '-s', 'postgres://x', '-p', 'round-trip']);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toContain('store:');
    const noProject = await runInProcess(['import', csv, '-s', `sqlite:${join(dir, 'c.db')}`]);
    expect(noProject.code).toBe(2);
    expect(noProject.stderr).toContain('needs --project');
  });
});
