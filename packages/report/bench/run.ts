/**
 * Benchmark of @neighbourly/report (not a test): one report of 3 waves × 500 respondents with 20
 * indicators (warm), then a batch of projects on all cores, with peak memory.
 *
 *   npm run bench -w @neighbourly/report                      # a batch of 24 projects
 *   BENCH_PROJECTS=132 npm run bench -w @neighbourly/report   # the programme's 132 projects
 *
 * The root `npm run bench` measures the 132-project batch in bench/ (reports.ts), so this one stays small.
 */
import { availableParallelism } from 'node:os';
import { renderImpactReport, renderImpactReports } from '../src/index.js';
import { buildReportInput } from '../test/builders.js';

const projects = Number(process.env.BENCH_PROJECTS ?? 24);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
let peakRss = process.memoryUsage().rss;
const sample = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

const input = buildReportInput({ lang: 'nl', indicators: 20, respondents: 500, waves: 3 });
const cold = performance.now();
const first = await renderImpactReport(input);
const coldMs = performance.now() - cold;
const times: number[] = [];
for (let run = 0; run < runs; run += 1) {
  const started = performance.now();
  await renderImpactReport(input);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(`one report, 3 waves × 500 respondents, 20 indicators: ${first.length} bytes`);
console.log(
  `  cold ${coldMs.toFixed(0)} ms, warm median ${median.toFixed(0)} ms (min ${times[0]!.toFixed(0)} ms, ${runs} runs)`,
);

const inputs = Array.from({ length: projects }, (_, index) => {
  const entry = buildReportInput({
    lang: (['nl', 'fr', 'en'] as const)[index % 3]!,
    indicators: 20,
    respondents: 500,
    seed: index + 1,
  });
  entry.project.id = `project-${index + 1}`;
  return entry;
});
const workers = availableParallelism();
const started = performance.now();
let bytes = 0;
const results = await renderImpactReports(inputs, {
  workers,
  keepPdfs: false,
  onProgress: ({ done, total, result }) => {
    if (result.ok) bytes += result.pdf.length;
    if (done % Math.max(1, Math.round(total / 4)) === 0 || done === total) {
      process.stdout.write(
        `  ${done}/${total} after ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
      );
    }
  },
});
const batchSeconds = (performance.now() - started) / 1000;
const failed = results.filter((result) => !result.ok).length;
clearInterval(sample);
console.log(
  `batch of ${projects} reports on ${workers} worker threads: ${batchSeconds.toFixed(1)} s (${((batchSeconds * 1000) / projects).toFixed(0)} ms per report, ${failed} failed, ${mb(bytes)} of PDF)`,
);
console.log(
  `  batch vs ${projects} × warm single report: ${((batchSeconds * 1000) / (projects * median)).toFixed(2)}×`,
);
console.log(`peak RSS of the main thread process (workers included): ${mb(peakRss)}`);
