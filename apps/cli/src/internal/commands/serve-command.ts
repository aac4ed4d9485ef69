import { type Command, InvalidArgumentError } from 'commander';
import type { CliContext } from '../context.js';
import { examples } from '../options.js';
import type { ServeOptions } from '../serve/run-serve.js';

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) {
    throw new InvalidArgumentError('expected a port number from 0 to 65535');
  }
  return port;
}

/** `neighbourly serve`. */
export function registerServeCommand(program: Command, context: CliContext): void {
  program
    .command('serve')
    .description('start the survey server (REST API, respondent pages, dashboard) until Ctrl-C')
    .option('--port <port>', 'port to listen on (default: $PORT or 3000; 0 picks a free port)', parsePort)
    .option('--host <host>', 'address to listen on (default: $HOST or 0.0.0.0)')
    .option(
      '-s, --store <url>',
      'store URL: sqlite:<file>, sqlite::memory: or mongodb://… (default: $NEIGHBOURLY_STORE or sqlite:./data/neighbourly.db)',
    )
    .option('--no-demo', 'do not seed the demo project into an empty store')
    .addHelpText(
      'after',
      examples(
        ['neighbourly serve', 'on http://localhost:3000 with the embedded SQLite store'],
        [
          'neighbourly serve --port 8080 --store sqlite:./data/project.db --no-demo',
          'another port and store, no demo data',
        ],
        [
          'NEIGHBOURLY_ADMIN_TOKEN=… neighbourly serve --store mongodb://db:27017/neighbourly',
          'every server setting also works as an environment variable (see docs/deployment.md)',
        ],
      ),
    )
    .action(async (options: ServeOptions) => {
      const { runServe } = await import('../serve/run-serve.js');
      await runServe(context, options);
    });
}
