import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { openStore, parseStoreUrl, type Store } from '@neighbourly/store';
import pino, { type Logger } from 'pino';
import { mailEnabled, type ServerConfig } from './config.js';
import { createApp } from './create-app.js';
import { ensureAdminKey } from './ensure-admin-key.js';
import { redactPaths } from './internal/log-redaction.js';
import { type MailWorker, startMailWorker } from './internal/mail/mail-worker.js';
import { type DemoProjectData, type SeedSummary, seedDemoProject } from './seed-demo-project.js';

/** Options of {@link startServer}. */
export interface StartServerOptions {
  /** Builds the demo project to seed an empty store with (default: `createDemoProject` of @neighbourly/demo). */
  loadDemo?: () => Promise<DemoProjectData | undefined>;
  /** Where the start banner goes (default: stdout). */
  print?: (text: string) => void;
  logger?: Logger;
}

/** A running server. */
export interface RunningServer {
  server: Server;
  store: Store;
  /** The address it listens on, e.g. `http://localhost:3000`. */
  url: string;
  /** The admin key generated at this start, if any (shown once). */
  generatedAdminKey: string | undefined;
  /** The demo project seeded at this start, if any. */
  seeded: SeedSummary | undefined;
  /** The e-mail sender, when `NEIGHBOURLY_SMTP_URL` is set. */
  mail: MailWorker | undefined;
  /** Stops accepting connections, lets in-flight requests finish (up to the shutdown timeout), closes the store. */
  close(): Promise<void>;
}

async function loadDefaultDemo(): Promise<DemoProjectData | undefined> {
  try {
    const demoPackage = '@neighbourly/demo';
    const module = (await import(/* @vite-ignore */ demoPackage)) as {
      createDemoProject?: (options?: object) => DemoProjectData;
    };
    return module.createDemoProject?.();
  } catch {
    return undefined;
  }
}

/**
 * Starts the server as `npm start` does: opens the store, makes sure an admin key exists, seeds the demo
 * project into an empty store, listens, and prints where to go.
 */
export async function startServer(
  config: ServerConfig,
  options: StartServerOptions = {},
): Promise<RunningServer> {
  const logger =
    options.logger ??
    pino({ level: config.NEIGHBOURLY_LOG_LEVEL, redact: { paths: redactPaths, censor: '[redacted]' } });
  const print = options.print ?? ((text: string) => process.stdout.write(`${text}\n`));
  const location = parseStoreUrl(config.NEIGHBOURLY_STORE);
  if (location.kind === 'sqlite' && location.filename !== ':memory:') {
    mkdirSync(dirname(location.filename), { recursive: true });
  }
  const store = await openStore(config.NEIGHBOURLY_STORE);
  let seeded: SeedSummary | undefined;
  let admin: Awaited<ReturnType<typeof ensureAdminKey>>;
  try {
    admin = await ensureAdminKey(store, config.NEIGHBOURLY_ADMIN_TOKEN);
    if (config.NEIGHBOURLY_SEED_DEMO && (await store.projects.list({ limit: 1 })).length === 0) {
      const demo = await (options.loadDemo ?? loadDefaultDemo)();
      if (demo === undefined) logger.warn('the demo project is not available: nothing seeded');
      else seeded = await seedDemoProject(store, demo);
    }
  } catch (error) {
    await store.close();
    throw error;
  }

  const app = createApp({ store, config, logger });
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(config.PORT, config.HOST, (error?: Error) =>
      error ? reject(error) : resolve(listening),
    );
  });
  const mail = mailEnabled(config) ? startMailWorker({ store, config, logger }) : undefined;
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  const base = config.NEIGHBOURLY_PUBLIC_URL ?? url;

  const lines = [
    `Neighbourly is running at ${url}`,
    `  Web app:    ${base}/app/`,
    `  API docs:   ${base}/api/openapi.json`,
    `  E-mail:     ${mail === undefined ? 'off (set NEIGHBOURLY_SMTP_URL to send invitations by e-mail)' : 'on'}`,
  ];
  if (seeded !== undefined) {
    lines.push(
      `  Demo project seeded: ${seeded.waves} waves of ${seeded.questionnaires} questionnaires, ${seeded.respondents} respondents, ${seeded.responses} responses.`,
    );
  }
  if (admin.created && 'generatedKey' in admin && admin.generatedKey !== undefined) {
    lines.push(
      '',
      `  Admin API key (shown only this once, keep it safe): ${admin.generatedKey}`,
      '  Sign in to the web app with it. To choose your own, set NEIGHBOURLY_ADMIN_TOKEN.',
    );
  }
  print(lines.join('\n'));

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), config.NEIGHBOURLY_SHUTDOWN_TIMEOUT_MS);
      timer.unref();
      await closed;
      clearTimeout(timer);
      await mail?.stop();
      await store.close();
    })();
    return closing;
  };
  return {
    server,
    store,
    url,
    generatedAdminKey: admin.created && 'generatedKey' in admin ? admin.generatedKey : undefined,
    seeded,
    mail,
    close,
  };
}
