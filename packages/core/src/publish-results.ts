import type {
  IndicatorCell,
  IndicatorComparison,
  IndicatorResults,
  WaveComparison,
} from './indicator-results.js';

/** A stable key of a group (its entries, sorted). */
const groupId = (group: IndicatorCell['group']) => JSON.stringify(Object.entries(group).sort());

/** Why a cell is not published: too few respondents, or hidden so a small neighbour cannot be derived. */
export type SuppressionReason = 'small-cell' | 'complementary';

/** A suppressed cell as it leaves the library: where it is and why it is hidden, and no number at all. */
export interface SuppressedCell {
  indicatorId: string;
  waveId: string;
  group: IndicatorCell['group'];
  suppressed: true;
  suppression: SuppressionReason;
}

/** A cell fit to publish: a visible cell with its numbers, or a suppressed one without any. */
export type PublishedCell = (IndicatorCell & { suppressed: false }) | SuppressedCell;

/** Indicator results fit to publish (API, CLI, exports): suppressed cells carry no numbers. */
export interface PublishedIndicatorResults extends Omit<IndicatorResults, 'cells'> {
  cells: PublishedCell[];
}

/** One side of a published comparison: its numbers, or only that it is suppressed and why. */
export type PublishedComparisonSide =
  | (IndicatorComparison['from'] & { suppressed: false })
  | { waveId: string; suppressed: true; suppression: SuppressionReason };

/** A comparison fit to publish: a suppressed side has no `n`, and `linked` is left out with it. */
export interface PublishedComparison extends Omit<IndicatorComparison, 'from' | 'to' | 'linked'> {
  from: PublishedComparisonSide;
  to: PublishedComparisonSide;
  linked?: number;
}

/** A wave comparison fit to publish. */
export interface PublishedWaveComparison extends Omit<WaveComparison, 'comparisons'> {
  comparisons: PublishedComparison[];
}

/**
 * A cell as published: suppressed cells keep only where they are, `suppressed: true` and the reason. A
 * whole-wave cell nobody answered is published as it is (`n: 0`, no value): it says nothing about anyone,
 * and lets a reader tell "no answers yet" from "too few to show".
 */
export function publishCell(cell: IndicatorCell): PublishedCell {
  if (!cell.suppressed) return { ...cell, suppressed: false };
  if (cell.n === 0 && Object.keys(cell.group).length === 0) {
    const { suppression: _reason, ...empty } = cell;
    return { ...empty, suppressed: false };
  }
  return {
    indicatorId: cell.indicatorId,
    waveId: cell.waveId,
    group: cell.group,
    suppressed: true,
    suppression: cell.suppression ?? 'small-cell',
  };
}

/**
 * Strips every number from suppressed cells (`n`, `missing`, value, CI, SD, alpha, distribution): what the API,
 * the CLI and exports hand out. The engine keeps `n` internally, for complementary suppression and reports.
 *
 * @example
 * res.json(publishResults(await computeIndicators(options)));
 */
export function publishResults(results: IndicatorResults): PublishedIndicatorResults {
  return { ...results, cells: results.cells.map(publishCell) };
}

/**
 * Strips the numbers of suppressed sides from a wave comparison (their `n`, and `linked`, which would bound
 * it); the reason is taken from the results' cells.
 */
export function publishComparison(
  comparison: WaveComparison,
  results: IndicatorResults,
): PublishedWaveComparison {
  const reasons = new Map<string, SuppressionReason>();
  for (const cell of results.cells) {
    if (cell.suppressed) {
      reasons.set(
        `${cell.indicatorId}|${cell.waveId}|${groupId(cell.group)}`,
        cell.suppression ?? 'small-cell',
      );
    }
  }
  const side = (entry: IndicatorComparison, which: 'from' | 'to'): PublishedComparisonSide => {
    const value = entry[which];
    if (!value.suppressed) return { ...value, suppressed: false };
    const reason =
      reasons.get(`${entry.indicatorId}|${value.waveId}|${groupId(entry.group)}`) ?? 'small-cell';
    return { waveId: value.waveId, suppressed: true, suppression: reason };
  };
  return {
    ...comparison,
    comparisons: comparison.comparisons.map((entry) => {
      const { linked, from, to, ...rest } = entry;
      const hidden = from.suppressed || to.suppressed;
      return { ...rest, from: side(entry, 'from'), to: side(entry, 'to'), ...(hidden ? {} : { linked }) };
    }),
  };
}
