import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from './run-in-process.js';
import { runNeighbourly } from './run-neighbourly.js';

// 30 synthetic projects and scipy's answers for them: test/fixtures/typology/make-fixture.py.
const input = fileURLToPath(new URL('./fixtures/typology/projects.csv', import.meta.url));
const expected = JSON.parse(
  await readFile(new URL('./fixtures/typology/expected.json', import.meta.url), 'utf8'),
) as {
  merges: number[][];
  ward: Record<string, { labels: number[]; silhouette: number }>;
};
const vars = 'urbanisation,population,older_share,deprivation';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neighbourly-cli-typology-'));
});

describe('typology (child process)', () => {
  it('prints type profiles and the silhouette, and writes the types and a dendrogram', async () => {
    const output = join(dir, 'typology.csv');
    const plot = join(dir, 'dendrogram.svg');
    const run = await runNeighbourly([
      'typology',
      '--input',
      input,
      '--vars',
      vars,
      '--k',
      '3',
      '-o',
      output,
      '--plot',
      plot,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Typology of 30 rows in 3 types (ward linkage');
    expect(run.stdout).toMatch(/^type\s+n\s+share\s+urbanisation\s+population\s+older_share\s+deprivation$/m);
    expect(run.stdout).toContain(`Silhouette: ${expected.ward['3']?.silhouette.toFixed(3)}`);
    expect(run.stderr).toContain(`Wrote the dendrogram to ${plot}`);

    const rows = parse(await readFile(output, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(30);
    expect(Object.keys(rows[0] ?? {})).toEqual(['project', 'type', ...vars.split(',')]);
    expect(rows.map((row) => Number(row.type) - 1)).toEqual(expected.ward['3']?.labels);
    const svg = await readFile(plot, 'utf8');
    expect(svg).toContain('<svg');
    expect(svg.match(/<path class="link"/g)).toHaveLength(29);
  });

  it('fails with exit 1 naming the file, line and column of a value that is not a number', async () => {
    const file = join(dir, 'bad.csv');
    await writeFile(file, 'project,a,b\np1,1,2\np2,3,x\np3,5,6\n');
    const run = await runNeighbourly(['typology', '-i', file, '--vars', 'a,b', '-k', '2']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`error: ${file}:3 b: "x" is not a number`);
    expect(run.stdout).toBe('');
  });
});

describe('typology (stdin)', () => {
  it('reads the CSV from stdin with --input -', async () => {
    const run = await runNeighbourly(['typology', '--input', '-', '--vars', 'x,y', '-k', '2', '-f', 'csv'], {
      input: 'id,x,y\na,1,10\nb,2,11\nc,10,40\nd,11,41\n',
    });
    expect(run.code, run.stderr).toBe(0);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.type, row.n, row.mean_x])).toEqual([
      ['1', '2', '1.5'],
      ['2', '2', '10.5'],
    ]);
  });
});

describe('typology (in process)', () => {
  it('matches scipy: cut_tree labels, silhouette and the linkage, as JSON', async () => {
    for (const k of [2, 4]) {
      const run = await runInProcess([
        'typology',
        '-i',
        input,
        '--vars',
        vars,
        '-k',
        String(k),
        '--format',
        'json',
      ]);
      expect(run.code).toBe(0);
      const result = JSON.parse(run.stdout);
      const reference = expected.ward[String(k)];
      expect(result.assignments.map((a: { cluster: number }) => a.cluster - 1)).toEqual(reference?.labels);
      expect(result.silhouette).toBeCloseTo(reference?.silhouette ?? Number.NaN, 9);
      expect(result.assignments[0]).toEqual({ id: 'project-01', cluster: 1 });
      result.merges.forEach((merge: number[], r: number) => {
        expect(merge.slice(0, 2)).toEqual(expected.merges[r]?.slice(0, 2));
        expect(merge[2]).toBeCloseTo(expected.merges[r]?.[2] ?? Number.NaN, 9);
      });
      const sizes = result.clusters.map((c: { n: number }) => c.n);
      expect(sizes.reduce((a: number, b: number) => a + b, 0)).toBe(30);
      expect(result.clusters).toHaveLength(k);
    }
  });

  it('profiles each type by the mean of its rows', async () => {
    const file = join(dir, 'tiny.csv');
    await writeFile(file, 'id;x;y\na;1;10\nb;2;10,5\nc;10;40\nd;11;41\n');
    const run = await runInProcess([
      'typology',
      '-i',
      file,
      '--vars',
      'x,y',
      '-k',
      '2',
      '-d',
      ';',
      '--format',
      'csv',
    ]);
    expect(run.code).toBe(0);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.type, row.n, row.mean_x, row.mean_y])).toEqual([
      ['1', '2', '1.5', '10.25'],
      ['2', '2', '10.5', '40.5'],
    ]);
  });

  it('names unknown columns and lists the columns there are', async () => {
    const run = await runInProcess(['typology', '-i', input, '--vars', 'urbanisation,size', '-k', '2']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${input}:1 size: no such column (columns: project, urbanisation,`);
  });

  it('reports missing values, or leaves those rows out with --drop-incomplete', async () => {
    const file = join(dir, 'missing.csv');
    await writeFile(file, 'id,x,y\na,1,2\nb,,3\nc,5,7\nd,6,1\n');
    const failing = await runInProcess(['typology', '-i', file, '--vars', 'x,y', '-k', '2']);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toContain(`${file}:3 x: missing value`);
    const dropping = await runInProcess([
      'typology',
      '-i',
      file,
      '--vars',
      'x,y',
      '-k',
      '2',
      '--drop-incomplete',
      '--format',
      'json',
    ]);
    expect(dropping.code).toBe(0);
    expect(dropping.stderr).toContain(`warning: ${file}:3 x: missing value: row left out`);
    expect(JSON.parse(dropping.stdout).assignments.map((a: { id: string }) => a.id)).toEqual(['a', 'c', 'd']);
  });

  it('explains a constant variable instead of clustering NaNs', async () => {
    const file = join(dir, 'constant.csv');
    await writeFile(file, 'id,x,y\na,1,2\nb,1,3\nc,1,7\n');
    const run = await runInProcess(['typology', '-i', file, '--vars', 'x,y', '-k', '2']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('cannot be standardised');
  });

  it('reports malformed CSV with its line', async () => {
    const file = join(dir, 'ragged.csv');
    await writeFile(file, 'id,x,y\na,1,2\nb,3\n');
    const run = await runInProcess(['typology', '-i', file, '--vars', 'x,y', '-k', '2']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`${file}:3: `));
  });

  it('exits 2 on usage errors and 3 on a missing file', async () => {
    expect((await runInProcess(['typology', '-i', input, '--vars', vars, '-k', 'three'])).code).toBe(2);
    expect(
      (await runInProcess(['typology', '-i', input, '--vars', vars, '-k', '3', '--method', 'median'])).code,
    ).toBe(2);
    const tooMany = await runInProcess(['typology', '-i', input, '--vars', vars, '-k', '31']);
    expect(tooMany.code).toBe(2);
    expect(tooMany.stderr).toContain('--k 31 is more types than there are rows (30)');
    const missing = await runInProcess(['typology', '-i', join(dir, 'nope.csv'), '--vars', vars, '-k', '3']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('nope.csv: no such file or directory');
  });
});
