import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../test/pdf-reader.js';
import { chartFontFamily, loadFonts, parseFonts } from '../fonts.js';
import { ReportDocument } from '../pdf/report-document.js';
import { breakdownChartConfig } from './breakdown-chart.js';
import { distributionChartConfig } from './distribution-chart.js';
import { renderChartPng } from './render-chart.js';
import { trendChartConfig } from './trend-chart.js';

function newDocument(): ReportDocument {
  const rd = new ReportDocument(
    parseFonts(),
    { title: 't', subject: 's', lang: 'en', createdAt: new Date(0), runningTitle: 'r' },
    { compress: false },
  );
  rd.addPage();
  return rd;
}

const distribution = distributionChartConfig({
  bars: [
    { label: 'Never', share: 0.2, text: '20%' },
    { label: 'Often', share: 0.55, text: '55%' },
  ],
  tick: (share) => `${Math.round(share * 100)}%`,
});

describe('charts drawn into the PDF', () => {
  it('writes axis ticks, category labels and value labels as PDF text, and bars as vector fills', async () => {
    const rd = newDocument();
    rd.placeChart(distribution, { x: 80, y: 100, width: 220, height: 138 });
    rd.y = 400;
    rd.write('after the chart');
    const pdf = await rd.toBuffer();
    const page = (await readPdf(pdf)).pages[0]!;
    const strings = page.items.map((item) => item.str);
    for (const label of ['0%', '20%', '40%', 'Never', 'Often', '55%']) expect(strings).toContain(label);
    // Every chart label sits inside the chart's box.
    const labels = page.items.filter((entry) => entry.str.trim() !== '' && entry.str !== 'after the chart');
    expect(labels.length).toBeGreaterThanOrEqual(8);
    for (const item of labels) {
      expect(item.x).toBeGreaterThanOrEqual(80);
      expect(item.x + item.width).toBeLessThanOrEqual(300 + 0.5);
      expect(page.height - item.y).toBeGreaterThan(100);
      expect(page.height - item.y).toBeLessThan(238);
    }
    const raw = pdf.toString('latin1');
    // Sky blue bars (#56B4E9), no raster image, and the text after the chart where the flow put it.
    expect(raw).toMatch(/0\.337\d* 0\.705\d* 0\.913\d* scn/);
    expect(raw).not.toContain('/Subtype /Image');
    expect(page.items.find((item) => item.str === 'after the chart')!.x).toBeCloseTo(rd.left, 1);
  });

  it('draws a trend with whiskers, a target and hidden waves, and a breakdown without hidden numbers', async () => {
    const rd = newDocument();
    rd.placeChart(
      trendChartConfig({
        points: [
          { label: 'Baseline', hidden: false, value: 3.2, ci: [3.0, 3.4], text: '3.2' },
          { label: 'Mid-term', hidden: true },
          { label: 'End', hidden: false, value: 3.6, ci: [3.4, 3.8], text: '3.6' },
        ],
        axis: { min: 1, max: 5 },
        tick: (value) => value.toFixed(1),
        target: { value: 4, label: 'target 4.0' },
        notShown: 'not shown',
      }),
      { x: 62, y: 100, width: 260, height: 138 },
    );
    rd.placeChart(
      breakdownChartConfig({
        bars: [
          { label: ['All respondents'], series: 0, hidden: false, value: 3.6, ci: [3.4, 3.8], text: '3.6' },
          { label: ['Age: 80+'], series: 1, hidden: true },
        ],
        axis: { min: 1, max: 5 },
        tick: (value) => value.toFixed(0),
        notShown: 'not shown',
      }),
      { x: 62, y: 300, width: 380, height: 70 },
    );
    const text = (await readPdf(await rd.toBuffer())).pages[0]!.text;
    for (const label of [
      '3.2',
      '3.6',
      'target 4.0',
      'Mid-term',
      '(not shown)',
      'Age: 80+',
      'All respondents',
    ]) {
      expect(text).toContain(label);
    }
  });

  it('places top, middle and bottom text on the em box Skia uses', () => {
    const fonts = loadFonts();
    GlobalFonts.register(fonts.regular, chartFontFamily);
    const context = createCanvas(100, 100).getContext('2d');
    context.font = `100px "${chartFontFamily}"`;
    context.textBaseline = 'alphabetic';
    const metrics = context.measureText('Hg');
    expect(metrics.emHeightAscent / (metrics.emHeightAscent + metrics.emHeightDescent)).toBeCloseTo(
      parseFonts().emAscent,
      3,
    );
  });

  it('still renders a raster PNG for charts: png, and places it as an image', async () => {
    const png = renderChartPng(distribution, { width: 200, height: 138 });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(1000);
    const rd = newDocument();
    rd.placeChart(distribution, { x: 80, y: 100, width: 200, height: 138 }, 'png');
    const pdf = await rd.toBuffer();
    expect(pdf.toString('latin1')).toContain('/Subtype /Image');
    // A raster chart carries no chart text.
    expect((await readPdf(pdf)).pages[0]!.text).not.toContain('55%');
  });
});
