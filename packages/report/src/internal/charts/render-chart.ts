import { Path2D as CanvasPath2D, createCanvas, GlobalFonts, SvgExportFlag } from '@napi-rs/canvas';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  type ChartType,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
} from 'chart.js';
import { ReportError } from '../../report-error.js';
import { chartFontFamily, loadFonts } from '../fonts.js';
import { ink } from '../palette.js';

/**
 * Skia writes one x (and y) per glyph in `<text>`; svg-to-pdfkit would then place every glyph on its
 * own. The glyphs come from the same font pdfkit embeds, so the first position is enough: the text
 * becomes one run (faster to place, and copyable and searchable as words in the PDF).
 */
export function simplifySvgText(svg: string): string {
  return svg.replace(/ ([xy])="(-?[\d.e+-]+),[^"]*"/g, ' $1="$2"');
}

/** A chart drawn once, as SVG (preferred) or as a PNG fallback. */
export type RenderedChart =
  | { format: 'svg'; svg: string; width: number; height: number }
  | { format: 'png'; png: Buffer; width: number; height: number };

let ready = false;

/** Registers the chart.js parts we use and the embedded font with the canvas, once per thread. */
function prepare(): void {
  if (ready) return;
  Chart.register(
    BarController,
    BarElement,
    CategoryScale,
    LinearScale,
    LineController,
    LineElement,
    PointElement,
    Legend,
  );
  const fonts = loadFonts();
  GlobalFonts.register(fonts.regular, chartFontFamily);
  GlobalFonts.register(fonts.bold, chartFontFamily);
  Chart.defaults.font.family = chartFontFamily;
  Chart.defaults.font.size = 8;
  Chart.defaults.color = ink.muted;
  Chart.defaults.borderColor = ink.rule;
  ready = true;
}

function draw<T extends ChartType>(
  canvas: { getContext(id: '2d'): unknown },
  config: ChartConfiguration<T>,
  pixelRatio: number,
): void {
  const context = canvas.getContext('2d');
  // chart.js draws lines through the global Path2D when one exists. Another library may have put a
  // different canvas build's Path2D there (pdfjs-dist polyfills it), which our canvas rejects, so lend
  // ours for the duration of this synchronous draw.
  const scope = globalThis as { Path2D?: unknown };
  const previous = scope.Path2D;
  if (previous !== undefined) scope.Path2D = CanvasPath2D;
  try {
    drawChart(context, config, pixelRatio);
  } finally {
    if (previous !== undefined) scope.Path2D = previous;
  }
}

function drawChart<T extends ChartType>(
  context: unknown,
  config: ChartConfiguration<T>,
  pixelRatio: number,
): void {
  const chart = new Chart(
    context as ConstructorParameters<typeof Chart>[0],
    {
      ...config,
      options: {
        ...config.options,
        responsive: false,
        animation: false,
        devicePixelRatio: pixelRatio,
        events: [],
      },
    } as ChartConfiguration,
  );
  // The constructor already drew the chart (not responsive, no animation: attached, then update()
  // renders). Drawing again would write every element twice into the SVG.
  chart.destroy();
}

/**
 * Draws a chart.js configuration at `width` × `height` points. With `format: 'svg'` it draws on an
 * @napi-rs/canvas canvas in SVG export mode, so the chart stays vector (and its text stays text) in
 * the PDF; with `png` it draws at 3× resolution on a raster canvas.
 */
export function renderChart<T extends ChartType>(
  config: ChartConfiguration<T>,
  size: { width: number; height: number },
  format: 'svg' | 'png' = 'svg',
): RenderedChart {
  prepare();
  const { width, height } = size;
  try {
    if (format === 'svg') {
      const canvas = createCanvas(Math.round(width), Math.round(height), SvgExportFlag.NoPrettyXML);
      draw(canvas, config, 1);
      return { format: 'svg', svg: simplifySvgText(canvas.getContent().toString('utf8')), width, height };
    }
    // chart.js sizes the chart from the canvas and scales the bitmap by the pixel ratio.
    const canvas = createCanvas(Math.round(width), Math.round(height));
    draw(canvas, config, 3);
    return { format: 'png', png: canvas.toBuffer('image/png'), width, height };
  } catch (error) {
    throw new ReportError('chart-failed', `chart.js could not draw a ${String(config.type)} chart`, {
      cause: error,
    });
  }
}
