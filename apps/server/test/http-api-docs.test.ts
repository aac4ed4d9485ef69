import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { apiRoutes } from '../src/internal/api-routes.js';

it('docs/http-api.md lists every route with its roles', () => {
  const docs = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'http-api.md'), 'utf8');
  for (const route of apiRoutes) {
    const who = route.access === 'public' ? 'anyone' : route.access.join(', ');
    expect(docs, `${route.method} ${route.path}`).toContain(
      `| ${route.method.toUpperCase()} | \`${route.path}\` | ${who}`,
    );
  }
});
