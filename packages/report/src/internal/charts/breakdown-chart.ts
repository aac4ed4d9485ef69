import type { ChartConfiguration } from 'chart.js';
import { ink, seriesColours } from '../palette.js';
import { ciWhiskers, targetLine, valueLabels, valueScale } from './chart-plugins.js';

/** One bar of a breakdown: a group of one variable, or everyone; hidden groups carry no numbers. */
export type BreakdownBar =
  | {
      label: string[];
      series: number;
      hidden: false;
      value: number;
      ci: [number, number] | null;
      text: string;
    }
  | { label: string[]; series: number; hidden: true };

/** What a breakdown chart shows. */
export interface BreakdownChartData {
  bars: readonly BreakdownBar[];
  axis: { min?: number; max?: number };
  tick: (value: number) => string;
  target?: { value: number; label: string };
  notShown: string;
}

/**
 * Horizontal bars per group with 95% CI whiskers; series 0 (everyone) is grey, each grouping
 * variable takes the next colour. Hidden groups keep their row, labelled "not shown", without a bar.
 */
export function breakdownChartConfig(data: BreakdownChartData): ChartConfiguration<'bar'> {
  const colour = (series: number) =>
    series === 0 ? '#9AA3AB' : seriesColours[(series - 1) % seriesColours.length]!;
  const intervals = data.bars.map((bar) => (bar.hidden ? null : bar.ci));
  const plugins = [
    ciWhiskers(intervals, ink.text, true),
    valueLabels(
      data.bars.map((bar) => (bar.hidden ? { text: `(${data.notShown})`, muted: true as const } : bar.text)),
      { horizontal: true, anchors: intervals.map((interval) => interval?.[1] ?? null) },
    ),
  ];
  if (data.target !== undefined)
    plugins.unshift(targetLine(data.target.value, data.target.label, '#007A5A', true));
  return {
    type: 'bar',
    data: {
      labels: data.bars.map((bar) => bar.label),
      datasets: [
        {
          data: data.bars.map((bar) => (bar.hidden ? null : bar.value)),
          backgroundColor: data.bars.map((bar) => colour(bar.series)),
          borderWidth: 0,
          clip: false,
          // Bars start at the axis minimum (1 on a 1-5 scale), not at zero off the axis.
          base: data.axis.min ?? 0,
          categoryPercentage: 0.78,
          barPercentage: 0.92,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      layout: { padding: { top: data.target === undefined ? 2 : 12, right: 44 } },
      plugins: { legend: { display: false } },
      scales: {
        y: { grid: { display: false }, ticks: { color: ink.text, autoSkip: false } },
        x: valueScale({ entries: data.bars, target: data.target, axis: data.axis, tick: data.tick }),
      },
    },
    plugins,
  };
}
