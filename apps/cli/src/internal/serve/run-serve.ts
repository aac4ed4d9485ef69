import { CliError } from '../../cli-error.js';
import type { CliContext } from '../context.js';

/** Options of `neighbourly serve`. */
export interface ServeOptions {
  port?: number;
  host?: string;
  store?: string;
  /** `false` with `--no-demo`. */
  demo: boolean;
}

/**
 * Runs `neighbourly serve`: the survey server of `@neighbourly/server` with its environment configuration,
 * command-line options taking precedence. Resolves when SIGINT or SIGTERM has closed it gracefully.
 */
export async function runServe(context: CliContext, options: ServeOptions): Promise<void> {
  const { loadConfig, startServer } = await import('@neighbourly/server');
  const env: Record<string, string | undefined> = { ...process.env };
  if (options.port !== undefined) env.PORT = String(options.port);
  if (options.host !== undefined) env.HOST = options.host;
  if (options.store !== undefined) env.NEIGHBOURLY_STORE = options.store;
  if (!options.demo) env.NEIGHBOURLY_SEED_DEMO = 'false';
  const config = loadConfig(env);
  if (!config.ok) {
    throw new CliError('usage', 'the server configuration is not valid', {
      problems: config.errors.map((message) => ({ message })),
    });
  }
  let running: Awaited<ReturnType<typeof startServer>>;
  try {
    running = await startServer(config.value, { print: (text) => context.stdout.write(`${text}\n`) });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError('io', `the server cannot start: ${reason}`, { cause: error });
  }
  await new Promise<void>((resolvePromise, reject) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      context.info(`Received ${signal}: finishing requests, then closing the store.`);
      running
        .close()
        .then(resolvePromise, (error: unknown) =>
          reject(new CliError('io', 'the server did not close cleanly', { cause: error })),
        );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
