import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import request from 'supertest';
import { afterAll, expect, it } from 'vitest';
import { webAppRouter } from './web-app.js';

const dir = mkdtempSync(join(tmpdir(), 'neighbourly-web-dist-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'assets'));
writeFileSync(join(dir, 'index.html'), '<html><head><base href="/" /></head><body>app</body></html>');
writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');

it('serves the app with a <base href> of its mount path, hashed files for a year, and every route the page', async () => {
  const host = express();
  host.use('/evaluation/app', webAppRouter(dir));
  const page = await request(host).get('/evaluation/app/projects/123/results').expect(200);
  expect(page.text).toContain('<base href="/evaluation/app/" />');
  expect(page.headers['cache-control']).toBe('no-store');
  expect((await request(host).get('/evaluation/app/').expect(200)).text).toContain('body>app');
  const asset = await request(host).get('/evaluation/app/assets/index-abc123.js').expect(200);
  expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  // A missing hashed file is a 404, not the page (a stale tab must not run HTML as a script).
  await request(host).get('/evaluation/app/assets/index-old.js').expect(404);
});

it('says how to build the app when it is not built', async () => {
  const host = express();
  host.use('/app', webAppRouter(undefined));
  const page = await request(host).get('/app/').expect(503);
  expect(page.text).toContain('npm run build -w @neighbourly/web');
});
