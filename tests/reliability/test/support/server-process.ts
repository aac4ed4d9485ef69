import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The server's entry point, run on its TypeScript sources (no build needed). */
export const serverMain = join(
  dirname(createRequire(import.meta.url).resolve('@neighbourly/server/package.json')),
  'src/main.ts',
);

/** A server running as a child process, as `npm start` runs it. */
export interface ServerProcess {
  child: ChildProcess;
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts the server on a store URL, on a free loopback port, and waits until it listens. */
export async function startServerProcess(options: {
  store: string;
  adminToken: string;
  env?: Record<string, string>;
  /** More Node options, e.g. `['--import', monitorFile]`. */
  nodeArgs?: string[];
  timeoutMs?: number;
}): Promise<ServerProcess> {
  const args = [
    '--conditions=@neighbourly/source',
    '--import',
    'tsx',
    ...(options.nodeArgs ?? []),
    serverMain,
  ];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      NEIGHBOURLY_STORE: options.store,
      NEIGHBOURLY_ADMIN_TOKEN: options.adminToken,
      NEIGHBOURLY_SEED_DEMO: 'false',
      NEIGHBOURLY_RATE_LIMIT: '100000',
      NEIGHBOURLY_LOG_LEVEL: 'info',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start in time:\n${text}`));
    }, options.timeoutMs ?? 30_000);
    const poll = setInterval(() => {
      const match = /running at http:\/\/localhost:(\d+)/.exec(text);
      if (match) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}`);
      }
    }, 20);
    void exited.then(() => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`the server exited at start:\n${text}`));
    });
  });
  return {
    child,
    url,
    output: () => text,
    exited,
    async kill(signal = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
