import type { IndicatorDefinition } from '@neighbourly/core';
import type { BreakdownBar } from './charts/breakdown-chart.js';
import type { TrendPoint } from './charts/trend-chart.js';
import type { ReportModel } from './report-model.js';

/** Axis range of an indicator's charts, in data units. */
export function axisFor(model: ReportModel, indicator: IndicatorDefinition): { min?: number; max?: number } {
  const unit = model.unit(indicator);
  if (unit === 'share') return { min: 0, max: 1 };
  // The answer scale bounds a mean of items; an instrument's score (kind `scale`) has its own range.
  if (indicator.kind === 'mean' && indicator.scale !== undefined) {
    return { min: indicator.scale.min, max: indicator.scale.max };
  }
  if (unit === 'count') return { min: 0 };
  return {};
}

/** Formats axis ticks: whole percentages for shares, otherwise compact numbers. */
export function tickFormatter(model: ReportModel, indicator: IndicatorDefinition): (value: number) => string {
  const unit = model.unit(indicator);
  if (unit === 'share') return (value) => model.fmt.value(value, 'share');
  return (value) => model.fmt.compact(value);
}

/** The trend points of an indicator for everyone, over the report's waves; hidden waves carry no numbers. */
export function trendPoints(model: ReportModel, indicator: IndicatorDefinition): TrendPoint[] {
  const unit = model.unit(indicator);
  return model.waves.map((wave): TrendPoint => {
    const cell = model.cell(indicator.id, wave.id);
    if (cell === undefined || cell.hidden) return { label: wave.label, hidden: true };
    return {
      label: wave.label,
      hidden: false,
      value: cell.value,
      ci: cell.ci ?? null,
      text: model.fmt.value(cell.value, unit),
    };
  });
}

/** The latest wave in which the indicator has a visible value for everyone. */
export function latestVisibleWave(model: ReportModel, indicator: IndicatorDefinition): string | undefined {
  for (let index = model.waves.length - 1; index >= 0; index -= 1) {
    const wave = model.waves[index]!;
    const cell = model.cell(indicator.id, wave.id);
    if (cell !== undefined && !cell.hidden) return wave.id;
  }
  return undefined;
}

/**
 * Breakdown bars for one wave: everyone first, then each grouping variable's groups. Returns the
 * bars and whether any group was hidden. Groups are only listed when the variable has cells, and a
 * variable whose only group is everyone (all volunteers, say) is left out: its bar would repeat the first.
 */
export function breakdownBars(
  model: ReportModel,
  indicator: IndicatorDefinition,
  waveId: string,
): { bars: BreakdownBar[]; hiddenGroups: number; visibleGroups: number } {
  const unit = model.unit(indicator);
  const bars: BreakdownBar[] = [];
  let hiddenGroups = 0;
  let visibleGroups = 0;
  const everyone = model.cell(indicator.id, waveId);
  if (everyone !== undefined && !everyone.hidden) {
    bars.push({
      label: [model.t.table.everyone],
      series: 0,
      hidden: false,
      value: everyone.value,
      ci: everyone.ci ?? null,
      text: model.fmt.value(everyone.value, unit),
    });
  }
  model.groupVariables.forEach((variable, variableIndex) => {
    const groups = model.groupCells(indicator.id, waveId, variable);
    const only = groups.length === 1 ? groups[0]!.cell : undefined;
    if (only !== undefined && !only.hidden && everyone !== undefined && !everyone.hidden) {
      if (only.n === everyone.n) return;
    }
    for (const { value, cell } of groups) {
      const label = wrapLabel(
        model.t.groupPhrase(model.groupVariableLabel(variable), model.groupValueLabel(variable, value)),
        28,
      );
      if (cell.hidden) {
        hiddenGroups += 1;
        bars.push({ label, series: variableIndex + 1, hidden: true });
      } else {
        visibleGroups += 1;
        bars.push({
          label,
          series: variableIndex + 1,
          hidden: false,
          value: cell.value,
          ci: cell.ci ?? null,
          text: model.fmt.value(cell.value, unit),
        });
      }
    }
  });
  return { bars, hiddenGroups, visibleGroups };
}

/**
 * Splits a label into lines of at most `max` characters at spaces (a word longer than `max` is cut
 * with an ellipsis), for chart axis labels that cannot wrap by themselves. At most three lines.
 */
export function wrapLabel(text: string, max: number, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    const piece = word.length > max ? `${word.slice(0, max - 1)}…` : word;
    if (line === '') line = piece;
    else if (line.length + 1 + piece.length <= max) line = `${line} ${piece}`;
    else {
      lines.push(line);
      line = piece;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const last = kept[maxLines - 1]!;
    kept[maxLines - 1] = `${last.length >= max ? last.slice(0, max - 1) : last}…`;
    return kept;
  }
  return lines;
}
