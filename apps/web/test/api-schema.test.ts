import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { generateApiSchema, schemaFile } from '../scripts/api-schema';

it('src/api/schema.d.ts is what the server’s OpenAPI document generates (run npm run generate:api if not)', async () => {
  const fresh = await generateApiSchema();
  expect(readFileSync(schemaFile, 'utf8')).toBe(fresh);
});
