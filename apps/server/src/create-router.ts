import type { Store } from '@neighbourly/store';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import pino, { type Logger } from 'pino';
import { defineConfig, type ServerConfig } from './config.js';
import { HttpProblem } from './http-problem.js';
import { apiRoutes } from './internal/api-routes.js';
import { exceedsJsonDepth, maxJsonDepth } from './internal/json-depth.js';
import { LockedVersionCache } from './internal/locked-versions.js';
import { serializeRequest } from './internal/log-redaction.js';
import { pageRoutes } from './internal/page-routes.js';
import type { Services } from './internal/route.js';
import { sendProblem } from './internal/send-problem.js';
import { SignInLimiter } from './internal/sign-in-limiter.js';
import { assetsDir } from './internal/static-paths.js';
import { toHttpProblem } from './internal/to-http-problem.js';
import { findWebAppDir, webAppRouter } from './internal/web-app.js';

/** What {@link createRouter} and `createApp` need. */
export interface RouterOptions {
  /** An open store (see `openStore` of @neighbourly/store); the caller closes it. */
  store: Store;
  /** The configuration (default: {@link defineConfig}'s defaults). */
  config?: ServerConfig;
  /** A pino logger (default: one at the configured level). */
  logger?: Logger;
}

export { serverVersion } from './server-version.js';

/**
 * The whole Neighbourly service as an Express router — REST API, respondent pages, the coordinator's web app, OpenAPI — to
 * mount inside another Express app. Pages use relative links and API calls, so any mount path works. It
 * parses JSON bodies itself and answers errors as problem+json; add helmet and request logging around it (as
 * `createApp` does).
 *
 * @example
 * const app = express();
 * app.use('/evaluation', createRouter({ store: await openStore('sqlite:./data/neighbourly.db') }));
 */
export function createRouter(options: RouterOptions): Router {
  const config = options.config ?? defineConfig();
  const logger = options.logger ?? pino({ level: config.NEIGHBOURLY_LOG_LEVEL });
  const services: Services = {
    store: options.store,
    config,
    logger,
    versions: new LockedVersionCache(options.store),
    signIns: new SignInLimiter(),
  };
  const router = express.Router();
  // gzip or brotli for pages, API answers and scripts, as the browser accepts (hashed assets come compressed).
  router.use(compression());

  router.use(
    express.json({ limit: config.NEIGHBOURLY_BODY_LIMIT, type: ['application/json', 'application/*+json'] }),
  );
  router.use((req, _res, next) => {
    if (exceedsJsonDepth(req.body)) {
      next(
        new HttpProblem(400, 'bad-request', `The request body is nested deeper than ${maxJsonDepth} levels.`),
      );
      return;
    }
    next();
  });
  router.use('/api', (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });

  const limiter = rateLimit({
    windowMs: 60_000,
    limit: config.NEIGHBOURLY_RATE_LIMIT,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler(req, res) {
      const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const seconds = resetTime ? Math.max(1, Math.ceil((resetTime.getTime() - Date.now()) / 1000)) : 60;
      sendProblem(
        res,
        new HttpProblem(429, 'too-many-requests', 'Too many requests from this address; try again shortly.', {
          headers: { 'Retry-After': String(seconds) },
        }),
      );
    },
  });

  // Respondents' routes first: they carry most of the traffic, and no two routes match the same request, so
  // the order changes nothing but how many routes a submission is matched against.
  const respondentsFirst = [
    ...apiRoutes.filter((route) => route.rateLimited),
    ...apiRoutes.filter((route) => !route.rateLimited),
  ];
  for (const route of respondentsFirst) {
    const handlers = route.rateLimited ? [limiter] : [];
    router[route.method](route.path, ...handlers, (req: Request, res: Response) =>
      route.handle(req, res, services),
    );
  }

  for (const page of pageRoutes) {
    router.get(page.path, ...(page.rateLimited ? [limiter] : []), (req, res, next) =>
      page.handler(req, res, next, services),
    );
  }
  // The coordinator's web app (apps/web) at /app/; `/` and the old `/dashboard` address lead there.
  router.use('/app', webAppRouter(findWebAppDir()));
  router.use('/assets', express.static(assetsDir, { index: false, maxAge: '1h' }));

  router.use('/api', () => {
    throw new HttpProblem(404, 'not-found', 'No such API endpoint.');
  });
  router.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const problem = toHttpProblem(error);
    if (problem.status >= 500) logger.error({ err: error, req: serializeRequest(req) }, 'request failed');
    sendProblem(res, problem);
  });
  return router;
}
