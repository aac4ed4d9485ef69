import { compact, isMissing, type Sample } from './sample.js';
import { selectInPlace } from './select.js';

/** numpy's linear interpolation between two neighbours (its `_lerp`, which is exact at t = 1). */
function lerp(a: number, b: number, t: number): number {
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/** Below this many values quantiles are found by selection in a copy; above it, through a sample. */
const SAMPLING_THRESHOLD = 100_000;
const MAX_SAMPLE = 65_536;

/**
 * Quantiles by linear interpolation between order statistics (R type 7, numpy's default `linear`), for
 * probabilities in ascending order, of the non-missing values of `values` (`n` of them, n >= 1). Does not
 * modify `values`. Large inputs are handled through a sample without copying them; small ones (and the rare
 * large input the sample misleads) are copied and selected in.
 */
export function quantiles(values: Sample, n: number, probabilities: readonly number[]): number[] {
  const positions = probabilities.map((p) => (n - 1) * p);
  const ranks: number[] = [];
  for (const h of positions) {
    const lo = Math.floor(h);
    ranks.push(lo, Math.min(lo + 1, n - 1));
  }
  const found =
    (n >= SAMPLING_THRESHOLD && sampledOrderStatistics(values, n, ranks)) ||
    orderStatistics(compact(values), n, ranks);
  return positions.map((h) => {
    const lo = Math.floor(h);
    const lower = found.get(lo)!;
    return lo + 1 < n ? lerp(lower, found.get(lo + 1)!, h - lo) : lower;
  });
}

/**
 * The order statistics of `a[0..n-1]` at `ranks`, by successive selection: each rank (ascending) is selected
 * in the part of the array the previous selections left unfixed. Reorders `a`. Expected O(n) per rank.
 */
function orderStatistics(a: Float64Array, n: number, ranks: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  let start = 0;
  for (const k of [...new Set(ranks)].sort((x, y) => x - y)) {
    selectInPlace(a, k, start, n - 1);
    out.set(k, a[k]!);
    start = k + 1;
  }
  return out;
}

/**
 * Order statistics through a sample (the Floyd–Rivest idea): a strided sample of the data, sorted, gives for
 * each wanted rank a value window that contains it with overwhelming probability; one pass counts the values
 * below each window and copies those inside, and the ranks are selected within the small windows. Returns
 * undefined (caller falls back to plain selection) in the unlikely case a rank falls outside its window.
 * Reads `values` (skipping missing ones) without modifying or copying it.
 */
function sampledOrderStatistics(
  values: Sample,
  n: number,
  ranks: readonly number[],
): Map<number, number> | undefined {
  const sample = stridedSample(values, Math.min(MAX_SAMPLE, Math.floor(n / 8))).sort();
  const s = sample.length;
  if (s < 2) return undefined;
  // ±6 standard deviations of a rank estimated from the sample
  const margin = Math.ceil(3 * Math.sqrt(s)) + 2;
  // one window per wanted rank, merged with the previous one when they overlap
  const lows: number[] = [];
  const highs: number[] = [];
  const sorted = [...new Set(ranks)].sort((x, y) => x - y);
  for (const r of sorted) {
    const centre = (r / (n - 1)) * (s - 1);
    const low = sample[Math.max(0, Math.floor(centre) - margin)]!;
    const high = sample[Math.min(s - 1, Math.ceil(centre) + margin)]!;
    const last = lows.length - 1;
    if (last >= 0 && low <= highs[last]!) highs[last] = Math.max(highs[last]!, high);
    else {
      lows.push(low);
      highs.push(high);
    }
  }
  const windows = lows.length;
  const { below, counts, buffers } = fillWindows(
    values,
    lows,
    highs,
    Math.ceil(((2 * margin + 2) / s) * n * 1.5) + 64,
  );
  // the values of window w hold the global ranks below[w] .. below[w] + counts[w] - 1
  const out = new Map<number, number>();
  for (let w = 0; w < windows; w++) {
    const local = sorted.filter((r) => r >= below[w]! && r < below[w]! + counts[w]!);
    const found = orderStatistics(
      buffers[w]!,
      counts[w]!,
      local.map((r) => r - below[w]!),
    );
    for (const r of local) out.set(r, found.get(r - below[w]!)!);
  }
  return sorted.every((r) => out.has(r)) ? out : undefined;
}

/** Up to `wanted` non-missing values at evenly spaced positions of `values`. */
function stridedSample(values: Sample, wanted: number): Float64Array {
  const step = values.length / wanted;
  const picked = new Float64Array(wanted);
  let s = 0;
  for (let i = 0; i < wanted; i++) {
    const x = values[Math.floor(i * step)];
    if (!isMissing(x)) picked[s++] = x;
  }
  return picked.subarray(0, s);
}

/**
 * One pass over `values`: for each window [lows[w], highs[w]] (ascending, disjoint) counts the values below it
 * and copies the values inside it. Kept apart so V8 optimises this hot loop once.
 */
function fillWindows(
  values: Sample,
  lows: readonly number[],
  highs: readonly number[],
  capacity: number,
): { below: Float64Array; counts: Int32Array; buffers: Float64Array[] } {
  const windows = lows.length;
  const below = new Float64Array(windows);
  const counts = new Int32Array(windows);
  const buffers = lows.map(() => new Float64Array(capacity));
  const length = values.length;
  for (let i = 0; i < length; i++) {
    const x = values[i];
    if (isMissing(x)) continue;
    for (let w = 0; w < windows; w++) {
      if (x < lows[w]!) {
        for (let v = w; v < windows; v++) below[v]!++;
        break;
      }
      if (x <= highs[w]!) {
        let buffer = buffers[w]!;
        if (counts[w] === buffer.length) {
          const grown = new Float64Array(buffer.length * 2);
          grown.set(buffer);
          buffers[w] = buffer = grown;
        }
        buffer[counts[w]!++] = x;
        for (let v = w + 1; v < windows; v++) below[v]!++;
        break;
      }
    }
  }
  return { below, counts, buffers };
}
