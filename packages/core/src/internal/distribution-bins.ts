import type { DistributionBin } from '../indicator-results.js';

/** Distinct values beyond which fractional values (means of items) are rounded to whole answers. */
const ROUND_ABOVE = 7;
/** Distinct values beyond which whole values are grouped into ranges. */
const RANGES_ABOVE = 11;
/** How many equal ranges wide distributions are grouped into. */
const RANGE_COUNT = 6;

/**
 * Turns a cell's value counts into bins that are fit to publish:
 *
 * 1. readable: fractional values (a respondent's mean of several items) are rounded to the nearest whole
 *    answer when there are more than 7 of them, and more than 11 whole values (an instrument's 0-25 score)
 *    are grouped into 6 equal ranges of whole numbers, each bin carrying its `range`;
 * 2. private: bins with fewer than `minCellSize` respondents are left out, and when exactly one would be
 *    left out the next smallest goes too, so its count cannot be found by subtracting the others from `n`.
 *
 * Returns the bins in value order (possibly none).
 */
export function publishableBins(counts: ReadonlyMap<number, number>, minCellSize: number): DistributionBin[] {
  let bins: DistributionBin[] = [...counts]
    .filter(([, count]) => count > 0)
    .sort((a, b) => a[0] - b[0])
    .map(([value, count]) => ({ value, count }));
  if (bins.length > ROUND_ABOVE && bins.some((bin) => !Number.isInteger(bin.value))) {
    bins = merge(bins, (value) => Math.round(value));
  }
  if (bins.length > RANGES_ABOVE) bins = groupIntoRanges(bins);
  return suppressSmallBins(bins, minCellSize);
}

function merge(bins: readonly DistributionBin[], keyOf: (value: number) => number): DistributionBin[] {
  const merged = new Map<number, number>();
  for (const bin of bins) merged.set(keyOf(bin.value), (merged.get(keyOf(bin.value)) ?? 0) + bin.count);
  return [...merged].sort((a, b) => a[0] - b[0]).map(([value, count]) => ({ value, count }));
}

function groupIntoRanges(bins: readonly DistributionBin[]): DistributionBin[] {
  const min = Math.floor(bins[0]!.value);
  const max = Math.ceil(bins.at(-1)!.value);
  const width = Math.max(1, Math.ceil((max - min + 1) / RANGE_COUNT));
  const ranges: DistributionBin[] = [];
  for (let start = min; start <= max; start += width) {
    const end = Math.min(start + width - 1, max);
    let count = 0;
    // Whole-number ranges: a value belongs to [start, end] when it rounds into it.
    for (const bin of bins)
      if (Math.round(bin.value) >= start && Math.round(bin.value) <= end) count += bin.count;
    if (count > 0) ranges.push({ value: start, count, range: [start, end] });
  }
  return ranges;
}

function suppressSmallBins(bins: readonly DistributionBin[], minCellSize: number): DistributionBin[] {
  const kept = bins.filter((bin) => bin.count >= minCellSize);
  if (bins.length - kept.length === 1 && kept.length > 0) {
    let smallest = 0;
    kept.forEach((bin, index) => {
      if (bin.count < kept[smallest]!.count) smallest = index;
    });
    kept.splice(smallest, 1);
  }
  return kept;
}
