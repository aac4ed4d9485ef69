// Child process of crash.test.ts: saves responses one after another to a SQLite file and prints the id of each
// one as soon as the store acknowledged it, until it is killed.
import { openSqliteStore } from '../src/index.js';

const [filename, waveId] = process.argv.slice(2);
if (filename === undefined || waveId === undefined) throw new Error('usage: crash-writer <file> <waveId>');
const store = await openSqliteStore({ filename });
process.stdout.write('ready\n');
for (let i = 0; ; i += 1) {
  const { response } = await store.responses.save({
    waveId,
    status: 'complete',
    answers: { i, wellbeing: (i % 5) + 1, comment: 'x'.repeat(200) },
    idempotencyKey: `crash-${i}`,
  });
  // Pipes are synchronous on Linux: once this returns the parent can read the line.
  process.stdout.write(`${response.id}\n`);
}
