/**
 * The streamed half of the indicator engine benchmark, run as its own process so its peak RSS is the
 * engine's alone: reads the binary export in batches of columns (engine-data.ts) into
 * `computeIndicators` (with the record count as `expectedRecords`, which a store or a file knows),
 * then writes the seconds, the peak RSS and the cells to the output file.
 *
 * usage: engine-stream.ts <data.bin> <records> <out.json>
 */
import { writeFileSync } from 'node:fs';
import { computeIndicators } from '@neighbourly/core';
import { definitions, streamBatches, WAVES } from './engine-data.js';

const [file, count, out] = process.argv.slice(2) as [string, string, string];
const records = Number(count);
const started = performance.now();
const cpu = process.cpuUsage();
const results = await computeIndicators({
  definitions,
  records: streamBatches(file, records),
  // The file's size tells how many records will come: the engine reserves room for them up front.
  expectedRecords: records,
  waves: WAVES,
  groupBy: ['area', 'age_band'],
});
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
writeFileSync(
  out,
  JSON.stringify({
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    // resourceUsage().maxRSS is in kilobytes.
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    cells: results.cells,
    issues: results.issues,
  }),
);
