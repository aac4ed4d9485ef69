import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from './run-in-process.js';
import { runNeighbourly } from './run-neighbourly.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neighbourly-cli-init-'));
});

describe('init', () => {
  it('scaffolds a project that validates, and refuses to overwrite it without --force', async () => {
    const project = join(dir, 'noord');
    const run = await runNeighbourly(['init', project, '--name', 'Zorgzame buurt Noord', '--lang', 'nl,fr']);
    expect(run.code).toBe(0);
    const written = JSON.parse(await readFile(join(project, 'project.json'), 'utf8'));
    expect(written).toMatchObject({
      name: 'Zorgzame buurt Noord',
      slug: 'zorgzame-buurt-noord',
      languages: ['nl', 'fr'],
      framework: 'caring-neighbourhoods',
      indicatorSet: 'indicators.json',
      theoryOfChange: 'theory-of-change.json',
    });
    await expect(readFile(join(project, 'responses', 'README.md'), 'utf8')).resolves.toContain('mapping');
    // The CAIMeR templates to edit, with their indicator set and a theory of change that uses it.
    expect(written.surveys).toHaveLength(9);
    expect(written.surveys).toContain('surveys/outcomes-resident.json');
    const survey = JSON.parse(await readFile(join(project, 'surveys', 'outcomes-resident.json'), 'utf8'));
    expect(survey.pages.length).toBeGreaterThan(0);
    const indicators = JSON.parse(await readFile(join(project, 'indicators.json'), 'utf8'));
    expect(indicators.id).toBe('caimer-templates');
    const toc = JSON.parse(await readFile(join(project, 'theory-of-change.json'), 'utf8'));
    const outcome = toc.nodes.find((node: { id: string }) => node.id === 'outcome-encounters');
    expect(outcome.indicatorIds).toContain('meets-neighbours-weekly');

    const validate = await runInProcess(['validate', join(project, 'project.json')]);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toContain('(project): ok');

    const again = await runInProcess(['init', project]);
    expect(again.code).toBe(3);
    expect(again.stderr).toContain('project.json: the file exists (use --force to overwrite)');
    expect((await runInProcess(['init', project, '--force'])).code).toBe(0);
  });

  it('rejects an unsupported language as a usage error', async () => {
    const run = await runInProcess(['init', join(dir, 'de'), '--lang', 'de']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"de" is not a supported language');
  });
});

describe('validate', () => {
  it('lists each problem with its file, line, column and field, and exits 1', async () => {
    const file = join(dir, 'project.json');
    await writeFile(
      file,
      [
        '{',
        '  "name": "Broken",',
        '  "framework": "no-such-framework",',
        '  "theoryOfChange": {',
        '    "id": "toc",',
        '    "label": { "en": "Model" },',
        '    "nodes": [{ "id": "a", "kind": "weird", "label": { "en": "A" } }]',
        '  }',
        '}',
      ].join('\n'),
    );
    const run = await runNeighbourly(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${file}:3:3 framework: unknown framework "no-such-framework"`);
    expect(run.stdout).toMatch(new RegExp(`${file}:7:\\d+ theoryOfChange\\.nodes\\[0\\]\\.kind: `));
    expect(run.stderr).toContain('1 of 1 files have errors');
  });

  it('reports a problem in a referenced file at its own line', async () => {
    const project = join(dir, 'referenced');
    expect((await runInProcess(['init', project])).code).toBe(0);
    const tocFile = join(project, 'theory-of-change.json');
    const toc = JSON.parse(await readFile(tocFile, 'utf8'));
    toc.edges.push({ from: toc.nodes[0].id, to: 'nowhere' });
    await writeFile(tocFile, JSON.stringify(toc, null, 2));
    const run = await runInProcess(['validate', '--format', 'json', join(project, 'project.json')]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.ok).toBe(false);
    const problem = report.files[0].problems.find((p: { field: string }) => p.field.endsWith('.to'));
    expect(problem).toMatchObject({ file: tocFile, field: `edges[${toc.edges.length - 1}].to` });
    const lines = JSON.stringify(toc, null, 2).split('\n');
    expect(lines[problem.line - 1]).toContain('"to": "nowhere"');
  });

  it('points at the line and column of a JSON syntax error', async () => {
    const file = join(dir, 'framework.json');
    await writeFile(file, '{\n  "id": "x",\n  "pillars": [\n}\n');
    const run = await runInProcess(['validate', '--kind', 'framework', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`${file}:4:1: invalid JSON`));
  });

  it('checks a framework and prints warnings without failing', async () => {
    const file = join(dir, 'small-framework.json');
    await writeFile(
      file,
      JSON.stringify({
        id: 'small',
        label: { en: 'Small' },
        pillars: [{ id: 'p', label: { en: 'P' }, objectiveIds: ['a'] }],
        outcomeObjectives: [
          { id: 'a', label: { en: 'A' } },
          { id: 'b', label: { en: 'B' } },
        ],
      }),
    );
    const run = await runInProcess(['validate', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(framework): ok, 1 warning');
    expect(run.stdout).toContain('objective "b" belongs to no pillar');
  });

  it("lints survey definitions, alone and as listed in project.json, at the question's line", async () => {
    const survey = join(dir, 'survey.json');
    await writeFile(
      survey,
      JSON.stringify(
        {
          pages: [
            {
              name: 'p1',
              elements: [
                { type: 'rating', name: 'q1', neighbourly: { objectives: ['no-such-objective'] } },
                { type: 'text', name: 'q1' },
              ],
            },
          ],
        },
        null,
        2,
      ),
    );
    const alone = await runInProcess(['validate', survey]);
    expect(alone.code).toBe(1);
    expect(alone.stdout).toContain('(survey): 2 errors');
    expect(alone.stdout).toMatch(new RegExp(`${survey}:\\d+:\\d+ q1: two questions are named "q1"`));
    expect(alone.stdout).toMatch(/q1\.neighbourly\.objectives: .*no-such-objective/);
    const line = Number(/survey\.json:(\d+):\d+ q1\.neighbourly/.exec(alone.stdout)?.[1]);
    expect(line).toBeGreaterThan(5);

    const projectDir = join(dir, 'with-survey');
    expect((await runInProcess(['init', projectDir])).code).toBe(0);
    const projectFile = join(projectDir, 'project.json');
    const project = JSON.parse(await readFile(projectFile, 'utf8'));
    await writeFile(projectFile, JSON.stringify({ ...project, surveys: ['../survey.json'] }, null, 2));
    const listed = await runInProcess(['validate', projectFile]);
    expect(listed.code).toBe(1);
    expect(listed.stdout).toContain(`${join(projectDir, '..', 'survey.json')}:`);
  });

  it('exits 3 when a file cannot be read', async () => {
    const run = await runNeighbourly(['validate', join(dir, 'missing.json')]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('missing.json: no such file or directory');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
