import type { PooledCell, ProgrammeIndicator, ProgrammeMeasure } from '@neighbourly/core';
import { ink } from '../palette.js';
import { drawTable, type TableRow } from '../pdf/table.js';
import { sectionHeading } from '../sections/section-heading.js';
import { drawForestPlot, type ForestRow } from './forest-plot.js';
import type { ProgrammeContext } from './programme-context.js';
import { breakdownOf, headlineChange, pooledOf } from './programme-measures.js';

const neutral = '#5B6670';

/** I² in words, after Higgins et al. (2003): 25% low, 50% moderate, 75% high. */
export function heterogeneityLevel(i2: number): 'low' | 'moderate' | 'substantial' | 'considerable' {
  if (i2 < 0.25) return 'low';
  if (i2 < 0.5) return 'moderate';
  if (i2 < 0.75) return 'substantial';
  return 'considerable';
}

function intervalText(
  context: ProgrammeContext,
  indicator: ProgrammeIndicator,
  ci: [number, number],
  change: boolean,
) {
  return `[${context.number(indicator, ci[0], change)}; ${context.number(indicator, ci[1], change)}]`;
}

/** Estimate with its interval, e.g. `+0.08 [+0.06; +0.10]`. */
export function estimateText(
  context: ProgrammeContext,
  indicator: ProgrammeIndicator,
  cell: { estimate: number; ci: [number, number] },
  change: boolean,
): string {
  return `${context.number(indicator, cell.estimate, change)} ${intervalText(context, indicator, cell.ci, change)}`;
}

function forestRows(
  context: ProgrammeContext,
  indicator: ProgrammeIndicator,
  measure: ProgrammeMeasure,
): ForestRow[] {
  const { programme, t } = context;
  const pooled = pooledOf(programme, indicator.id, measure);
  if (!pooled) return [];
  const change = measure.kind === 'change';
  const clusterOf = new Map(programme.projects.map((p) => [p.id, p.cluster]));
  const visible = pooled.projects.filter(
    (p) => !p.hidden && p.estimate !== undefined && p.ci && p.weight !== undefined,
  );
  const projectRow = (p: (typeof visible)[number]): ForestRow => ({
    kind: 'project',
    label: context.project(p.projectId),
    estimate: p.estimate as number,
    ci: p.ci as [number, number],
    weight: p.weight as number,
    colour: clusterOf.get(p.projectId)
      ? context.clusterColour(clusterOf.get(p.projectId) as number)
      : neutral,
    text: estimateText(
      context,
      indicator,
      { estimate: p.estimate as number, ci: p.ci as [number, number] },
      change,
    ),
  });
  const byEstimate = (a: (typeof visible)[number], b: (typeof visible)[number]) =>
    (a.estimate as number) - (b.estimate as number);
  const rows: ForestRow[] = [];
  const clusters = programme.typology?.profiles.map((p) => p.cluster) ?? [];
  const breakdown =
    clusters.length > 0 ? breakdownOf(programme, indicator.id, measure, 'cluster') : undefined;
  if (breakdown?.levels) {
    for (const cluster of clusters) {
      const members = visible.filter((p) => clusterOf.get(p.projectId) === cluster).sort(byEstimate);
      const level = breakdown.levels.find((l) => l.level === String(cluster));
      if (members.length === 0 && !level?.meta) continue;
      rows.push({ kind: 'heading', label: t.type(cluster), colour: context.clusterColour(cluster) });
      rows.push(...members.map(projectRow));
      if (level?.meta) {
        rows.push({
          kind: 'diamond',
          label: `${t.type(cluster)} (k = ${level.k})`,
          estimate: level.meta.estimate,
          ci: level.meta.ci,
          colour: context.clusterColour(cluster),
          text: estimateText(context, indicator, level.meta, change),
        });
      }
    }
    const rest = visible.filter((p) => clusterOf.get(p.projectId) === undefined).sort(byEstimate);
    if (rest.length > 0) rows.push({ kind: 'heading', label: '—', colour: neutral }, ...rest.map(projectRow));
  } else rows.push(...visible.sort(byEstimate).map(projectRow));
  const note = t.hiddenNote(pooled.hidden, pooled.leftOut);
  if (note) rows.push({ kind: 'note', label: note });
  if (pooled.meta) {
    rows.push({
      kind: 'diamond',
      label: `${t.overall} (k = ${pooled.k})`,
      estimate: pooled.meta.estimate,
      ci: pooled.meta.ci,
      predictionInterval: pooled.meta.predictionInterval,
      colour: ink.accentDark,
      text: estimateText(context, indicator, pooled.meta, change),
      bold: true,
    });
  }
  return rows;
}

