import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defineConfig } from '../src/config.js';
import { startServer } from '../src/start-server.js';

const packageRoot = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'neighbourly-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = defineConfig({
  PORT: 0,
  HOST: '127.0.0.1',
  NEIGHBOURLY_STORE: `sqlite:${join(dir, 'data', 'neighbourly.db')}`,
  NEIGHBOURLY_LOG_LEVEL: 'silent',
});

describe('startServer', () => {
  it('seeds the demo project and prints the admin key at the first start only', async () => {
    const printed: string[] = [];
    const first = await startServer(config, { print: (text) => printed.push(text) });
    try {
      // Residents (180) and the process round's staff and volunteers (46), each with their own questionnaire.
      expect(first.seeded).toMatchObject({ waves: 3, questionnaires: 4, respondents: 226, rejected: 0 });
      expect(first.seeded!.responses).toBeGreaterThan(300);
      expect(first.generatedAdminKey).toMatch(/^nbk_/);
      expect(printed.join('\n')).toContain(`${first.url}/app/`);
      expect(printed.join('\n')).toContain(first.generatedAdminKey);

      expect(await (await fetch(`${first.url}/health`)).json()).toEqual({ status: 'ok' });
      const auth = { Authorization: `Bearer ${first.generatedAdminKey}` };
      const projects = (await (await fetch(`${first.url}/api/projects`, { headers: auth })).json()) as {
        id: string;
      }[];
      expect(projects).toHaveLength(1);
      const waves = (await (
        await fetch(`${first.url}/api/projects/${projects[0]!.id}/waves`, { headers: auth })
      ).json()) as {
        label: string;
        status: string;
        counts: { invited: number; responses: number; responseRate: number };
      }[];
      // Three rounds, each with a wave of every questionnaire; everyone invited once per round.
      expect(waves).toHaveLength(12);
      expect(waves.every((wave) => wave.status === 'closed')).toBe(true);
      const invitedPerRound = new Map<string, number>();
      for (const wave of waves) {
        invitedPerRound.set(wave.label, (invitedPerRound.get(wave.label) ?? 0) + wave.counts.invited);
        expect(wave.counts.responseRate).toBeGreaterThan(0.5);
      }
      expect([...invitedPerRound.values()]).toEqual([226, 226, 226]);
      const indicators = await fetch(`${first.url}/api/projects/${projects[0]!.id}/indicators`, {
        headers: auth,
      });
      const results = (await indicators.json()) as {
        cells: { indicatorId: string; waveId: string; suppressed: boolean; value?: number }[];
      };
      expect(
        results.cells.filter((cell) => !cell.suppressed && cell.value !== undefined).length,
      ).toBeGreaterThan(10);
      // The rounds merge the questionnaires: one result wave per round, process indicators measured in each.
      const rounds = new Set(results.cells.map((cell) => cell.waveId));
      expect(rounds.size).toBe(3);
      const cooperation = results.cells.filter(
        (cell) => cell.indicatorId === 'process-coordinated-cooperation' && !cell.suppressed,
      );
      expect(cooperation).toHaveLength(3);
    } finally {
      await first.close();
    }

    const again: string[] = [];
    const second = await startServer(config, { print: (text) => again.push(text) });
    try {
      expect(second.seeded).toBeUndefined();
      expect(second.generatedAdminKey).toBeUndefined();
      expect(again.join('\n')).not.toContain('nbk_');
      expect((await second.store.projects.list()).length).toBe(1);
    } finally {
      await second.close();
    }
    await expect(second.store.ping()).rejects.toThrow();
  }, 60_000);
});

function runMain(env: Record<string, string>) {
  const child = spawn(
    process.execPath,
    ['--conditions=@neighbourly/source', '--import', 'tsx', 'src/main.ts'],
    {
      cwd: packageRoot,
      env: { PATH: process.env.PATH ?? '', NEIGHBOURLY_LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

describe('main (the npm start entry)', () => {
  it('refuses an invalid configuration with a clear message and exit code 1', async () => {
    const run = runMain({ PORT: 'eighty', NEIGHBOURLY_STORE: 'postgres://x' });
    expect(await run.exited).toBe(1);
    const { stderr } = run.output();
    expect(stderr).toContain('configuration is not valid');
    expect(stderr).toContain('PORT');
    expect(stderr).toContain('NEIGHBOURLY_STORE');
  }, 30_000);

  it('answers /health and shuts down cleanly on SIGTERM', async () => {
    const run = runMain({
      PORT: '0',
      HOST: '127.0.0.1',
      NEIGHBOURLY_STORE: 'sqlite::memory:',
      NEIGHBOURLY_SEED_DEMO: 'false',
      NEIGHBOURLY_ADMIN_TOKEN: 'a-long-enough-admin-token-for-tests',
    });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = /running at (http:\/\/localhost:\d+)/.exec(run.output().stdout);
        if (match?.[1]) {
          clearInterval(timer);
          resolve(match[1]);
        }
      }, 50);
      run.exited.then(() => {
        clearInterval(timer);
        reject(new Error(`main exited early: ${JSON.stringify(run.output())}`));
      });
    });
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ status: 'ok' });
    const me = await fetch(`${url}/api/me`, {
      headers: { Authorization: 'Bearer a-long-enough-admin-token-for-tests' },
    });
    expect(((await me.json()) as { role: string }).role).toBe('admin');
    expect(run.output().stdout).not.toContain('a-long-enough-admin-token-for-tests');
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output().stdout).toContain('Received SIGTERM');
  }, 30_000);
});
