import type { Chart, Plugin } from 'chart.js';
import { chartFontFamily } from '../fonts.js';
import { ink } from '../palette.js';

/** One interval per data point of the first dataset; `null` draws nothing. */
export type Intervals = readonly ([number, number] | null)[];

/**
 * Draws 95% confidence intervals as whiskers with caps on the first dataset: vertical on line and
 * column charts, horizontal on bar charts with `indexAxis: 'y'`.
 */
export function ciWhiskers(intervals: Intervals, colour: string, horizontal = false): Plugin {
  return {
    id: 'ciWhiskers',
    afterDatasetsDraw(chart: Chart) {
      const meta = chart.getDatasetMeta(0);
      const valueScale = horizontal ? chart.scales.x : chart.scales.y;
      if (valueScale === undefined) return;
      const { ctx } = chart;
      ctx.save();
      ctx.strokeStyle = colour;
      ctx.lineWidth = 1;
      intervals.forEach((interval, index) => {
        const element = meta.data[index];
        if (interval === null || element === undefined) return;
        const low = valueScale.getPixelForValue(interval[0]);
        const high = valueScale.getPixelForValue(interval[1]);
        const cap = 3;
        ctx.beginPath();
        if (horizontal) {
          const { y } = element;
          ctx.moveTo(low, y);
          ctx.lineTo(high, y);
          ctx.moveTo(low, y - cap);
          ctx.lineTo(low, y + cap);
          ctx.moveTo(high, y - cap);
          ctx.lineTo(high, y + cap);
        } else {
          const { x } = element;
          ctx.moveTo(x, low);
          ctx.lineTo(x, high);
          ctx.moveTo(x - cap, low);
          ctx.lineTo(x + cap, low);
          ctx.moveTo(x - cap, high);
          ctx.lineTo(x + cap, high);
        }
        ctx.stroke();
      });
      ctx.restore();
    },
  };
}

/**
 * Writes a label beside each data point of the first dataset (above points and columns, right of
 * horizontal bars), past the end of its whisker when `anchors` (in data units, e.g. the upper CI
 * bound) reach further. `null` labels are skipped.
 */
export function valueLabels(
  labels: readonly (string | { text: string; muted: true } | null)[],
  options: { horizontal?: boolean; anchors?: readonly (number | null)[]; colour?: string } = {},
): Plugin {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart: Chart) {
      const meta = chart.getDatasetMeta(0);
      const valueScale = options.horizontal ? chart.scales.x : chart.scales.y;
      const { ctx } = chart;
      ctx.save();
      ctx.strokeStyle = '#FFFFFF';
      ctx.lineWidth = 2.5;
      ctx.lineJoin = 'round';
      labels.forEach((entry, index) => {
        const element = meta.data[index];
        if (entry === null || element === undefined) return;
        const muted = typeof entry !== 'string';
        const label = typeof entry === 'string' ? entry : entry.text;
        ctx.fillStyle = muted ? ink.muted : (options.colour ?? ink.text);
        ctx.font = muted ? `7.5px "${chartFontFamily}"` : `bold 8px "${chartFontFamily}"`;
        // A white halo keeps the label legible where it crosses grid or target lines.
        const draw = (x: number, y: number) => {
          if (!muted) ctx.strokeText(label, x, y);
          ctx.fillText(label, x, y);
        };
        const anchor = options.anchors?.[index];
        const reach =
          anchor === undefined || anchor === null || valueScale === undefined
            ? undefined
            : valueScale.getPixelForValue(anchor);
        if (options.horizontal) {
          ctx.textAlign = 'left';
          ctx.textBaseline = 'middle';
          draw(Math.max(element.x, reach ?? element.x) + 4, element.y);
        } else {
          ctx.textAlign = 'center';
          ctx.textBaseline = 'bottom';
          draw(element.x, Math.min(element.y, reach ?? element.y) - 3);
        }
      });
      ctx.restore();
    },
  };
}

/** A dashed reference line across the plot at `value`, with a label at its right end. */
export function targetLine(value: number, label: string, colour: string, horizontal = false): Plugin {
  return {
    id: 'targetLine',
    beforeDatasetsDraw(chart: Chart) {
      const scale = horizontal ? chart.scales.x : chart.scales.y;
      if (scale === undefined) return;
      const { ctx, chartArea } = chart;
      const position = scale.getPixelForValue(value);
      ctx.save();
      ctx.strokeStyle = colour;
      ctx.fillStyle = colour;
      ctx.lineWidth = 1;
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      if (horizontal) {
        ctx.moveTo(position, chartArea.top);
        ctx.lineTo(position, chartArea.bottom);
      } else {
        ctx.moveTo(chartArea.left, position);
        ctx.lineTo(chartArea.right, position);
      }
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.font = `7px "${chartFontFamily}"`;
      if (horizontal) {
        ctx.textAlign = 'center';
        ctx.textBaseline = 'bottom';
        ctx.fillText(label, position, chartArea.top - 2);
      } else {
        // In the right padding, beside the line, so it never collides with value labels.
        ctx.textAlign = 'left';
        ctx.textBaseline = 'middle';
        ctx.fillText(label, chartArea.right + 4, position);
      }
      ctx.restore();
    },
  };
}

/**
 * Range hints for an axis without a fixed range: wide enough for every value, whisker end and the
 * target, so that no label or whisker falls outside the plot.
 */
function suggestedRange(
  values: readonly (number | null | undefined)[],
  axis: { min?: number; max?: number },
): { suggestedMin?: number; suggestedMax?: number } {
  const known = values.filter(
    (value): value is number => typeof value === 'number' && Number.isFinite(value),
  );
  if (known.length === 0) return {};
  const low = Math.min(...known);
  const high = Math.max(...known);
  const pad = (high - low) * 0.08 || Math.abs(high) * 0.05 || 1;
  return {
    ...(axis.min === undefined ? { suggestedMin: low - pad } : {}),
    ...(axis.max === undefined ? { suggestedMax: high + pad } : {}),
  };
}

/** What a chart's value axis shows: the entries (hidden ones left out), a target and the axis settings. */
export interface ValueAxisData {
  entries: readonly { hidden: boolean; value?: number | null; ci?: readonly number[] | null | undefined }[];
  target?: { value: number } | undefined;
  axis: { min?: number; max?: number };
  tick: (value: number) => string;
}

/**
 * The value axis of the trend and breakdown charts: a range around the visible values, their CIs and
 * the target (unless the axis fixes it), light grid lines, no border and at most six formatted ticks.
 */
export function valueScale(data: ValueAxisData) {
  return {
    ...suggestedRange(
      [
        ...data.entries.flatMap((entry) => (entry.hidden ? [] : [entry.value, ...(entry.ci ?? [])])),
        data.target?.value,
      ],
      data.axis,
    ),
    ...(data.axis.min === undefined ? {} : { min: data.axis.min }),
    ...(data.axis.max === undefined ? {} : { max: data.axis.max }),
    grid: { color: ink.rule },
    border: { display: false },
    ticks: { maxTicksLimit: 6, callback: (value: number | string) => data.tick(Number(value)) },
  };
}
