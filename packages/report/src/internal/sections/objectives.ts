import { type IndicatorDefinition, localize } from '@neighbourly/core';
import { describeComparison } from '../../describe-comparison.js';
import { breakdownChartConfig } from '../charts/breakdown-chart.js';
import { distributionChartConfig } from '../charts/distribution-chart.js';
import { trendChartConfig } from '../charts/trend-chart.js';
import { hiddenLabel } from '../hidden-label.js';
import { axisFor, breakdownBars, latestVisibleWave, tickFormatter, trendPoints } from '../indicator-view.js';
import { ink } from '../palette.js';
import { drawStatusBadge, statusBadgeWidth } from '../pdf/status-badge.js';
import { drawTable, type TableRow } from '../pdf/table.js';
import type { RenderContext } from '../render-context.js';
import { anchorOf, type ObjectivePlan } from '../report-plan.js';
import { sectionHeading } from './section-heading.js';

/** The plain-language sentence of an indicator for everyone: the change, or the latest level. */
export function indicatorSentence({ model }: RenderContext, indicator: IndicatorDefinition): string {
  const { t, fmt } = model;
  const label = model.indicatorLabel(indicator);
  const entry = model.comparisonFor(indicator.id);
  if (entry !== undefined) {
    return describeComparison({
      comparison: entry,
      indicator,
      lang: model.lang,
      waveLabels: Object.fromEntries(model.waves.map((wave) => [wave.id, wave.label])),
      ...(model.comparison === undefined ? {} : { alpha: model.comparison.alpha }),
      hidden:
        !entry.from.suppressed &&
        !entry.to.suppressed &&
        entry.from.value !== undefined &&
        entry.to.value !== undefined &&
        !model.comparisonVisible(entry),
    });
  }
  const latest = latestVisibleWave(model, indicator);
  if (latest === undefined) {
    // Suppressed somewhere, or no cell at all (nothing measured): say which, never a number.
    const suppressedWave = [...model.waves].reverse().find((wave) => {
      const cell = model.cell(indicator.id, wave.id);
      return cell?.hidden === true && (cell.reason === 'suppressed' || cell.reason === 'complementary');
    });
    if (suppressedWave === undefined) return t.sentence.noData({ label });
    return t.sentence.levelSuppressed({
      label,
      wave: suppressedWave.label,
      min: fmt.integer(indicator.minCellSize),
    });
  }
  const cell = model.cell(indicator.id, latest);
  if (cell === undefined || cell.hidden) return '';
  const unit = model.unit(indicator);
  return t.sentence.level({
    label,
    wave: model.waveLabel(latest),
    value: fmt.value(cell.value, unit),
    ...(cell.ci === undefined
      ? {}
      : { ci: { low: fmt.value(cell.ci[0], unit), high: fmt.value(cell.ci[1], unit) } }),
    n: fmt.integer(cell.n),
  });
}

/** The height of a breakdown chart with these bars. */
function breakdownHeight(bars: readonly { label: string[] }[]): number {
  const lines = bars.reduce((sum, bar) => sum + bar.label.length, 0);
  return 26 + bars.length * 13 + lines * 4;
}

function caption(context: RenderContext, text: string, x: number, y: number, width: number): void {
  context.rd.write(text, { size: 7.5, bold: true, colour: ink.muted, x, y, width });
}

/**
 * The room an indicator's block needs to stay together on one page: title, sentence, charts and (when
 * the whole fits on a page) the breakdown. Without a visible value the block is only title and sentence.
 */
export function indicatorSpace(context: RenderContext, indicator: IndicatorDefinition): number {
  const { model, rd } = context;
  const { t } = model;
  const entry = model.comparisonFor(indicator.id);
  const status = entry !== undefined && model.comparisonVisible(entry) ? entry.status : undefined;
  const titleWidth = rd.width - (status === undefined ? 0 : statusBadgeWidth(rd, t.status[status]) + 12);
  const titleHeight = rd.heightOf(model.indicatorLabel(indicator), {
    size: 12,
    bold: true,
    width: titleWidth,
  });
  const sentenceHeight = rd.heightOf(indicatorSentence(context, indicator), { size: 9.5, lineGap: 2.5 });
  const latest = latestVisibleWave(model, indicator);
  if (latest === undefined) return titleHeight + sentenceHeight + 50;
  const breakdown = model.groupVariables.length > 0 ? breakdownBars(model, indicator, latest) : undefined;
  const breakdownSpace =
    breakdown !== undefined && breakdown.hiddenGroups + breakdown.visibleGroups > 0
      ? breakdownHeight(breakdown.bars) + 40
      : 0;
  const blockHeight = titleHeight + sentenceHeight + 200 + breakdownSpace;
  return blockHeight <= rd.bottom - rd.doc.page.margins.top
    ? blockHeight
    : titleHeight + sentenceHeight + 200;
}

