// Child process of crash.test.ts: saves responses to a SQLite file, `concurrency` at a time (default 1: one
// after another; more: the store group-commits those in flight together), and prints the id of each one as
// soon as the store acknowledged it, until it is killed.
import { openSqliteStore } from '../src/index.js';

const [filename, waveId, concurrencyArgument] = process.argv.slice(2);
if (filename === undefined || waveId === undefined) {
  throw new Error('usage: crash-writer <file> <waveId> [concurrency]');
}
const concurrency = Number(concurrencyArgument ?? 1);
const store = await openSqliteStore({ filename });
process.stdout.write('ready\n');
let next = 0;
async function writer() {
  for (;;) {
    const i = next;
    next += 1;
    const { response } = await store.responses.save({
      waveId: waveId as string,
      status: 'complete',
      answers: { i, wellbeing: (i % 5) + 1, comment: 'x'.repeat(200) },
      idempotencyKey: `crash-${i}`,
    });
    // Pipes are synchronous on Linux: once this returns the parent can read the line.
    process.stdout.write(`${response.id}\n`);
  }
}
await Promise.all(Array.from({ length: concurrency }, writer));
