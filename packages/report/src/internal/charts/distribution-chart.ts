import type { ChartConfiguration } from 'chart.js';
import { ink, okabeIto } from '../palette.js';
import { valueLabels } from './chart-plugins.js';

/** The answers of one wave: each answer value with its share of respondents (0-1). */
export interface DistributionChartData {
  bars: readonly { label: string; share: number; text: string }[];
  tick: (share: number) => string;
}

/**
 * The share axis: the smallest step of 5, 10, 20 or 25% that needs at most five steps to clear the
 * tallest column with 10% room, and a top that is a whole number of steps (so that chart.js never
 * adds the top as an extra tick squeezed against the last one, such as 60% and 70%).
 */
export function shareAxis(tallest: number): { max: number; stepSize: number } {
  const room = Math.max(0.1, tallest) * 1.1;
  const stepSize = [0.05, 0.1, 0.2, 0.25].find((step) => Math.ceil(room / step - 1e-9) <= 5) ?? 0.25;
  const steps = Math.ceil(room / stepSize - 1e-9);
  return { max: Math.min(1, Math.round(steps * stepSize * 100) / 100), stepSize };
}

/** Columns with the share of respondents per answer, labelled with their percentage. */
export function distributionChartConfig(data: DistributionChartData): ChartConfiguration<'bar'> {
  const axis = shareAxis(Math.max(...data.bars.map((bar) => bar.share)));
  return {
    type: 'bar',
    data: {
      labels: data.bars.map((bar) => bar.label),
      datasets: [
        {
          data: data.bars.map((bar) => bar.share),
          backgroundColor: okabeIto.skyBlue,
          borderColor: okabeIto.blue,
          borderWidth: 0,
          clip: false,
          categoryPercentage: 0.8,
          barPercentage: 0.9,
        },
      ],
    },
    options: {
      layout: { padding: { top: 14, right: 4 } },
      plugins: { legend: { display: false } },
      scales: {
        x: { grid: { display: false }, ticks: { color: ink.text, maxRotation: 0, autoSkip: false } },
        y: {
          min: 0,
          max: axis.max,
          grid: { color: ink.rule },
          border: { display: false },
          ticks: { stepSize: axis.stepSize, callback: (value) => data.tick(Number(value)) },
        },
      },
    },
    plugins: [valueLabels(data.bars.map((bar) => bar.text))],
  };
}