/** One indicator: title, status, sentence, trend and distribution charts, and the equity breakdown. */
export function renderIndicator(
  context: RenderContext,
  indicator: IndicatorDefinition,
  outline?: PDFKit.PDFOutline,
): void {
  const { model, rd } = context;
  const { t, fmt } = model;
  const chartFormat = model.options.charts === 'png' ? 'png' : 'vector';
  const unit = model.unit(indicator);
  const label = model.indicatorLabel(indicator);
  const sentence = indicatorSentence(context, indicator);
  const entry = model.comparisonFor(indicator.id);
  const status = entry !== undefined && model.comparisonVisible(entry) ? entry.status : undefined;

  const titleWidth = rd.width - (status === undefined ? 0 : statusBadgeWidth(rd, t.status[status]) + 12);
  rd.ensureSpace(indicatorSpace(context, indicator));
  rd.anchor(anchorOf.indicator(indicator.id));
  outline?.addItem(label);

  const top = rd.y;
  if (status !== undefined) {
    drawStatusBadge(
      rd,
      status,
      t.status[status],
      rd.left + rd.width - statusBadgeWidth(rd, t.status[status]),
      top,
    );
  }
  rd.write(label, { size: 12, bold: true, colour: ink.accentDark, width: titleWidth, y: top, after: 2 });
  const facts = [t.kind[indicator.kind], t.direction[indicator.direction]];
  if (indicator.target !== undefined) facts.push(`${t.method.target}: ${fmt.value(indicator.target, unit)}`);
  rd.write(facts.join('  ·  '), { size: 7.5, colour: ink.muted, after: 6 });
  rd.write(sentence, { size: 9.5, lineGap: 2.5, after: 10 });

  if (latestVisibleWave(model, indicator) === undefined) {
    // Nothing to draw: an empty chart says less than the sentence above.
    rd.y += 4;
    rd.rule(ink.rule, 16);
    return;
  }

  // Trend and distribution side by side.
  const rowTop = rd.y;
  const gap = 18;
  const latest = latestVisibleWave(model, indicator);
  const latestCell = latest === undefined ? undefined : model.cell(indicator.id, latest);
  const distribution =
    latestCell !== undefined && !latestCell.hidden && latestCell.distribution !== undefined
      ? latestCell.distribution
      : undefined;
  const trendWidth = distribution === undefined ? rd.width * 0.62 : rd.width * 0.56;
  const chartHeight = 138;
  const target =
    indicator.target === undefined
      ? undefined
      : { value: indicator.target, label: `${t.chart.target} ${fmt.value(indicator.target, unit)}` };
  caption(context, t.chart.trend, rd.left, rowTop, trendWidth);
  rd.placeChart(
    trendChartConfig({
      points: trendPoints(model, indicator),
      axis: axisFor(model, indicator),
      tick: tickFormatter(model, indicator),
      notShown: t.chart.notShown,
      ...(target === undefined ? {} : { target }),
    }),
    { x: rd.left, y: rowTop + 12, width: trendWidth, height: chartHeight },
    chartFormat,
  );

  const rightX = rd.left + trendWidth + gap;
  const rightWidth = rd.width - trendWidth - gap;
  if (distribution !== undefined && latest !== undefined) {
    caption(context, t.chart.distribution(model.waveLabel(latest)), rightX, rowTop, rightWidth);
    // Shares of everyone in the cell: the engine leaves out bins of fewer than minCellSize people.
    const total = latestCell !== undefined && !latestCell.hidden ? latestCell.n : 0;
    const shown = distribution.reduce((sum, bin) => sum + bin.count, 0);
    // A proportion's per-respondent value is 1 when the respondent counts, 0 when not: say so in
    // words. Only then: a distribution of answers (1-5) must keep its numbers, 1 is not "yes".
    const yesNo =
      indicator.kind === 'proportion' && distribution.every((bin) => bin.value === 0 || bin.value === 1);
    const bars = distribution.map(({ value, count, range }) => {
      const share = total === 0 ? 0 : count / total;
      let label = fmt.compact(value);
      if (range !== undefined) {
        const [from, to] = range;
        label = from === to ? fmt.compact(from) : `${fmt.compact(from)}–${fmt.compact(to)}`;
      } else if (yesNo) {
        label = capitalise(t.knownGroups.values[value === 1 ? 'yes' : 'no'] ?? String(value));
      }
      return { label, share, text: fmt.value(share, 'share') };
    });
    rd.placeChart(
      distributionChartConfig({ bars, tick: (share) => fmt.value(share, 'share') }),
      { x: rightX, y: rowTop + 12, width: rightWidth, height: chartHeight },
      chartFormat,
    );
    if (shown < total) {
      const note = t.chart.smallBinsHidden(fmt.integer(indicator.minCellSize));
      context.rd.write(note, {
        size: 6.5,
        colour: ink.muted,
        x: rightX,
        y: rowTop + 14 + chartHeight,
        width: rightWidth,
      });
    }
  } else {
    // Without a distribution, the numbers per wave sit beside the trend.
    rd.y = rowTop;
    const rows = model.waves.map((wave) => {
      const cell = model.cell(indicator.id, wave.id);
      if (cell === undefined || (cell.hidden && cell.reason === 'no-answers'))
        return [wave.label, { text: '–', muted: true }, ''];
      if (cell.hidden) return [wave.label, { text: hiddenLabel(t, cell), muted: true, italic: true }, ''];
      return [wave.label, fmt.value(cell.value, unit), fmt.integer(cell.n)];
    });
    const savedLeft = rd.doc.page.margins.left;
    rd.doc.page.margins.left = rightX;
    drawTable(
      rd,
      [
        { header: t.table.wave, weight: 2.2 },
        { header: t.table.value, weight: 1.3, align: 'right' },
        { header: t.table.n, weight: 0.9, align: 'right' },
      ],
      rows,
      { width: rightWidth, size: 7.5 },
    );
    rd.doc.page.margins.left = savedLeft;
  }
  rd.y = rowTop + 12 + chartHeight + 10;
  rd.doc.x = rd.left;

  // Breakdown by equity group, for the latest wave with a value.
  if (model.groupVariables.length > 0 && latest !== undefined) {
    const { bars, hiddenGroups, visibleGroups } = breakdownBars(model, indicator, latest);
    if (visibleGroups === 0 && hiddenGroups === 0) {
      // No grouping variable applies to this indicator's respondents: no breakdown to speak of.
    } else if (visibleGroups === 0) {
      rd.write(t.objective.breakdownNone(fmt.integer(indicator.minCellSize)), {
        size: 8,
        italic: true,
        colour: ink.muted,
        after: 8,
      });
    } else {
      const height = breakdownHeight(bars) + (target === undefined ? 0 : 10);
      rd.ensureSpace(height + 40);
      caption(context, t.chart.breakdown(model.waveLabel(latest)), rd.left, rd.y, rd.width);
      const chartTop = rd.y + 2;
      rd.placeChart(
        breakdownChartConfig({
          bars,
          axis: axisFor(model, indicator),
          tick: tickFormatter(model, indicator),
          notShown: t.chart.notShown,
          ...(target === undefined ? {} : { target }),
        }),
        { x: rd.left, y: chartTop, width: rd.width * 0.8, height },
        chartFormat,
      );
      rd.y = chartTop + height + 4;
      rd.doc.x = rd.left;
      if (hiddenGroups > 0) {
        const protecting = model.groupVariables.some((variable) =>
          model
            .groupCells(indicator.id, latest, variable)
            .some(({ cell }) => cell.hidden && cell.reason === 'complementary'),
        );
        rd.write(t.objective.suppressedNote(fmt.integer(indicator.minCellSize), protecting), {
          size: 7.5,
          italic: true,
          colour: ink.muted,
          after: 4,
        });
      }
    }
  }
  rd.y += 8;
  rd.rule(ink.rule, 16);
}

