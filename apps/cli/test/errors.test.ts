import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordsCsv, writeCsvProject } from './csv-project.js';
import { runInProcess } from './run-in-process.js';
import { runNeighbourly } from './run-neighbourly.js';

/**
 * Every mistake a new user made in the first hour: each gets one clear line on stderr naming the file, column or
 * value and what is allowed, the documented exit code, and leaves nothing behind.
 */
let dir: string;
let project: string;
let survey: string;
let mapping: string;
let csv: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neighbourly-cli-errors-'));
  ({ project, survey, mapping, csv } = await writeCsvProject(dir));
});

/** The lines a run wrote to stderr. */
const lines = (stderr: string) => stderr.trimEnd().split('\n');

/** `indicators` on the CSV project with a mapping. */
const indicators = (args: string[], mappingFile = mapping) =>
  runInProcess(['indicators', '-p', project, '--survey', survey, '--mapping', mappingFile, ...args]);

/** Writes the project's mapping with some fields replaced. */
async function mappingWith(name: string, changes: Record<string, unknown>): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, JSON.stringify({ ...JSON.parse(await readFile(mapping, 'utf8')), ...changes }));
  return file;
}

describe('CLI errors: one clear line, the documented exit code, nothing created', () => {
  it('a missing CSV of responses: exit 3 naming the file, no stack trace', async () => {
    const missing = join(dir, 'no-such-answers.csv');
    // A child process: the old failure was an unhandled stream error that killed the process with a stack.
    const run = await runNeighbourly([
      'indicators',
      '-p',
      project,
      '-r',
      missing,
      '--survey',
      survey,
      '--mapping',
      mapping,
    ]);
    expect(run.code).toBe(3);
    expect(lines(run.stderr)).toEqual([`error: Cannot read ${missing}: no such file or directory`]);
    expect(run.stdout).toBe('');
  });

  it('--group-by a variable the responses do not carry: exit 2, naming the ones they do', async () => {
    const run = await indicators(['-r', csv, '-g', 'nosuchvar,age_band']);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([
      'error: --group-by: "nosuchvar" is not a group variable of the responses (they carry: age_band)',
    ]);
    expect(run.stdout).toBe('');
  });

  it('groupBy of project.json that the responses do not carry: exit 1, and report writes no PDF', async () => {
    const other = join(dir, 'grouped.json');
    const file = JSON.parse(await readFile(project, 'utf8'));
    await writeFile(other, JSON.stringify({ ...file, groupBy: ['wijk'], responses: 'answers.ndjson' }));
    await writeFile(
      join(dir, 'answers.ndjson'),
      '{"respondentId":"r1","waveId":"baseline","group":{"age_band":"65+"},"answers":{"meet_neighbours":4}}\n',
    );
    const run = await runInProcess(['indicators', '-p', other]);
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([
      `error: ${other} groupBy: "wijk" is not a group variable of the responses (they carry: age_band)`,
    ]);
    const pdf = join(dir, 'grouped.pdf');
    const report = await runInProcess(['report', '-p', other, '-o', pdf]);
    expect(report.code).toBe(1);
    expect(existsSync(pdf)).toBe(false);
  });

  it('a groupColumns mapping to a column the CSV lacks: exit 1, naming the column and the columns there are', async () => {
    const wrong = await mappingWith('mapping-age.json', { groupColumns: { age_band: 'Leeftijd' } });
    const run = await indicators(['-r', csv, '-g', 'age_band'], wrong);
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([
      `error: ${csv}:1: the mapping ${wrong} names a column the file does not have: "Leeftijd" (groupColumns.age_band); its columns are "Respondent", "Wave", "Age", "Meet", "Help", "Lonely"`,
    ]);
  });

  it('a missing wave column: one error for the file, not one per row', async () => {
    const wrong = await mappingWith('mapping-wave.json', { waveColumn: 'Golf' });
    const run = await indicators(['-r', csv, '--skip-invalid'], wrong);
    // Even --skip-invalid does not compute on nothing: no row can be read with this mapping.
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([
      `error: ${csv}:1: the mapping ${wrong} names a column the file does not have: "Golf" (waveColumn); its columns are "Respondent", "Wave", "Age", "Meet", "Help", "Lonely"`,
    ]);
  });

  it('an invalid choice names the field once and lists the choices', async () => {
    const bad = join(dir, 'bad-choice.csv');
    const rows = recordsCsv().split('\n');
    rows[2] = (rows[2] as string).replace(/,(yes|no),/, ',maybe,');
    await writeFile(bad, rows.join('\n'));
    const run = await indicators(['-r', bad]);
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([
      `error: ${bad}:3 knows_neighbour_help: "maybe" is not one of the choices (allowed: "yes", "no")`,
      'error: 1 invalid response record (use --skip-invalid to compute without them)',
    ]);
  });

  it('export from a store file that does not exist: exit 3, and no database is created', async () => {
    const url = `sqlite:${join(dir, 'nowhere', 'x.db')}`;
    const run = await runInProcess(['export', '-s', url, '-p', 'round-trip', '-o', join(dir, 'out.ndjson')]);
    expect(run.code).toBe(3);
    expect(lines(run.stderr)).toEqual([
      `error: --store ${url}: there is no database file ${join(dir, 'nowhere', 'x.db')} (nothing was created; "neighbourly import" creates a store)`,
    ]);
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
    expect(existsSync(join(dir, 'out.ndjson'))).toBe(false);
    // The same for a missing file in a folder that exists.
    const sibling = join(dir, 'missing.db');
    expect((await runInProcess(['indicators', '-p', project, '-s', `sqlite:${sibling}`])).code).toBe(3);
    expect(existsSync(sibling)).toBe(false);
  });

  it('typology names a constant column by name: exit 1, no output written', async () => {
    const input = join(dir, 'constant.csv');
    await writeFile(input, 'project,urbanisation,population,flag\na,0.1,100,1\nb,0.5,200,1\nc,0.9,300,1\n');
    const output = join(dir, 'types.csv');
    const run = await runInProcess([
      'typology',
      '-i',
      input,
      '--vars',
      'urbanisation,population,flag',
      '-k',
      '2',
      '-o',
      output,
    ]);
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([
      `error: ${input}: flag has the same value in every row (flag = 1); a constant variable cannot be standardised: leave it out of --vars`,
    ]);
    expect(existsSync(output)).toBe(false);
  });

  it('validate points a duplicate name at the repeated question, not the first', async () => {
    const file = join(dir, 'duplicate.json');
    const definition = {
      pages: [
        {
          name: 'p1',
          elements: [
            { type: 'text', name: 'q1' },
            { type: 'text', name: 'q2' },
            { type: 'text', name: 'q1' },
            { type: 'text', name: 'q1' },
          ],
        },
      ],
    };
    await writeFile(file, JSON.stringify(definition, null, 2));
    const run = await runInProcess(['validate', file]);
    expect(run.code).toBe(1);
    // Lines 14 and 18 open the second and third "q1" (pretty-printed), line 6 the first.
    const text = JSON.stringify(definition, null, 2).split('\n');
    expect([text[15], text[19]]).toEqual(['          "name": "q1"', '          "name": "q1"']);
    expect(run.stdout).toContain(
      `error ${file}:14:9 q1: two questions are named "q1": each overwrites the other's answer (duplicate-name)`,
    );
    expect(run.stdout).toContain(
      `error ${file}:18:9 q1: two questions are named "q1": each overwrites the other's answer (duplicate-name)`,
    );
    expect(run.stdout).not.toContain(`${file}:6:`);
  });

  it('output cut short by a pipe (neighbourly --help | head -1) ends quietly with exit 0', () => {
    const bin = fileURLToPath(new URL('../src/bin.ts', import.meta.url));
    const tsx = import.meta.resolve('tsx');
    const cli = `"${process.execPath}" --conditions=@neighbourly/source --import ${tsx} "${bin}"`;
    // The CLI writes its help in one go: a reader that closed before makes the write fail with EPIPE.
    const run = spawnSync(
      'bash',
      ['-c', `${cli} --help | (exec 0<&-; true); echo "exit \${PIPESTATUS[0]}" >&2`],
      {
        encoding: 'utf8',
      },
    );
    expect(run.stderr).not.toContain('EPIPE');
    expect(run.stderr.trim().split('\n').at(-1)).toBe('exit 0');
  });

  it('init --lang labels the waves in the first language', async () => {
    for (const [lang, labels] of [
      ['nl,fr', ['Nulmeting', 'Eindmeting']],
      ['fr,nl', ['Mesure initiale', 'Mesure finale']],
      ['en', ['Baseline', 'End']],
    ] as const) {
      const folder = join(dir, `init-${lang.replace(',', '-')}`);
      expect((await runInProcess(['init', folder, '--lang', lang])).code).toBe(0);
      const written = JSON.parse(await readFile(join(folder, 'project.json'), 'utf8'));
      expect(written.waves.map((wave: { label: string }) => wave.label)).toEqual(labels);
    }
  });
});
