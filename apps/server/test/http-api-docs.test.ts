import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { apiRoutes } from '../src/internal/api-routes.js';

it('docs/http-api.md lists every route with its roles', () => {
  const docs = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'http-api.md'), 'utf8');
  // Table rows as trimmed cells, so column padding (the formatter aligns tables) does not matter.
  const rows = docs
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  for (const route of apiRoutes) {
    const who =
      route.access === 'public'
        ? route.rateLimited
          ? 'anyone (rate-limited)'
          : 'anyone'
        : route.access.join(', ');
    const row = rows.find(
      (cells) => cells[0] === route.method.toUpperCase() && cells[1] === `\`${route.path}\``,
    );
    expect(row, `${route.method} ${route.path}`).toBeDefined();
    expect(row?.[2]).toBe(who);
  }
});
