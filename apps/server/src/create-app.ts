import express, { type Express } from 'express';
import helmet from 'helmet';
import pino from 'pino';
import { defineConfig } from './config.js';
import { createRouter, type RouterOptions } from './create-router.js';
import { HttpProblem } from './http-problem.js';
import { redactPaths } from './internal/log-redaction.js';
import { requestLogger } from './internal/request-log.js';
import { sendProblem } from './internal/send-problem.js';
import { precomputeHeaders } from './internal/static-headers.js';

/** Options of {@link createApp}: the same as the router's. */
export type CreateAppOptions = RouterOptions;

/**
 * Creates the Neighbourly HTTP application without listening, so it can be tested with supertest or run by
 * `main`: security headers (helmet, with a Content-Security-Policy that allows only this origin), request
 * logs (pino, without answers, tokens or keys), and {@link createRouter} at the root.
 *
 * @example
 * const store = await openStore('sqlite::memory:');
 * const server = createApp({ store, config: loadConfigOrExit() }).listen(3000);
 */
export function createApp(options: CreateAppOptions): Express {
  const config = options.config ?? defineConfig();
  const logger =
    options.logger ??
    pino({ level: config.NEIGHBOURLY_LOG_LEVEL, redact: { paths: redactPaths, censor: '[redacted]' } });
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.NEIGHBOURLY_TRUST_PROXY);
  // Helmet's headers are the same for every response here (no nonces): computed once, set on each.
  app.use(
    precomputeHeaders(
      helmet({
        contentSecurityPolicy: {
          directives: {
            'default-src': ["'self'"],
            'script-src': ["'self'"],
            'style-src': ["'self'", "'unsafe-inline'"],
            'img-src': ["'self'", 'data:'],
            'font-src': ["'self'", 'data:'],
            'connect-src': ["'self'"],
            'upgrade-insecure-requests': null,
          },
        },
      }),
    ),
  );
  app.use(requestLogger(logger));
  app.use(createRouter({ ...options, config, logger }));
  app.use((_req, res) => {
    sendProblem(res, new HttpProblem(404, 'not-found', 'Nothing here.'));
  });
  return app;
}
