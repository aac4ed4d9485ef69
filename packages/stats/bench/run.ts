/**
 * Benchmark of @neighbourly/stats against numpy/scipy doing the same work on the same data in the same run.
 *
 *   npm run bench -w @neighbourly/stats
 *
 * Generates seeded data, writes it as raw float64 files to a temporary folder, times the TypeScript side
 * (best of several runs), then runs bench/compare.py on the same files and prints the time
 * ratios (ours / numpy-scipy; below 1 means faster) and how far the results agree.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cronbachAlpha, describe, hierarchicalClustering } from '@neighbourly/stats';

const DESCRIBE_N = 10_000_000;
const ALPHA_ROWS = 1_000_000;
const ALPHA_ITEMS = 10;
const WARD_ROWS = 5_000;
const WARD_COLUMNS = 8;

/** mulberry32: a small seeded PRNG, so both sides see the same data every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(next: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}

function makeDescribeData(): Float64Array {
  const u = random(1);
  const z = normal(random(2));
  const out = new Float64Array(DESCRIBE_N);
  for (let i = 0; i < out.length; i++) out[i] = u() < 0.01 ? Number.NaN : 50 + 12 * z();
  return out;
}

function makeScaleData(): Float64Array {
  const u = random(3);
  const z = normal(random(4));
  const out = new Float64Array(ALPHA_ROWS * ALPHA_ITEMS);
  for (let r = 0; r < ALPHA_ROWS; r++) {
    const trait = z();
    for (let j = 0; j < ALPHA_ITEMS; j++) {
      const item = Math.min(5, Math.max(1, Math.round(3 + trait + z())));
      out[r * ALPHA_ITEMS + j] = u() < 0.005 ? Number.NaN : item;
    }
  }
  return out;
}

function makeClusterData(): Float64Array {
  const z = normal(random(5));
  const out = new Float64Array(WARD_ROWS * WARD_COLUMNS);
  for (let r = 0; r < WARD_ROWS; r++) {
    const centre = r % 6;
    for (let c = 0; c < WARD_COLUMNS; c++) out[r * WARD_COLUMNS + c] = ((centre * (c + 1)) % 5) + z();
  }
  return out;
}

/** Best time of `runs` calls (the minimum is the figure least disturbed by other load on the machine). */
function time<T>(runs: number, f: () => T, { warmUp = true } = {}): { ms: number; result: T } {
  let result = warmUp ? f() : undefined; // warm-up (JIT)
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = f();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, result: result as T };
}

function relativeError(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(b), Number.MIN_VALUE);
}

const dir = mkdtempSync(join(tmpdir(), 'neighbourly-stats-bench-'));
try {
  const describeData = makeDescribeData();
  const scaleData = makeScaleData();
  const clusterData = makeClusterData();
  writeFileSync(join(dir, 'describe.f64'), describeData);
  writeFileSync(join(dir, 'scale.f64'), scaleData);
  writeFileSync(join(dir, 'cluster.f64'), clusterData);

  console.log(`node ${process.version}; data in ${dir}`);
  const d = time(5, () => describe(describeData));
  console.log(`describe(${DESCRIBE_N.toLocaleString('en')} values): ${d.ms.toFixed(0)} ms`);
  const a = time(5, () => cronbachAlpha({ data: scaleData, columns: ALPHA_ITEMS }));
  console.log(`cronbachAlpha(${ALPHA_ROWS.toLocaleString('en')} x ${ALPHA_ITEMS}): ${a.ms.toFixed(0)} ms`);
  const w = time(
    2,
    () => hierarchicalClustering({ data: clusterData, columns: WARD_COLUMNS }, { method: 'ward' }),
    {
      warmUp: false,
    },
  );
  const condensedMb = (((WARD_ROWS * (WARD_ROWS - 1)) / 2) * 8) / 1e6;
  console.log(
    `hierarchicalClustering ward (${WARD_ROWS} x ${WARD_COLUMNS}): ${w.ms.toFixed(0)} ms; ` +
      `working memory: one condensed distance matrix of ${condensedMb.toFixed(0)} MB`,
  );

  // The numpy/scipy side, without the OpenBLAS overrides this machine may set (for that one command only).
  const env = { ...process.env };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  const here = dirname(fileURLToPath(import.meta.url));
  const py = spawnSync('python3', [join(here, 'compare.py'), dir], { env, encoding: 'utf8' });
  if (py.status !== 0) {
    console.error(py.stderr);
    throw new Error('bench/compare.py failed');
  }
  const ref = JSON.parse(py.stdout) as {
    versions: string;
    describe: { ms: number; mean: number; sd: number; median: number; q1: number; q3: number };
    alpha: { ms: number; alpha: number; n: number; deleted: number[] };
    ward: { ms: number };
  };
  const linkage = new Float64Array(readFileSync(join(dir, 'ward-linkage.f64')).buffer.slice(0));

  let sameRows = 0;
  let worstDistance = 0;
  w.result.merges.forEach(([i, j, distance, size], r) => {
    if (linkage[r * 4] === i && linkage[r * 4 + 1] === j && linkage[r * 4 + 3] === size) sameRows++;
    worstDistance = Math.max(worstDistance, relativeError(distance, linkage[r * 4 + 2]!));
  });
  const describeError = Math.max(
    ...(['mean', 'sd', 'median', 'q1', 'q3'] as const).map((k) =>
      relativeError(d.result[k], ref.describe[k]),
    ),
  );
  const alphaError = Math.max(
    relativeError(a.result.alpha, ref.alpha.alpha),
    ...a.result.alphaIfItemDeleted.map((v, j) => relativeError(v, ref.alpha.deleted[j]!)),
  );

  console.log(`\nnumpy/scipy: ${ref.versions}\n`);
  const rows = [
    [
      'describe, 10M values (1% missing)',
      d.ms,
      ref.describe.ms,
      `max rel. error ${describeError.toExponential(1)}`,
    ],
    [
      'cronbachAlpha, 1M x 10 (+ alpha if item deleted)',
      a.ms,
      ref.alpha.ms,
      `max rel. error ${alphaError.toExponential(1)}, n ${a.result.n} vs ${ref.alpha.n}`,
    ],
    [
      'Ward linkage, 5000 x 8',
      w.ms,
      ref.ward.ms,
      `${sameRows}/${WARD_ROWS - 1} merges identical, max rel. distance error ${worstDistance.toExponential(1)}`,
    ],
  ] as const;
  console.log('| task | @neighbourly/stats | numpy/scipy | ratio (ours / theirs) | agreement |');
  console.log('| --- | ---: | ---: | ---: | --- |');
  for (const [task, ours, theirs, agreement] of rows) {
    console.log(
      `| ${task} | ${ours.toFixed(0)} ms | ${theirs.toFixed(0)} ms | ${(ours / theirs).toFixed(2)} | ${agreement} |`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
