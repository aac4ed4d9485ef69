import { loadConfig } from './config.js';
import { startServer } from './start-server.js';

const config = loadConfig(process.env);
if (!config.ok) {
  console.error(`Neighbourly cannot start: the configuration is not valid.\n  ${config.errors.join('\n  ')}`);
  process.exit(1);
}

try {
  const running = await startServer(config.value);
  const stop = (signal: string) => {
    process.stdout.write(`Received ${signal}: finishing requests, then closing the store.\n`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
} catch (error) {
  console.error(`Neighbourly cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
