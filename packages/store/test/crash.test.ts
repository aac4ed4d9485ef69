import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { openSqliteStore } from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'neighbourly-crash-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

it.each([
  { concurrency: 1, what: 'one save at a time' },
  { concurrency: 8, what: '8 saves in flight, group-committed' },
])(
  'keeps every acknowledged write when the writer is killed with SIGKILL ($what)',
  { timeout: 60_000 },
  async ({ concurrency }) => {
    const filename = join(folder, `crash-${concurrency}.db`);
    const setup = await openSqliteStore({ filename });
    const project = await setup.projects.create({
      slug: 'crash',
      name: 'Crash',
      languages: ['en'],
      frameworkId: 'x',
    });
    const survey = await setup.surveys.create({
      projectId: project.id,
      name: 'S',
      definition: { pages: [] },
    });
    const wave = await setup.waves.create({
      projectId: project.id,
      surveyId: survey.id,
      label: 'W',
      access: 'open',
    });
    await setup.close();

    const acknowledged: string[] = [];
    const child = spawn(
      process.execPath,
      [
        '--conditions=@neighbourly/source',
        '--import',
        'tsx',
        join(here, 'crash-writer.ts'),
        filename,
        wave.id,
        String(concurrency),
      ],
      { cwd: join(here, '..'), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const killAfter = 150 + Math.floor(Math.random() * 100);
    const exit = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line !== 'ready') acknowledged.push(line);
      if (acknowledged.length >= killAfter && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    const signal = await exit;
    expect(signal, stderr).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(killAfter);

    const raw = new Database(filename);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(raw.pragma('foreign_key_check')).toEqual([]);
    raw.close();

    const reopened = await openSqliteStore({ filename });
    const stored = new Set<string>();
    for await (const response of reopened.streamResponses({ projectId: project.id })) stored.add(response.id);
    const missing = acknowledged.filter((id) => !stored.has(id));
    expect(missing).toEqual([]);
    // At most the writes in flight at the kill may be committed without having been acknowledged.
    expect(stored.size - acknowledged.length).toBeLessThanOrEqual(concurrency);
    await reopened.close();
  },
);
