// Preloaded into the server process by the soak run (node --import): every second, one line on stderr with
// the process's RSS, heap and the event loop's delay over that second.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();
const timer = setInterval(() => {
  const memory = process.memoryUsage();
  const sample = {
    at: Date.now(),
    rss: memory.rss,
    heapUsed: memory.heapUsed,
    loopP50: histogram.percentile(50) / 1e6,
    loopP99: histogram.percentile(99) / 1e6,
    loopMax: histogram.max / 1e6,
  };
  histogram.reset();
  process.stderr.write(`SOAK-SAMPLE ${JSON.stringify(sample)}\n`);
}, 1000);
timer.unref();
