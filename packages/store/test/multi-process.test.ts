import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { openSqliteStore } from '../src/index.js';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'neighbourly-multi-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

it('several processes writing one file with shared idempotency keys never duplicate', {
  timeout: 60_000,
}, async () => {
  const filename = join(folder, 'shared.db');
  const setup = await openSqliteStore({ filename });
  const project = await setup.projects.create({
    slug: 'multi',
    name: 'Multi',
    languages: ['en'],
    frameworkId: 'x',
  });
  const survey = await setup.surveys.create({ projectId: project.id, name: 'S', definition: {} });
  const wave = await setup.waves.create({
    projectId: project.id,
    surveyId: survey.id,
    label: 'W',
    access: 'open',
  });
  await setup.close();

  const writers = 3;
  const perWriter = 40;
  const keys = 15;
  const outputs = await Promise.all(
    Array.from({ length: writers }, () =>
      run(
        process.execPath,
        [
          '--conditions=@neighbourly/source',
          '--import',
          'tsx',
          join(here, 'concurrent-writer.ts'),
          filename,
          wave.id,
          String(perWriter),
          String(keys),
        ],
        { cwd: join(here, '..') },
      ),
    ),
  );
  const results = outputs.map(
    (output) =>
      JSON.parse(output.stdout) as { created: number; replayed: number; ids: Record<string, string> },
  );
  // Every key maps to one response id across all processes.
  const byKey = new Map<string, string>();
  for (const result of results) {
    for (const [key, id] of Object.entries(result.ids)) {
      expect(byKey.get(key) ?? id).toBe(id);
      byKey.set(key, id);
    }
  }
  expect(byKey.size).toBe(keys);
  expect(results.reduce((sum, r) => sum + r.created, 0)).toBe(keys);
  expect(results.reduce((sum, r) => sum + r.created + r.replayed, 0)).toBe(writers * perWriter);

  const store = await openSqliteStore({ filename });
  expect(await store.responses.count({ projectId: project.id })).toBe(keys);
  await store.close();
});
