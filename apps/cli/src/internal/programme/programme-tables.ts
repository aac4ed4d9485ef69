import type { PooledCell, ProgrammeMeasure, ProgrammeResults } from '@neighbourly/core';
import type { Cell, Column, Tabular } from '../output/tabular.js';

/** `baseline` for a wave, `baseline>end` for a change. */
export function measureName(measure: ProgrammeMeasure): string {
  return measure.kind === 'wave' ? measure.waveId : `${measure.from}>${measure.to}`;
}

function metaCells(cell: PooledCell): Record<string, Cell> {
  const meta = cell.meta;
  return {
    k: cell.k,
    hidden: cell.hidden,
    left_out: cell.leftOut,
    status: cell.status,
    estimate: meta?.estimate,
    se: meta?.se,
    ci_low: meta?.ci[0],
    ci_high: meta?.ci[1],
    p: meta?.p,
    tau2: meta?.tau2,
    i2: meta?.i2,
    q: meta?.q,
    q_df: meta?.qDf,
    q_p: meta?.qP,
    pi_low: meta?.predictionInterval?.[0],
    pi_high: meta?.predictionInterval?.[1],
  };
}

const metaColumns: Column[] = [
  { key: 'k', header: 'k' },
  { key: 'hidden', header: 'hidden' },
  { key: 'left_out', header: 'left_out' },
  { key: 'status', header: 'status' },
  { key: 'estimate', header: 'estimate' },
  { key: 'se', header: 'se' },
  { key: 'ci_low', header: 'ci_low' },
  { key: 'ci_high', header: 'ci_high' },
  { key: 'p', header: 'p' },
  { key: 'tau2', header: 'tau2', digits: 4 },
  { key: 'i2', header: 'i2', digits: 2 },
  { key: 'q', header: 'q', digits: 2 },
  { key: 'q_df', header: 'q_df' },
  { key: 'q_p', header: 'q_p' },
  { key: 'pi_low', header: 'pi_low' },
  { key: 'pi_high', header: 'pi_high' },
];

/**
 * Every pooled cell as one row: overall (`by` empty), each breakdown level (`by` = the variable, with the
 * between-groups Q test), and slopes of numeric variables (`level` = `slope`).
 */
export function pooledTable(programme: ProgrammeResults): Tabular {
  const rows: Record<string, Cell>[] = [];
  for (const cell of programme.pooled) {
    rows.push({
      indicator: cell.indicatorId,
      measure: measureName(cell.measure),
      by: '',
      level: '',
      ...metaCells(cell),
    });
  }
  for (const breakdown of programme.breakdowns) {
    const base = {
      indicator: breakdown.indicatorId,
      measure: measureName(breakdown.measure),
      by: breakdown.variable,
    };
    for (const level of breakdown.levels ?? []) {
      rows.push({
        ...base,
        level: level.level,
        ...metaCells(level),
        q_between: breakdown.test?.qBetween,
        q_between_df: breakdown.test?.df,
        q_between_p: breakdown.test?.p,
      });
    }
    if (breakdown.slope) {
      const { slope } = breakdown;
      rows.push({
        ...base,
        level: 'slope',
        k: slope.k,
        estimate: slope.estimate,
        se: slope.se,
        ci_low: slope.ci[0],
        ci_high: slope.ci[1],
        p: slope.p,
        tau2: slope.tau2,
      });
    }
  }
  return {
    columns: [
      { key: 'indicator', header: 'indicator' },
      { key: 'measure', header: 'measure' },
      { key: 'by', header: 'by' },
      { key: 'level', header: 'level' },
      ...metaColumns,
      { key: 'q_between', header: 'q_between', digits: 2 },
      { key: 'q_between_df', header: 'q_between_df' },
      { key: 'q_between_p', header: 'q_between_p' },
    ],
    rows,
  };
}

/** The overall pooled cells only, in a few columns a terminal can show. */
export function overallTable(programme: ProgrammeResults): Tabular {
  return {
    columns: [
      { key: 'indicator', header: 'indicator' },
      { key: 'measure', header: 'measure' },
      { key: 'k', header: 'k' },
      { key: 'estimate', header: 'estimate' },
      { key: 'ci_low', header: 'ci_low' },
      { key: 'ci_high', header: 'ci_high' },
      { key: 'i2', header: 'I²', digits: 2 },
      { key: 'pi_low', header: 'pi_low' },
      { key: 'pi_high', header: 'pi_high' },
    ],
    rows: programme.pooled.map((cell) => ({
      indicator: cell.indicatorId,
      measure: measureName(cell.measure),
      ...metaCells(cell),
    })),
  };
}
