import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import express, { type Request, type Response, type Router } from 'express';
import { assetsDir } from './static-paths.js';

/**
 * The folder of the coordinator's web app (`@neighbourly/web`, built by Vite into its `dist/`), or undefined
 * when it is not installed or not built (then `webAppRouter` answers how to build it).
 */
export function findWebAppDir(): string | undefined {
  try {
    const require = createRequire(join(assetsDir, '..', 'package.json'));
    const dir = join(dirname(require.resolve('@neighbourly/web/package.json')), 'dist');
    return existsSync(join(dir, 'index.html')) ? dir : undefined;
  } catch {
    return undefined;
  }
}

const notBuilt = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Neighbourly</title>
<p>The web app is not built. Run <code>npm start</code> from the repository root, or
<code>npm run build -w @neighbourly/web</code>.</p></html>`;

/**
 * Serves the web app under its mount path: hashed files from `assets/` cached for a year, every other path
 * the app's `index.html` (the app routes in the browser), with a `<base href>` of the mount path so the app
 * finds its files and the API wherever the router is mounted.
 */
export function webAppRouter(dir: string | undefined): Router {
  const router = express.Router();
  if (dir === undefined) {
    router.use((_req, res) => {
      res.status(503).type('html').setHeader('Cache-Control', 'no-store').send(notBuilt);
    });
    return router;
  }
  const index = readFileSync(join(dir, 'index.html'), 'utf8');
  router.use(
    '/assets',
    express.static(join(dir, 'assets'), {
      index: false,
      immutable: true,
      maxAge: '365d',
      fallthrough: false,
    }),
  );
  router.use(express.static(dir, { index: false, maxAge: '1h' }));
  router.get('/{*path}', (req: Request, res: Response) => {
    const base = `${req.baseUrl}/`;
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(index.replace('<base href="/" />', `<base href="${base}" />`));
  });
  return router;
}
