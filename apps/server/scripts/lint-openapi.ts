/**
 * Writes the server's OpenAPI document to `test-output/openapi.json` and lints it with Redocly CLI's
 * recommended rules (`redocly.yaml`), offline. `npm run lint:openapi` prints Redocly's report; the test
 * `test/openapi-lint.test.ts` runs the same lint and fails on any error or warning.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { apiRoutes } from '../src/internal/api-routes.js';
import { buildOpenApiDocument } from '../src/internal/openapi.js';
import { pageRoutes } from '../src/internal/page-routes.js';
import { serverVersion } from '../src/server-version.js';

const packageRoot = join(import.meta.dirname, '..');
/** Where the document is written, relative to the package (the lint-ignore file names it so). */
export const documentPath = 'test-output/openapi.json';

/** Writes the document as the server builds it, and returns its path. */
export function writeOpenApiDocument(): string {
  const file = join(packageRoot, documentPath);
  mkdirSync(dirname(file), { recursive: true });
  const document = buildOpenApiDocument({ routes: apiRoutes, pages: pageRoutes, version: serverVersion });
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  return file;
}

/** Runs `redocly lint` on the written document: its exit status and output. */
export function lintOpenApiDocument(format: 'stylish' | 'json' = 'stylish') {
  const cli = createRequire(join(packageRoot, 'package.json')).resolve('@redocly/cli/bin/cli.js');
  const result = spawnSync(process.execPath, [cli, 'lint', documentPath, `--format=${format}`], {
    cwd: packageRoot,
    encoding: 'utf8',
    // Redocly sends usage data and checks for updates unless told not to: the lint itself needs no network.
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeOpenApiDocument();
  const { status, stdout, stderr } = lintOpenApiDocument();
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = status ?? 1;
}