/** One section per outcome objective, each with its indicators. */
export function renderOutcomeSections(context: RenderContext, outcomes: readonly ObjectivePlan[]): void {
  const { model, rd } = context;
  let previousEmpty = false;
  let first = true;
  for (const plan of outcomes) {
    const empty = plan.indicators.length === 0;
    // An objective without indicators is a heading and two lines: it follows the previous objective
    // on its page when it fits, rather than taking a page of its own; so does the objective after it.
    const fold =
      !first && (empty ? rd.remaining() > emptyObjectiveSpace : previousEmpty && rd.remaining() > 360);
    const outline = sectionHeading(context, {
      id: anchorOf.objective(plan.objective.id),
      title: plan.title,
      eyebrow: model.t.outcomeObjective,
      newPage: !fold || isLandscape(context),
      ...(empty ? { space: emptyObjectiveSpace } : {}),
    });
    first = false;
    if (plan.objective.description !== undefined) {
      rd.write(localize(plan.objective.description, model.lang), { size: 9.5, colour: ink.muted, after: 12 });
    }
    if (plan.indicators.length === 0) {
      rd.write(model.t.objective.noIndicators, { size: 9.5, italic: true, colour: ink.muted, after: 24 });
    }
    for (const indicator of plan.indicators) renderIndicator(context, indicator, outline);
    previousEmpty = empty;
  }
}

