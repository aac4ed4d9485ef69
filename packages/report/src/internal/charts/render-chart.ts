import { Path2D as CanvasPath2D, createCanvas, GlobalFonts } from '@napi-rs/canvas';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  type ChartType,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
} from 'chart.js';
import { ReportError } from '../../report-error.js';
import { chartFontFamily, loadFonts } from '../fonts.js';
import { ink } from '../palette.js';
import { PathRecorder } from '../pdf/path-recorder.js';
import { PdfCanvasContext, type PdfCanvasFonts } from '../pdf/pdf-canvas-context.js';

let chartsReady = false;

/**
 * Registers the chart.js parts we use and the chart defaults, once per thread. No chart shows a
 * legend, so the legend plugin is left out (it would still lay out an empty box for every chart).
 */
function prepareCharts(): void {
  if (chartsReady) return;
  Chart.register(
    BarController,
    BarElement,
    CategoryScale,
    LinearScale,
    LineController,
    LineElement,
    PointElement,
  );
  Chart.defaults.font.family = chartFontFamily;
  Chart.defaults.font.size = 8;
  Chart.defaults.color = ink.muted;
  Chart.defaults.borderColor = ink.rule;
  chartsReady = true;
}

let canvasFontsReady = false;

/** Registers the embedded font with @napi-rs/canvas (raster charts only), once per thread. */
function prepareCanvasFonts(): void {
  if (canvasFontsReady) return;
  const fonts = loadFonts();
  GlobalFonts.register(fonts.regular, chartFontFamily);
  GlobalFonts.register(fonts.bold, chartFontFamily);
  canvasFontsReady = true;
}

/**
 * Lets chart.js draw `config` on `context` once. chart.js draws lines through the global Path2D when
 * one exists (pdfjs-dist, for one, polyfills it with another canvas build's class, which our context
 * would not understand), so `path2D` stands in for it during this synchronous draw.
 */
function drawWithChartJs<T extends ChartType>(
  context: unknown,
  config: ChartConfiguration<T>,
  pixelRatio: number,
  path2D: unknown,
): void {
  const scope = globalThis as { Path2D?: unknown };
  const previous = scope.Path2D;
  if (previous !== undefined) scope.Path2D = path2D;
  try {
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
    // The constructor has drawn the chart already (not responsive, no animation: it is attached and
    // update() renders), so no draw() here: that would draw every element twice.
    chart.destroy();
  } finally {
    if (previous !== undefined) scope.Path2D = previous;
  }
}

/** Where {@link drawChart} draws: a box on the current page of `doc`, in points. */
export interface ChartBox {
  doc: PDFKit.PDFDocument;
  x: number;
  y: number;
  width: number;
  height: number;
  fonts: PdfCanvasFonts;
}

/**
 * Draws a chart.js configuration straight into a pdfkit document as vector graphics: chart.js draws
 * on a {@link PdfCanvasContext}, which writes PDF paths and text in the document's embedded font (so
 * labels stay searchable text). No image or SVG in between.
 */
export function drawChart<T extends ChartType>(config: ChartConfiguration<T>, box: ChartBox): void {
  prepareCharts();
  const context = new PdfCanvasContext({
    doc: box.doc,
    x: box.x,
    y: box.y,
    width: Math.round(box.width),
    height: Math.round(box.height),
    fonts: box.fonts,
  });
  context.begin();
  try {
    drawWithChartJs(context, config, 1, PathRecorder);
  } catch (error) {
    throw new ReportError('chart-failed', `chart.js could not draw a ${String(config.type)} chart`, {
      cause: error,
    });
  } finally {
    context.end();
  }
}

/**
 * Draws a chart.js configuration at `width` × `height` points as a PNG at 3× resolution on an
 * @napi-rs/canvas raster canvas (for `charts: 'png'`).
 */
export function renderChartPng<T extends ChartType>(
  config: ChartConfiguration<T>,
  size: { width: number; height: number },
): Buffer {
  prepareCharts();
  prepareCanvasFonts();
  try {
    // chart.js sizes the chart from the canvas and scales the bitmap by the pixel ratio.
    const canvas = createCanvas(Math.round(size.width), Math.round(size.height));
    drawWithChartJs(canvas.getContext('2d'), config, 3, CanvasPath2D);
    return canvas.toBuffer('image/png');
  } catch (error) {
    throw new ReportError('chart-failed', `chart.js could not draw a ${String(config.type)} chart`, {
      cause: error,
    });
  }
}
