import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProgrammeResults } from '@neighbourly/core';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRecords, toNdjson, writeProject } from './build-project.js';
import { runInProcess } from './run-in-process.js';
import { runNeighbourly } from './run-neighbourly.js';

let dir: string;
let projects: string;
let contextCsv: string;

/** Eight projects on the sample indicator set, with different sizes and levels, and a context table. */
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neighbourly-cli-programme-'));
  projects = join(dir, 'projects');
  const lines = ['id,density,older_share,region'];
  for (let p = 0; p < 8; p++) {
    const slug = `buurt-${p + 1}`;
    await writeProject(join(projects, slug), { name: `Buurt ${p + 1}`, slug });
    // Break the sample's symmetry so that projects differ (a bump of 1 for some respondents, some "no" flipped).
    const bump = (value: unknown, i: number) =>
      typeof value === 'number' ? Math.min(5, value + ((i * 7 + p * 3) % 4 === 0 ? 1 : 0)) : value;
    const records = buildRecords(20 + 5 * p).map((record, i) => ({
      ...record,
      answers: {
        ...record.answers,
        meet_neighbours: bump(record.answers.meet_neighbours, i),
        cohesion_1: bump(record.answers.cohesion_1, i + p),
        cohesion_2: bump(record.answers.cohesion_2, i + 2 * p),
        knows_neighbour_help: i % 11 < p ? 'yes' : record.answers.knows_neighbour_help,
        knows_where_to_signal: i % 13 < p ? 'yes' : record.answers.knows_where_to_signal,
        lonely: i % 7 < p ? 'never' : record.answers.lonely,
        who5_1: i % 5 < p ? 5 : record.answers.who5_1,
      },
    }));
    await writeFile(join(projects, slug, 'responses.ndjson'), toNdjson(records));
    lines.push(
      `${slug},${p < 4 ? 5000 + 100 * p : 300 + 50 * p},${p < 4 ? 14 + p : 25 + p},${p % 2 === 0 ? 'city' : 'village'}`,
    );
  }
  contextCsv = join(dir, 'projects.csv');
  await writeFile(contextCsv, `${lines.join('\n')}\n`);
});

describe('programme', () => {
  it('pools every project as JSON, with a typology and a breakdown by a text variable', async () => {
    const run = await runInProcess([
      'programme',
      '--projects',
      projects,
      '--context',
      contextCsv,
      '--typology',
      'k=2',
      '--by',
      'region',
      '--format',
      'json',
    ]);
    expect(run.stderr).not.toMatch(/^error/im);
    expect(run.code).toBe(0);
    const programme = JSON.parse(run.stdout) as ProgrammeResults;
    expect(programme.projects.map((p) => p.id)).toEqual([...Array(8)].map((_, i) => `buurt-${i + 1}`));
    expect(programme.typology?.vars).toEqual(['density', 'older_share']);
    const meet = programme.pooled.find(
      (c) => c.indicatorId === programme.indicators[0]!.id && c.measure.kind === 'change',
    )!;
    expect(meet.k).toBe(8);
    expect(meet.meta?.ci[0]).toBeLessThan(meet.meta!.estimate);
    const region = programme.breakdowns.find((b) => b.variable === 'region')!;
    expect(region.levels?.map((l) => [l.level, l.k])).toEqual([
      ['city', 4],
      ['village', 4],
    ]);
    expect(programme.breakdowns.some((b) => b.variable === 'cluster' && b.test !== undefined)).toBe(true);
  });

  it('writes every pooled cell as CSV', async () => {
    const output = join(dir, 'pooled.csv');
    const run = await runInProcess([
      'programme',
      '--projects',
      projects,
      '--context',
      contextCsv,
      '--typology',
      '2',
      '--format',
      'csv',
      '-o',
      output,
    ]);
    expect(run.code).toBe(0);
    const rows = parse(await readFile(output, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.some((r) => r.by === '' && r.k === '8')).toBe(true);
    expect(rows.some((r) => r.by === 'cluster' && r.q_between_p !== '')).toBe(true);
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining(['estimate', 'ci_low', 'tau2', 'i2', 'pi_low']),
    );
  });

  it('writes the programme report PDF (child process, as a user runs it)', async () => {
    const output = join(dir, 'programme.pdf');
    const run = await runNeighbourly([
      'programme',
      '--projects',
      projects,
      '--context',
      contextCsv,
      '--typology',
      'k=2',
      '--lang',
      'fr',
      '-o',
      output,
    ]);
    expect(run.stderr).not.toMatch(/^error/im);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Wrote .*programme\.pdf \(fr, 8 projects/);
    const pdf = await readFile(output);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('explains usage mistakes with exit code 2', async () => {
    const noOutput = await runInProcess(['programme', '--projects', projects]);
    expect(noOutput.code).toBe(2);
    expect(noOutput.stderr).toMatch(/--output <file.pdf> is required/);
    const badK = await runInProcess([
      'programme',
      '--projects',
      projects,
      '--typology',
      'four',
      '--format',
      'json',
    ]);
    expect(badK.code).toBe(2);
    expect(badK.stderr).toMatch(/--typology: expected k=/);
    const empty = await runInProcess(['programme', '--projects', dir, '--format', 'json']);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/holds no project folders/);
  });
});
