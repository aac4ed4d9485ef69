import type { ChartConfiguration } from 'chart.js';
import { wrapLabel } from '../indicator-view.js';
import { ink, okabeIto } from '../palette.js';
import { ciWhiskers, targetLine, valueLabels, valueScale } from './chart-plugins.js';

/** One wave of a trend chart; hidden waves carry no numbers. */
export type TrendPoint =
  | { label: string; hidden: false; value: number; ci: [number, number] | null; text: string }
  | { label: string; hidden: true };

/** What a trend chart shows. */
export interface TrendChartData {
  points: readonly TrendPoint[];
  /** Axis range in data units; shares use 0-1. */
  axis: { min?: number; max?: number };
  tick: (value: number) => string;
  target?: { value: number; label: string };
  notShown: string;
}

/** A line over the waves with 95% CI whiskers, value labels and a dashed target line. */
export function trendChartConfig(data: TrendChartData): ChartConfiguration<'line'> {
  const values = data.points.map((point) => (point.hidden ? null : point.value));
  const intervals = data.points.map((point) => (point.hidden ? null : point.ci));
  const plugins = [
    ciWhiskers(intervals, okabeIto.blue),
    valueLabels(
      data.points.map((point) => (point.hidden ? null : point.text)),
      { anchors: intervals.map((interval) => interval?.[1] ?? null) },
    ),
  ];
  if (data.target !== undefined) {
    plugins.unshift(targetLine(data.target.value, data.target.label, okabeIto.bluishGreen));
  }
  return {
    type: 'line',
    data: {
      labels: data.points.map((point) =>
        point.hidden ? [...wrapLabel(point.label, 10), `(${data.notShown})`] : wrapLabel(point.label, 10),
      ),
      datasets: [
        {
          data: values,
          borderColor: okabeIto.blue,
          backgroundColor: okabeIto.blue,
          borderWidth: 2,
          // Diamonds: a handful of straight segments in the SVG, where a circle becomes ~50 curves.
          pointStyle: 'rectRot',
          pointRadius: 4,
          pointBackgroundColor: '#FFFFFF',
          pointBorderWidth: 2,
          spanGaps: true,
          clip: false,
        },
      ],
    },
    options: {
      layout: { padding: { top: 16, right: data.target === undefined ? 8 : 52, left: 2, bottom: 0 } },
      plugins: { legend: { display: false } },
      scales: {
        x: {
          grid: { display: false },
          ticks: { color: ink.text, maxRotation: 0, autoSkip: false },
          offset: true,
        },
        y: valueScale({ entries: data.points, target: data.target, axis: data.axis, tick: data.tick }),
      },
    },
    plugins,
  };
}
