import { CoreError } from './core-error.js';
import type {
  GroupKey,
  IndicatorComparison,
  IndicatorResults,
  ProgressStatus,
  WaveComparison,
} from './indicator-results.js';
import { formatPath } from './issue.js';
import type { LocalizedText } from './language.js';
import { type TheoryOfChange, TheoryOfChangeSchema, type TocNodeKind } from './theory-of-change.js';

/** How one indicator of a theory-of-change node is doing. */
export interface IndicatorProgress {
  indicatorId: string;
  /** Whether any wave has a published (non-suppressed) value for the whole group. */
  collected: boolean;
  /** Waves with a published value, in wave order. */
  waves: string[];
  /** The published value of the last wave that has one. */
  latest?: { waveId: string; value: number; n: number };
  /** The comparison's verdict, when a comparison was given and covers the indicator. */
  status?: ProgressStatus;
  change?: number;
  significant?: boolean;
  pAdjusted?: number;
}

/**
 * A node's overall verdict: a {@link ProgressStatus} shared by its indicators, `mixed` when some
 * improve or reach their target while others worsen, or `not-measured` when the node has no
 * indicator.
 */
export type NodeProgressStatus = ProgressStatus | 'mixed' | 'not-measured';

/** How one outcome or impact node of a theory of change is doing. */
export interface NodeProgress {
  nodeId: string;
  kind: TocNodeKind;
  label: LocalizedText;
  objectiveIds: string[];
  indicators: IndicatorProgress[];
  status: NodeProgressStatus;
}

/** What {@link summarizeProgress} returns. */
export interface ProgressSummary {
  /** The compared waves, when a comparison was given. */
  from?: string;
  to?: string;
  nodes: NodeProgress[];
  /** Nodes per status. */
  counts: Record<NodeProgressStatus, number>;
}

/** Results, a comparison, or both. */
export type ProgressInput =
  | IndicatorResults
  | WaveComparison
  | { results?: IndicatorResults; comparison?: WaveComparison };

const isResults = (value: object): value is IndicatorResults => 'cells' in value && 'waves' in value;
const isComparison = (value: object): value is WaveComparison => 'comparisons' in value;

function nodeStatus(statuses: ProgressStatus[], measured: boolean): NodeProgressStatus {
  if (!measured) return 'not-measured';
  const known = statuses.filter((status) => status !== 'insufficient-data');
  if (known.length === 0) return 'insufficient-data';
  const good = known.filter((status) => status === 'improving' || status === 'achieved').length;
  const bad = known.filter((status) => status === 'worsening').length;
  if (good > 0 && bad > 0) return 'mixed';
  if (bad > 0) return 'worsening';
  if (known.every((status) => status === 'achieved')) return 'achieved';
  if (good > 0) return 'improving';
  return 'no-change';
}

/**
 * Links a theory of change to the data: for every outcome and impact node, which of its
 * indicators have data, their latest value, and — with a wave comparison — how each moved and a
 * verdict for the node. Only whole-group figures are used (no subgroup cells).
 *
 * The theory of change is checked against `TheoryOfChangeSchema` first (defaults such as an empty
 * `indicatorIds` applied), so one read from a file without `validateTheoryOfChange` works when it is well formed.
 *
 * @throws {CoreError} `invalid-input` when `toc` is not a theory of change (naming the first problem's path).
 * @example
 * const results = await computeIndicators({ definitions, records });
 * const comparison = compareWaves(results, { from: 'baseline', to: 'end' });
 * for (const node of summarizeProgress(toc, { results, comparison }).nodes) console.log(node.nodeId, node.status);
 */
export function summarizeProgress(theoryOfChange: TheoryOfChange, input: ProgressInput): ProgressSummary {
  const parsed = TheoryOfChangeSchema.safeParse(theoryOfChange);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? formatPath(issue.path as (string | number)[]) : '';
    throw new CoreError(
      'invalid-input',
      `summarizeProgress: the theory of change is not valid${where === '' ? '' : ` at ${where}`}: ${issue?.message ?? 'unknown problem'} (check it with validateTheoryOfChange)`,
    );
  }
  const toc = parsed.data;
  let results: IndicatorResults | undefined;
  let comparison: WaveComparison | undefined;
  if (isResults(input)) results = input;
  else if (isComparison(input)) comparison = input;
  else {
    results = input.results;
    comparison = input.comparison;
  }
  const overall = (group: GroupKey) => Object.keys(group).length === 0;
  const comparisons = new Map<string, IndicatorComparison>();
  for (const entry of comparison?.comparisons ?? []) {
    if (overall(entry.group)) comparisons.set(entry.indicatorId, entry);
  }
  const cellsOf = new Map<string, { waveId: string; value: number; n: number }[]>();
  for (const cell of results?.cells ?? []) {
    if (!overall(cell.group) || cell.suppressed || cell.value === undefined) continue;
    const list = cellsOf.get(cell.indicatorId) ?? [];
    list.push({ waveId: cell.waveId, value: cell.value, n: cell.n });
    cellsOf.set(cell.indicatorId, list);
  }
  const waveOrder = results?.waves ?? [];

  const nodes: NodeProgress[] = toc.nodes
    .filter((node) => node.kind === 'outcome' || node.kind === 'impact')
    .map((node) => {
      const indicators = node.indicatorIds.map((indicatorId): IndicatorProgress => {
        const cells = [...(cellsOf.get(indicatorId) ?? [])].sort(
          (a, b) => waveOrder.indexOf(a.waveId) - waveOrder.indexOf(b.waveId),
        );
        const entry = comparisons.get(indicatorId);
        const fromComparison = [entry?.from, entry?.to].filter(
          (side): side is NonNullable<typeof side> => side !== undefined && side.value !== undefined,
        );
        const collected = cells.length > 0 || fromComparison.length > 0;
        const progress: IndicatorProgress = {
          indicatorId,
          collected,
          waves:
            cells.length > 0 ? cells.map((cell) => cell.waveId) : fromComparison.map((side) => side.waveId),
        };
        const last = cells[cells.length - 1];
        if (last) progress.latest = last;
        else {
          const side = fromComparison[fromComparison.length - 1];
          if (side) progress.latest = { waveId: side.waveId, value: side.value as number, n: side.n };
        }
        if (entry) {
          progress.status = entry.status;
          if (entry.change !== undefined) progress.change = entry.change;
          if (entry.significant !== undefined) progress.significant = entry.significant;
          if (entry.pAdjusted !== undefined) progress.pAdjusted = entry.pAdjusted;
        } else if (comparison) progress.status = 'insufficient-data';
        return progress;
      });
      const statuses = indicators.map((indicator) => indicator.status ?? 'insufficient-data');
      return {
        nodeId: node.id,
        kind: node.kind,
        label: node.label,
        objectiveIds: node.objectiveIds,
        indicators,
        status: nodeStatus(statuses, indicators.length > 0),
      };
    });
  const counts: Record<NodeProgressStatus, number> = {
    achieved: 0,
    improving: 0,
    'no-change': 0,
    worsening: 0,
    'insufficient-data': 0,
    mixed: 0,
    'not-measured': 0,
  };
  for (const node of nodes) counts[node.status]++;
  const summary: ProgressSummary = { nodes, counts };
  if (comparison) {
    summary.from = comparison.from;
    summary.to = comparison.to;
  }
  return summary;
}
