/*
 * The parts of the indicator engine's answer the results pages read. The OpenAPI document describes these
 * bodies loosely (their shape is the engine's, documented in @neighbourly/core), so they are named here once.
 */

export interface ResultCell {
  indicatorId: string;
  waveId: string;
  group?: Record<string, string>;
  /** Left out of suppressed cells: the server publishes no number of a small group, not even its size. */
  n?: number;
  suppressed: boolean;
  value?: number;
  ci?: [number, number];
}

/** Whether anyone answered: a suppressed cell had answers (too few to show); an empty cell has `n: 0`. */
export function hasAnswers(cell: ResultCell): boolean {
  return cell.suppressed || (cell.n ?? 0) > 0;
}

export interface IndicatorDefinition {
  id: string;
  label: unknown;
  description?: unknown;
  kind: string;
  unit?: 'share' | 'score' | 'count';
  scale?: { min: number; max: number };
  minCellSize?: number;
  objectiveId?: string;
}

export type Status =
  | 'achieved'
  | 'improving'
  | 'no-change'
  | 'worsening'
  | 'insufficient-data'
  | 'mixed'
  | 'not-measured';

/** Whether the cell is the whole group (no breakdown). */
export const isWhole = (cell: ResultCell) => cell.group === undefined || Object.keys(cell.group).length === 0;

/** Shares are shown as percentages: a display factor, not a statistic. */
export const isShare = (indicator: IndicatorDefinition) =>
  indicator.unit === 'share' || indicator.kind === 'proportion';
