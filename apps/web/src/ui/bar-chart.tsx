import {
  BarController,
  BarElement,
  CategoryScale,
  type Chart,
  Chart as ChartJS,
  Legend,
  LinearScale,
  type Plugin,
  Tooltip,
} from 'chart.js';
import { Bar } from 'react-chartjs-2';

ChartJS.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/** One series of bars; `ci` draws a whisker per bar (a 95% interval from the API, never computed here). */
export interface BarSeries {
  label: string;
  values: (number | null)[];
  ci?: ([number, number] | undefined)[];
  colour: string;
}

const whiskers: Plugin<'bar'> = {
  id: 'whiskers',
  afterDatasetsDraw(chart: Chart<'bar'>) {
    const { ctx, scales, chartArea } = chart;
    const y = scales.y;
    if (y === undefined) return;
    ctx.save();
    ctx.beginPath();
    ctx.rect(
      chartArea.left,
      chartArea.top,
      chartArea.right - chartArea.left,
      chartArea.bottom - chartArea.top,
    );
    ctx.clip();
    ctx.strokeStyle = '#1d2433';
    ctx.lineWidth = 1.5;
    chart.data.datasets.forEach((dataset, index) => {
      const meta = chart.getDatasetMeta(index);
      const ci = (dataset as { ci?: ([number, number] | undefined)[] }).ci;
      if (meta.hidden || ci === undefined) return;
      meta.data.forEach((bar, barIndex) => {
        const bounds = ci[barIndex];
        if (bounds === undefined) return;
        const { x, width } = bar as unknown as { x: number; width: number };
        const top = y.getPixelForValue(bounds[1]);
        const bottom = y.getPixelForValue(bounds[0]);
        const half = Math.min(8, width / 4);
        ctx.beginPath();
        ctx.moveTo(x, top);
        ctx.lineTo(x, bottom);
        ctx.moveTo(x - half, top);
        ctx.lineTo(x + half, top);
        ctx.moveTo(x - half, bottom);
        ctx.lineTo(x + half, bottom);
        ctx.stroke();
      });
    });
    ctx.restore();
  },
};

/**
 * A bar chart (chart.js through react-chartjs-2) with optional CI whiskers. The canvas is an image with a
 * text alternative (`summary`): give the same figures in text next to it.
 */
export function BarChart({
  labels,
  series,
  summary,
  locale,
  yMin,
  yMax,
  yTitle,
  height = 220,
  stacked = false,
  wholeNumbers = false,
}: {
  labels: string[];
  series: BarSeries[];
  summary: string;
  locale: string;
  yMin?: number;
  yMax?: number;
  yTitle?: string;
  height?: number;
  stacked?: boolean;
  /** Counts: ticks at whole numbers only. */
  wholeNumbers?: boolean;
}) {
  return (
    <div className="chart-box" style={{ height }}>
      <Bar
        role="img"
        aria-label={summary}
        data={{
          labels,
          datasets: series.map((item) => ({
            label: item.label,
            data: item.values,
            backgroundColor: item.colour,
            ...(item.ci === undefined ? {} : { ci: item.ci }),
          })),
        }}
        options={{
          locale,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: series.length > 1, position: 'bottom' } },
          scales: {
            x: { stacked },
            y: {
              stacked,
              beginAtZero: true,
              ...(wholeNumbers ? { ticks: { precision: 0 } } : {}),
              ...(yMin === undefined ? {} : { min: yMin }),
              ...(yMax === undefined ? {} : { max: yMax }),
              ...(yTitle === undefined ? {} : { title: { display: true, text: yTitle } }),
            },
          },
        }}
        plugins={[whiskers]}
      />
    </div>
  );
}

/** Colours for series, distinguishable and dark enough on white. */
export const seriesColours = ['#1f5fa8', '#c25400', '#2e7d32', '#6a3d9a', '#b3261e', '#00796b'];
