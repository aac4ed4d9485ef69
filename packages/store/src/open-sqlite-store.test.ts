import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { runStoreContract } from './contract.js';
import { openSqliteStore } from './open-sqlite-store.js';

const folder = mkdtempSync(join(tmpdir(), 'neighbourly-store-'));
let files = 0;
afterAll(() => rmSync(folder, { recursive: true, force: true }));

runStoreContract('sqlite :memory:', () => openSqliteStore({ filename: ':memory:' }));
runStoreContract('sqlite file', () => {
  files += 1;
  return openSqliteStore({ filename: join(folder, `contract-${files}`, 'neighbourly.db') });
});
