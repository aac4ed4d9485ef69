import type {
  GroupKey,
  IndicatorDefinition,
  IndicatorResults,
  Language,
  WaveComparison,
} from '@neighbourly/core';
import { localize, publishResults, suppressionLabel } from '@neighbourly/core';
import type { Tabular } from '../output/tabular.js';

/** `{}` → `all`; `{ age_band: '65+' }` → `age_band=65+`. */
export function formatGroup(group: GroupKey): string {
  const entries = Object.entries(group);
  return entries.length === 0 ? 'all' : entries.map(([key, value]) => `${key}=${value}`).join(';');
}

/** A value as people read it: shares as percentages, scores with two decimals, counts whole. */
export function formatValue(
  value: number | undefined,
  unit: IndicatorDefinition['unit'] | undefined,
  kind: string,
): string {
  if (value === undefined) return '';
  if (unit === 'share' || (unit === undefined && kind === 'proportion'))
    return `${(value * 100).toFixed(1)}%`;
  if (unit === 'count' || kind === 'count') return String(Math.round(value));
  return value.toFixed(2);
}

const formatP = (p: number | undefined) => (p === undefined ? '' : p < 0.001 ? '<0.001' : p.toFixed(3));

/** The indicator values of the results, one row per indicator × wave × group, for `table` output. */
export function cellsTable(
  results: IndicatorResults,
  definitions: readonly IndicatorDefinition[],
  lang: Language,
): Tabular {
  const byId = new Map(definitions.map((definition) => [definition.id, definition]));
  return {
    columns: [
      { key: 'indicator', header: 'indicator' },
      { key: 'wave', header: 'wave' },
      { key: 'group', header: 'group' },
      { key: 'n', header: 'n' },
      { key: 'value', header: 'value', align: 'right' },
      { key: 'ci', header: '95% CI', align: 'right' },
      { key: 'label', header: 'label' },
    ],
    rows: publishResults(results).cells.map((cell) => {
      const definition = byId.get(cell.indicatorId);
      const show = (value: number | undefined) =>
        formatValue(value, definition?.unit, definition?.kind ?? 'mean');
      const label = definition ? localize(definition.label, lang) : '';
      const where = { indicator: cell.indicatorId, wave: cell.waveId, group: formatGroup(cell.group) };
      if (cell.suppressed) {
        // No number of a suppressed cell is shown, not even its n; the label says truthfully why.
        const value = suppressionLabel(cell.suppression, lang, definition?.minCellSize ?? 5);
        return { ...where, n: '', value, ci: '', label };
      }
      return {
        ...where,
        n: cell.n,
        value: show(cell.value),
        ci: cell.ci ? `${show(cell.ci[0])} – ${show(cell.ci[1])}` : '',
        label,
      };
    }),
  };
}

/** The indicator values with full precision, one row per cell, for `csv` output. */
export function cellsCsv(results: IndicatorResults): Tabular {
  const columns = [
    'indicator',
    'wave',
    'group',
    'n',
    'missing',
    'suppressed',
    'suppression',
    'value',
    'ci_low',
    'ci_high',
    'sd',
    'alpha',
  ];
  return {
    columns: columns.map((key) => ({ key, header: key })),
    rows: publishResults(results).cells.map((cell) => {
      const where = { indicator: cell.indicatorId, wave: cell.waveId, group: formatGroup(cell.group) };
      if (cell.suppressed) return { ...where, suppressed: true, suppression: cell.suppression };
      return {
        ...where,
        n: cell.n,
        missing: cell.missing,
        suppressed: false,
        value: cell.value,
        ci_low: cell.ci?.[0],
        ci_high: cell.ci?.[1],
        sd: cell.sd,
        alpha: cell.alpha,
      };
    }),
  };
}

/** Wave comparisons for `table` output. */
export function comparisonsTable(
  comparisons: readonly WaveComparison[],
  definitions: readonly IndicatorDefinition[],
): Tabular {
  const byId = new Map(definitions.map((definition) => [definition.id, definition]));
  return {
    columns: [
      { key: 'indicator', header: 'indicator' },
      { key: 'group', header: 'group' },
      { key: 'waves', header: 'waves' },
      { key: 'from', header: 'from', align: 'right' },
      { key: 'to', header: 'to', align: 'right' },
      { key: 'change', header: 'change', align: 'right' },
      { key: 'paired', header: 'paired change', align: 'right' },
      { key: 'test', header: 'test' },
      { key: 'p', header: 'p (adj.)', align: 'right' },
      { key: 'status', header: 'status' },
    ],
    rows: comparisons.flatMap((comparison) =>
      comparison.comparisons.map((row) => {
        const definition = byId.get(row.indicatorId);
        const show = (value: number | undefined, suppressed = false) =>
          suppressed ? 'suppressed' : formatValue(value, definition?.unit, definition?.kind ?? 'mean');
        const signed = (value: number | undefined) =>
          value === undefined
            ? ''
            : `${value >= 0 ? '+' : ''}${definition?.unit === 'share' || definition?.kind === 'proportion' ? `${(value * 100).toFixed(1)} pt` : value.toFixed(2)}`;
        return {
          indicator: row.indicatorId,
          group: formatGroup(row.group),
          waves: `${comparison.from} → ${comparison.to}`,
          from: show(row.from.value, row.from.suppressed),
          to: show(row.to.value, row.to.suppressed),
          change: signed(row.change),
          paired: row.pairedChange === undefined ? '' : `${signed(row.pairedChange)} (n ${row.pairedN})`,
          test: row.test === 'none' ? '' : row.test,
          p: formatP(row.pAdjusted ?? row.p),
          status: row.status,
        };
      }),
    ),
  };
}

/** Wave comparisons with full precision, for `csv` output. */
export function comparisonsCsv(comparisons: readonly WaveComparison[]): Tabular {
  const columns = [
    'indicator',
    'group',
    'from',
    'to',
    'n_from',
    'n_to',
    'linked',
    'value_from',
    'value_to',
    'change',
    'change_ci_low',
    'change_ci_high',
    'paired_change',
    'paired_ci_low',
    'paired_ci_high',
    'paired_n',
    'test',
    'statistic',
    'p',
    'p_adjusted',
    'effect_size_kind',
    'effect_size',
    'status',
  ];
  return {
    columns: columns.map((key) => ({ key, header: key })),
    rows: comparisons.flatMap((comparison) =>
      comparison.comparisons.map((row) => ({
        indicator: row.indicatorId,
        group: formatGroup(row.group),
        from: comparison.from,
        to: comparison.to,
        n_from: row.from.n,
        n_to: row.to.n,
        linked: row.linked,
        value_from: row.from.value,
        value_to: row.to.value,
        change: row.change,
        change_ci_low: row.changeCi?.[0],
        change_ci_high: row.changeCi?.[1],
        paired_change: row.pairedChange,
        paired_ci_low: row.pairedCi?.[0],
        paired_ci_high: row.pairedCi?.[1],
        paired_n: row.pairedN,
        test: row.test,
        statistic: row.statistic,
        p: row.p,
        p_adjusted: row.pAdjusted,
        effect_size_kind: row.effectSize?.kind,
        effect_size: row.effectSize?.value,
        status: row.status,
      })),
    ),
  };
}
