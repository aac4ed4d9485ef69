// Child process of multi-process.test.ts: saves `count` responses to a shared SQLite file, cycling through
// `keys` idempotency keys shared with the other writers, and prints how many were new and how many replays.
import { openSqliteStore } from '../src/index.js';

const [filename, waveId, countText, keysText] = process.argv.slice(2);
if (filename === undefined || waveId === undefined)
  throw new Error('usage: concurrent-writer <file> <waveId> <n> <k>');
const count = Number(countText);
const keys = Number(keysText);
const store = await openSqliteStore({ filename, synchronous: 'normal' });
let created = 0;
let replayed = 0;
const ids: Record<string, string> = {};
for (let i = 0; i < count; i += 1) {
  const key = `shared-${(i + process.pid) % keys}`;
  const result = await store.responses.save({
    waveId,
    status: 'complete',
    answers: { i },
    idempotencyKey: key,
  });
  if (result.replayed) replayed += 1;
  else created += 1;
  if (ids[key] !== undefined && ids[key] !== result.response.id)
    throw new Error(`key ${key} gave two responses`);
  ids[key] = result.response.id;
}
await store.close();
process.stdout.write(`${JSON.stringify({ created, replayed, ids })}\n`);
