import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createApp, defineConfig } from '@neighbourly/server';
import { openStore } from '@neighbourly/store';
import openapiTS, { astToString } from 'openapi-typescript';

/** Where the generated types live; the app imports them through `src/api/client.ts` only. */
export const schemaFile = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url));

const header = `// Generated from the server's OpenAPI document by \`npm run generate:api -w @neighbourly/web\`.
// Do not edit: change the server's routes and regenerate. A test fails when this file is stale.

`;

/** The server's OpenAPI document, as a real server (on an empty in-memory store) answers it. */
export async function fetchOpenApiDocument(): Promise<Record<string, unknown>> {
  const store = await openStore('sqlite::memory:');
  const app = createApp({ store, config: defineConfig({ NEIGHBOURLY_LOG_LEVEL: 'silent' }) });
  const server = app.listen(0, '127.0.0.1');
  try {
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/api/openapi.json`);
    return (await response.json()) as Record<string, unknown>;
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await store.close();
  }
}

/** The TypeScript types of the API (openapi-typescript), as `src/api/schema.d.ts` should hold them. */
export async function generateApiSchema(): Promise<string> {
  const document = await fetchOpenApiDocument();
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0]);
  return header + astToString(ast);
}
