import { type IndicatorDefinition, localize } from '@neighbourly/core';
import { describeComparison } from '../../describe-comparison.js';
import { breakdownChartConfig } from '../charts/breakdown-chart.js';
import { distributionChartConfig } from '../charts/distribution-chart.js';
import { trendChartConfig } from '../charts/trend-chart.js';
import { axisFor, breakdownBars, latestVisibleWave, tickFormatter, trendPoints } from '../indicator-view.js';
import { ink } from '../palette.js';
import { drawStatusBadge, statusBadgeWidth } from '../pdf/status-badge.js';
import { drawTable } from '../pdf/table.js';
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
    const suppressedWave = [...model.waves]
      .reverse()
      .find((wave) => model.cell(indicator.id, wave.id)?.hidden === true);
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
  const titleHeight = rd.heightOf(label, { size: 12, bold: true, width: titleWidth });
  const sentenceHeight = rd.heightOf(sentence, { size: 9.5, lineGap: 2.5 });
  // Keep the block together: title, sentence, charts and (when it fits on a page) the breakdown.
  const latestForSpace = latestVisibleWave(model, indicator);
  const breakdownSpace =
    model.groupVariables.length > 0 && latestForSpace !== undefined
      ? breakdownHeight(breakdownBars(model, indicator, latestForSpace).bars) + 40
      : 0;
  const blockHeight = titleHeight + sentenceHeight + 200 + breakdownSpace;
  rd.ensureSpace(
    blockHeight <= rd.bottom - rd.doc.page.margins.top ? blockHeight : titleHeight + sentenceHeight + 200,
  );
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
      if (cell === undefined) return [wave.label, { text: '–', muted: true }, ''];
      if (cell.hidden) return [wave.label, { text: t.table.suppressed, muted: true, italic: true }, ''];
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
    if (visibleGroups === 0) {
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
        rd.write(t.objective.suppressedNote(fmt.integer(indicator.minCellSize)), {
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
  for (const plan of outcomes) {
    const newPage = !(previousEmpty && rd.remaining() > 360);
    const outline = sectionHeading(context, {
      id: anchorOf.objective(plan.objective.id),
      title: plan.title,
      eyebrow: model.t.outcomeObjective,
      newPage,
    });
    if (plan.objective.description !== undefined) {
      rd.write(localize(plan.objective.description, model.lang), { size: 9.5, colour: ink.muted, after: 12 });
    }
    if (plan.indicators.length === 0) {
      rd.write(model.t.objective.noIndicators, { size: 9.5, italic: true, colour: ink.muted, after: 24 });
    }
    for (const indicator of plan.indicators) renderIndicator(context, indicator, outline);
    previousEmpty = plan.indicators.length === 0;
  }
}

/** One section for all process objectives: those with indicators get a sub-heading each. */
export function renderProcessSection(context: RenderContext, process: readonly ObjectivePlan[]): void {
  const { model, rd } = context;
  const outline = sectionHeading(context, {
    id: anchorOf.section('process'),
    title: model.t.sections.process,
    newPage: true,
  });
  const measured = process.filter((plan) => plan.indicators.length > 0);
  const unmeasured = process.filter((plan) => plan.indicators.length === 0);
  if (measured.length === 0) {
    rd.write(model.t.objective.noIndicators, { size: 9.5, italic: true, colour: ink.muted, after: 12 });
  }
  for (const plan of measured) {
    rd.ensureSpace(320);
    rd.anchor(anchorOf.objective(plan.objective.id));
    const item = outline.addItem(plan.title);
    rd.write(plan.title, { size: 14, bold: true, colour: ink.accent, after: 8 });
    for (const indicator of plan.indicators) renderIndicator(context, indicator, item);
  }
  if (unmeasured.length > 0 && measured.length > 0) {
    rd.ensureSpace(60);
    rd.write(`${model.t.toc.notMeasured}: ${unmeasured.map((plan) => plan.title).join(' · ')}`, {
      size: 8.5,
      colour: ink.muted,
      after: 8,
    });
  }
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