function heterogeneityText(
  context: ProgrammeContext,
  indicator: ProgrammeIndicator,
  cell: PooledCell,
  change: boolean,
): string {
  const { t, fmt } = context;
  const meta = cell.meta;
  if (!meta) return t.tooFew;
  const parts = [
    t.heterogeneity({ i2: `${fmt.decimal(meta.i2 * 100, 0)}%`, level: heterogeneityLevel(meta.i2) }),
  ];
  if (meta.predictionInterval) {
    const [low, high] = meta.predictionInterval;
    parts.push(
      t.prediction({
        low: context.number(indicator, low, change),
        high: context.number(indicator, high, change),
        crossesZero: low < 0 && high > 0,
        isChange: change,
      }),
    );
  }
  return parts.join(' ');
}

/** One section per indicator: the headline sentence, a forest plot, heterogeneity in words, levels and types. */
export function renderIndicatorPages(context: ProgrammeContext): void {
  const { rd, programme, t, fmt } = context;
  const measure = headlineChange(programme);
  for (const indicator of programme.indicators) {
    const objective = context.objective(indicator.objectiveId);
    const eyebrow = `${objective.kind === 'process' ? t.process : t.outcome}: ${objective.label}`;
    sectionHeading(context, {
      id: `indicator-${indicator.id}`,
      title: context.indicator(indicator),
      eyebrow,
      newPage: true,
    });
    const pooled = measure ? pooledOf(programme, indicator.id, measure) : undefined;
    if (measure && pooled?.meta) {
      rd.write(
        t.pooledSentence({
          k: fmt.integer(pooled.k),
          measure: context.measure(measure),
          value: context.number(indicator, pooled.meta.estimate, true),
          low: context.number(indicator, pooled.meta.ci[0], true),
          high: context.number(indicator, pooled.meta.ci[1], true),
        }),
        { size: 10, after: 4 },
      );
      rd.write(heterogeneityText(context, indicator, pooled, true), { size: 9, after: 6 });
      rd.write(t.forestLegend, { size: 7, italic: true, colour: ink.muted, after: 6 });
      drawForestPlot(rd, forestRows(context, indicator, measure), {
        reference: 0,
        tick: (v) => context.number(indicator, v, true),
        headers: { label: t.columns.project, estimate: t.columns.estimate, weight: t.columns.weight },
        weightText: (w) => `${fmt.decimal(w * 100, 1)}%`,
      });
    } else rd.write(t.tooFew, { size: 10, after: 8 });

    // Levels per wave.
    rd.ensureSpace(120);
    rd.write(t.levelsTitle, { size: 11, bold: true, colour: ink.accentDark, after: 4 });
    const levelRows: TableRow[] = programme.waves.map((waveId) => {
      const cell = pooledOf(programme, indicator.id, { kind: 'wave', waveId });
      const meta = cell?.meta;
      return [
        context.wave(waveId),
        fmt.integer(cell?.k ?? 0),
        meta ? estimateText(context, indicator, meta, false) : { text: t.tooFew, muted: true },
        meta ? `${fmt.decimal(meta.i2 * 100, 0)}%` : '',
        meta?.predictionInterval ? intervalText(context, indicator, meta.predictionInterval, false) : '',
      ];
    });
    drawTable(
      rd,
      [
        { header: t.columns.wave, weight: 2 },
        { header: t.columns.projects, weight: 1.2, align: 'right' },
        { header: `${t.columns.pooled} [${t.columns.ci}]`, weight: 3 },
        { header: t.columns.heterogeneity, weight: 1, align: 'right' },
        { header: t.columns.prediction, weight: 2.6 },
      ],
      levelRows,
    );

    // Types of neighbourhood.
    const breakdown = measure ? breakdownOf(programme, indicator.id, measure, 'cluster') : undefined;
    if (measure && breakdown?.levels) {
      rd.ensureSpace(120);
      rd.write(`${t.subgroupTitle}: ${context.measure(measure)}`, {
        size: 11,
        bold: true,
        colour: ink.accentDark,
        after: 4,
      });
      drawTable(
        rd,
        [
          { header: t.columns.type, weight: 1.6 },
          { header: t.columns.projects, weight: 1.2, align: 'right' },
          { header: `${t.columns.pooled} [${t.columns.ci}]`, weight: 3 },
          { header: t.columns.heterogeneity, weight: 1, align: 'right' },
        ],
        breakdown.levels.map((level) => [
          { text: t.type(Number(level.level)), bold: true },
          fmt.integer(level.k),
          level.meta ? estimateText(context, indicator, level.meta, true) : { text: t.tooFew, muted: true },
          level.meta ? `${fmt.decimal(level.meta.i2 * 100, 0)}%` : '',
        ]),
      );
      if (breakdown.test) {
        rd.write(
          t.subgroupTest({
            q: fmt.decimal(breakdown.test.qBetween, 2),
            df: breakdown.test.df,
            p: fmt.p(breakdown.test.p),
            differs: breakdown.test.p < 0.05,
          }),
          { size: 9, after: 6 },
        );
      }
    }
  }
}
