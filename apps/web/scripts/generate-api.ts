// Regenerates src/api/schema.d.ts from the server's OpenAPI document: `npm run generate:api -w @neighbourly/web`.
import { writeFile } from 'node:fs/promises';
import { generateApiSchema, schemaFile } from './api-schema.js';

await writeFile(schemaFile, await generateApiSchema());
console.log(`Wrote ${schemaFile}`);
