import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './run-in-process.js';

const bin = fileURLToPath(new URL('../src/bin.ts', import.meta.url));
const tsx = import.meta.resolve('tsx');

describe('serve', () => {
  it('starts the server on the given store, answers /health, and stops cleanly on SIGTERM', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'neighbourly-cli-serve-'));
    const env: NodeJS.ProcessEnv = { ...process.env, NEIGHBOURLY_LOG_LEVEL: 'silent' };
    delete env.PORT;
    const child = spawn(
      process.execPath,
      [
        '--conditions=@neighbourly/source',
        '--import',
        tsx,
        bin,
        'serve',
        '--port',
        '0',
        '--host',
        '127.0.0.1',
        '--store',
        `sqlite:${join(dir, 'store.db')}`,
        '--no-demo',
      ],
      { env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolvePromise) => child.on('close', resolvePromise));
    const url = await new Promise<string>((resolvePromise, reject) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        const match = /http:\/\/[\w.:[\]-]+:\d+/.exec(stdout);
        if (match) resolvePromise(match[0]);
      });
      child.on('close', (code) =>
        reject(new Error(`serve exited with ${code} before listening:\n${stdout}\n${stderr}`)),
      );
    });
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toContain('Received SIGTERM');
  });

  it('rejects an invalid port as a usage error', async () => {
    const run = await runInProcess(['serve', '--port', '99999']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('expected a port number');
  });
});