/** Room an outcome objective without indicators needs: eyebrow, title, description and one sentence. */
const emptyObjectiveSpace = 150;

/** True on a landscape page (the theory of change): sections never continue there. */
function isLandscape({ rd }: RenderContext): boolean {
  return rd.doc.page.width > rd.doc.page.height;
}

/**
 * The process objectives in one section. It opens with a coverage table of every process objective of
 * the framework: what it means and the indicators that measure it ("not measured yet" otherwise), so a
 * reader sees at a glance what the project watches and what it does not. The measured objectives follow,
 * each with its indicators. When no process objective is measured, the table is the whole section and it
 * follows the previous page's content when it fits, instead of a page with a single sentence.
 */
export function renderProcessSection(context: RenderContext, process: readonly ObjectivePlan[]): void {
  const { model, rd } = context;
  const { t } = model;
  const measured = process.filter((plan) => plan.indicators.length > 0);
  const tableHeight = coverageTableHeight(context, process);
  const introHeight = rd.heightOf(
    measured.length > 0 ? t.objective.processIntro : t.objective.processIntroNone,
    {
      size: 9.5,
      lineGap: 2.5,
    },
  );
  const sectionSpace = 70 + introHeight + tableHeight;
  const outline = sectionHeading(context, {
    id: anchorOf.section('process'),
    title: t.sections.process,
    newPage: measured.length > 0 || isLandscape(context) || rd.remaining() < sectionSpace,
    space: Math.min(sectionSpace, 300),
  });
  rd.write(measured.length > 0 ? t.objective.processIntro : t.objective.processIntroNone, {
    size: 9.5,
    lineGap: 2.5,
    after: 10,
  });
  if (process.length > 0) renderCoverageTable(context, process);
  for (const plan of measured) {
    // The objective's title stays with its first indicator.
    const titleSpace = rd.heightOf(plan.title, { size: 14, bold: true }) + 8;
    const first = plan.indicators[0]!;
    rd.ensureSpace(
      Math.min(titleSpace + indicatorSpace(context, first), rd.bottom - rd.doc.page.margins.top),
    );
    rd.anchor(anchorOf.objective(plan.objective.id));
    const item = outline.addItem(plan.title);
    rd.write(plan.title, { size: 14, bold: true, colour: ink.accent, after: 8 });
    for (const indicator of plan.indicators) renderIndicator(context, indicator, item);
  }
}

function coverageRows(context: RenderContext, plans: readonly ObjectivePlan[]): TableRow[] {
  const { model } = context;
  return plans.map((plan) => [
    { text: plan.title, bold: true },
    plan.objective.description === undefined ? '' : localize(plan.objective.description, model.lang),
    plan.indicators.length === 0
      ? { text: model.t.objective.coverage.notMeasuredYet, italic: true, muted: true }
      : plan.indicators.length === 1
        ? model.indicatorLabel(plan.indicators[0]!)
        : plan.indicators.map((indicator) => `• ${model.indicatorLabel(indicator)}`).join('\n'),
  ]);
}

const coverageColumns = (context: RenderContext) => [
  { header: context.model.t.objective.coverage.objective, weight: 2.3 },
  { header: context.model.t.objective.coverage.description, weight: 4 },
  { header: context.model.t.objective.measures, weight: 3.2 },
];

/** The coverage table: objective, what it means, the indicators that measure it. */
function renderCoverageTable(context: RenderContext, plans: readonly ObjectivePlan[]): void {
  drawTable(context.rd, coverageColumns(context), coverageRows(context, plans), { size: 8 });
}

/** The height the coverage table will take on a page of the current width. */
function coverageTableHeight(context: RenderContext, plans: readonly ObjectivePlan[]): number {
  const { rd } = context;
  const columns = coverageColumns(context);
  const total = columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = columns.map((column) => (column.weight / total) * rd.width - 8);
  let height = 24;
  for (const row of coverageRows(context, plans)) {
    if (!Array.isArray(row)) continue;
    const cells = row.map((cell, index) => {
      const text = typeof cell === 'string' ? cell : 'text' in cell ? cell.text : cell.label;
      return rd.heightOf(text, { size: 8, bold: index === 0, width: widths[index]! });
    });
    height += Math.max(...cells) + 8;
  }
  return height + 10;
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
