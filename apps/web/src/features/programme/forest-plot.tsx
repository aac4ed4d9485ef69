import type { PooledMeta } from '@neighbourly/core';
import {
  BarController,
  BarElement,
  CategoryScale,
  type Chart,
  Chart as ChartJS,
  LinearScale,
  type Plugin,
  Tooltip,
} from 'chart.js';
import { Bar } from 'react-chartjs-2';

ChartJS.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** One row of a forest plot: a project (or the pooled result) with its 95% interval. */
export interface ForestRow {
  label: string;
  estimate: number;
  ci: [number, number];
  /** Share of the pooled weight (0-1): the size of the project's square. */
  weight?: number;
}

const ink = '#1d2433';
const pooledColour = '#1f5fa8';

/**
 * Draws what chart.js's floating bars (the intervals) do not: each project's estimate as a square sized by
 * its weight, the pooled estimate as a diamond spanning its confidence interval, the prediction interval as a
 * dashed line through the diamond, and a line at no change.
 */
function forestMarks(rows: readonly ForestRow[], meta: PooledMeta, zeroLine: boolean): Plugin<'bar'> {
  return {
    id: 'forestMarks',
    afterDatasetsDraw(chart: Chart<'bar'>) {
      const { ctx, scales, chartArea } = chart;
      const x = scales.x;
      const y = scales.y;
      if (x === undefined || y === undefined) return;
      ctx.save();
      if (zeroLine && x.min < 0 && x.max > 0) {
        ctx.strokeStyle = '#8a93a6';
        ctx.setLineDash([2, 3]);
        ctx.beginPath();
        ctx.moveTo(x.getPixelForValue(0), chartArea.top);
        ctx.lineTo(x.getPixelForValue(0), chartArea.bottom);
        ctx.stroke();
        ctx.setLineDash([]);
      }
      const maxWeight = Math.max(...rows.map((row) => row.weight ?? 0), 1e-9);
      ctx.fillStyle = ink;
      rows.forEach((row, index) => {
        const size = 4 + 8 * Math.sqrt((row.weight ?? 0) / maxWeight);
        ctx.fillRect(
          x.getPixelForValue(row.estimate) - size / 2,
          y.getPixelForValue(index) - size / 2,
          size,
          size,
        );
      });
      const middle = y.getPixelForValue(rows.length);
      if (meta.predictionInterval !== null) {
        ctx.strokeStyle = pooledColour;
        ctx.setLineDash([4, 3]);
        ctx.beginPath();
        ctx.moveTo(x.getPixelForValue(meta.predictionInterval[0]), middle);
        ctx.lineTo(x.getPixelForValue(meta.predictionInterval[1]), middle);
        ctx.stroke();
        ctx.setLineDash([]);
      }
      ctx.fillStyle = pooledColour;
      ctx.beginPath();
      ctx.moveTo(x.getPixelForValue(meta.ci[0]), middle);
      ctx.lineTo(x.getPixelForValue(meta.estimate), middle - 8);
      ctx.lineTo(x.getPixelForValue(meta.ci[1]), middle);
      ctx.lineTo(x.getPixelForValue(meta.estimate), middle + 8);
      ctx.closePath();
      ctx.fill();
      ctx.restore();
    },
  };
}

/**
 * A forest plot (chart.js, horizontal floating bars): one row per project shown, then the pooled diamond. The
 * canvas is an image whose text alternative is `summary`; the page gives the same figures as a table.
 */
export function ForestPlot({
  rows,
  meta,
  pooledLabel,
  summary,
  locale,
  format,
  zeroLine,
}: {
  rows: readonly ForestRow[];
  meta: PooledMeta;
  pooledLabel: string;
  summary: string;
  locale: string;
  format: (value: number) => string;
  /** Draw a line at 0 (for a change). */
  zeroLine: boolean;
}) {
  const bounds = [...rows.flatMap((row) => row.ci), ...meta.ci, ...(meta.predictionInterval ?? [])];
  const span = Math.max(...bounds) - Math.min(...bounds) || 1;
  return (
    <div className="chart-box" style={{ height: 48 + 22 * (rows.length + 1) }}>
      <Bar
        role="img"
        aria-label={summary}
        data={{
          labels: [...rows.map((row) => row.label), pooledLabel],
          datasets: [
            {
              label: summary,
              data: [...rows.map((row) => row.ci), null],
              backgroundColor: ink,
              barThickness: 2,
            },
          ],
        }}
        options={{
          locale,
          indexAxis: 'y',
          maintainAspectRatio: false,
          animation: false,
          plugins: {
            legend: { display: false },
            tooltip: {
              callbacks: {
                label: (item) => {
                  const row = rows[item.dataIndex];
                  return row === undefined
                    ? ''
                    : `${format(row.estimate)} (${format(row.ci[0])} – ${format(row.ci[1])})`;
                },
              },
            },
          },
          scales: {
            x: {
              min: Math.min(...bounds) - span * 0.05,
              max: Math.max(...bounds) + span * 0.05,
              ticks: { callback: (value) => format(Number(value)) },
            },
            y: { ticks: { autoSkip: false } },
          },
        }}
        plugins={[forestMarks(rows, meta, zeroLine)]}
      />
    </div>
  );
}
