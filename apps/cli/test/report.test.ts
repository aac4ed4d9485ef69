import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeProject } from './build-project.js';
import { runInProcess } from './run-in-process.js';
import { runNeighbourly } from './run-neighbourly.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neighbourly-cli-report-'));
});

const isPdf = (bytes: Buffer) =>
  bytes.subarray(0, 5).toString('latin1') === '%PDF-' &&
  bytes.subarray(-8).toString('latin1').includes('%%EOF');

describe('report', () => {
  it('renders one project to a PDF in the chosen language (child process)', async () => {
    const { project, responses } = await writeProject(join(dir, 'single'));
    const output = join(dir, 'single', 'rapport.pdf');
    const run = await runNeighbourly([
      'report',
      '--project',
      project,
      '--responses',
      responses,
      '--lang',
      'nl',
      '-o',
      output,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Wrote .*rapport\.pdf \(nl, \d+ kB\)$/m);
    const pdf = await readFile(output);
    expect(isPdf(pdf)).toBe(true);
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });

  it('renders a folder of projects, writes the good ones and summarises the failures with exit 1', async () => {
    const batch = join(dir, 'batch');
    await writeProject(join(batch, 'noord'), { slug: 'noord', name: 'Noord' });
    await writeProject(join(batch, 'kapot'), { slug: 'kapot', name: 'Kapot', responses: 'missing.ndjson' });
    const output = join(dir, 'reports');
    const run = await runInProcess(['report', '--batch', batch, '-o', output, '--workers', '1']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`1 report written to ${output}`);
    expect(run.stdout).toContain('1 failed:');
    expect(run.stdout).toContain(
      `${join(batch, 'kapot', 'project.json')}: Cannot read ${join(batch, 'kapot', 'missing.ndjson')}`,
    );
    expect(run.stderr).toContain('error: 1 of 2 reports failed');
    expect(await readdir(output)).toEqual(['noord.en.pdf']);
    expect(isPdf(await readFile(join(output, 'noord.en.pdf')))).toBe(true);
  });

  it('needs exactly one of --project and --batch', async () => {
    const neither = await runInProcess(['report', '-o', join(dir, 'x.pdf')]);
    const both = await runInProcess(['report', '--project', 'a.json', '--batch', dir]);
    expect(both.code).toBe(2);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('give either --project <project.json> or --batch <folder>');
    const emptyFolder = await mkdtemp(join(tmpdir(), 'neighbourly-cli-empty-'));
    const empty = await runInProcess(['report', '--batch', emptyFolder]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('holds no project folders');
  });
});
