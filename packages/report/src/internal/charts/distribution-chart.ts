import type { ChartConfiguration } from 'chart.js';
import { ink, okabeIto } from '../palette.js';
import { valueLabels } from './chart-plugins.js';

/** The answers of one wave: each answer value with its share of respondents (0-1). */
export interface DistributionChartData {
  bars: readonly { label: string; share: number; text: string }[];
  tick: (share: number) => string;
}

/** Columns with the share of respondents per answer, labelled with their percentage. */
export function distributionChartConfig(data: DistributionChartData): ChartConfiguration<'bar'> {
  const max = Math.max(0.1, ...data.bars.map((bar) => bar.share));
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
          max: Math.min(1, Math.ceil((max * 1.1) / 0.1) * 0.1),
          grid: { color: ink.rule },
          border: { display: false },
          ticks: { maxTicksLimit: 5, callback: (value) => data.tick(Number(value)) },
        },
      },
    },
    plugins: [valueLabels(data.bars.map((bar) => bar.text))],
  };
}
