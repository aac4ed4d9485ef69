/// <reference path="../svg-to-pdfkit.d.ts" />

import type { ChartConfiguration, ChartType } from 'chart.js';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { drawChart, renderChartPng } from '../charts/render-chart.js';
import type { ParsedReportFonts } from '../fonts.js';
import { ink } from '../palette.js';

/** A4 in points, with the margins of every content page. */
export const a4 = { width: 595.28, height: 841.89 } as const;
export const margins = { top: 72, bottom: 66, left: 62, right: 62 } as const;

/** Font names registered in every document. */
export const fontNames = { regular: 'Sans', bold: 'Sans-Bold', italic: 'Sans-Italic' } as const;

/** Text settings for `ReportDocument.write`. */
export interface TextStyle {
  size?: number;
  bold?: boolean;
  italic?: boolean;
  colour?: string;
  width?: number;
  x?: number;
  y?: number;
  align?: 'left' | 'right' | 'center' | 'justify';
  lineGap?: number;
  /** Space after the text, in points. */
  after?: number;
  /** Link the text to a named destination. */
  goTo?: string;
}

/** Metadata of a new report document. */
export interface DocumentMeta {
  title: string;
  subject: string;
  author?: string | undefined;
  lang: string;
  createdAt: Date;
  /** Running header text (left) on content pages. */
  runningTitle: string;
}

/**
 * A pdfkit document with the report's page frame: A4, margins, embedded fonts, named destinations for
 * the table of contents, a running header with the current section and page numbers in the footer.
 * Pages are buffered so that the contents and the "page X of Y" footers can be written at the end.
 */
export class ReportDocument {
  readonly doc: PDFKit.PDFDocument;
  private readonly meta: DocumentMeta;
  /** The page index where each anchor sits. */
  private readonly anchors = new Map<string, number>();
  /** The section title shown in the running header of each page (by page index). */
  private readonly sectionOfPage = new Map<number, string>();
  private readonly plainPages = new Set<number>();
  private currentSection = '';
  private pageCount = 0;
  private readonly emAscent: number;

  constructor(fonts: ParsedReportFonts, meta: DocumentMeta, options: { compress?: boolean } = {}) {
    this.meta = meta;
    this.emAscent = fonts.emAscent;
    this.doc = new PDFDocument({
      size: 'A4',
      margins,
      bufferPages: true,
      autoFirstPage: false,
      lang: meta.lang,
      displayTitle: true,
      pdfVersion: '1.7',
      compress: options.compress ?? true,
      info: {
        Title: meta.title,
        Subject: meta.subject,
        ...(meta.author === undefined ? {} : { Author: meta.author }),
        Creator: 'Neighbourly (@neighbourly/report)',
        Producer: 'Neighbourly with PDFKit',
        CreationDate: meta.createdAt,
        ModDate: meta.createdAt,
      },
    });
    // pdfkit ≥ 0.20 takes parsed fontkit fonts (its type declarations only know bytes and paths).
    const register = (name: string, font: ParsedReportFonts['regular']) =>
      this.doc.registerFont(name, font as unknown as Buffer);
    register(fontNames.regular, fonts.regular);
    register(fontNames.bold, fonts.bold);
    register(fontNames.italic, fonts.italic);
    this.doc.on('pageAdded', () => {
      this.sectionOfPage.set(this.pageCount, this.currentSection);
      this.pageCount += 1;
      this.doc.font(fontNames.regular).fontSize(9.5).fillColor(ink.text);
    });
  }

  /** Left edge of the text column. */
  get left(): number {
    return this.doc.page.margins.left;
  }
  /** Width of the text column of the current page. */
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  /** The lowest y content may reach on the current page. */
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  /** Index of the page being written. */
  get pageIndex(): number {
    return this.pageCount - 1;
  }
  get y(): number {
    return this.doc.y;
  }
  set y(value: number) {
    this.doc.y = value;
  }

  /** Starts a new page; `plain` pages (the cover) get no header or footer. */
  addPage(options: { landscape?: boolean; plain?: boolean } = {}): void {
    this.doc.addPage({ size: 'A4', layout: options.landscape ? 'landscape' : 'portrait', margins });
    if (options.plain) this.plainPages.add(this.pageIndex);
    this.doc.x = this.left;
    this.doc.y = this.doc.page.margins.top;
  }

  /**
   * The section named in the running header from the next page on, and on this one when the section
   * starts at its top: a page that opens with the end of one section and then starts another keeps the
   * first one's name, as the header names what the page opens with.
   */
  setSection(title: string): void {
    this.currentSection = title;
    if (this.doc.y <= this.doc.page.margins.top + 1) this.sectionOfPage.set(this.pageIndex, title);
  }

  /** Space left above the bottom margin. */
  remaining(): number {
    return this.bottom - this.doc.y;
  }

  /** Starts a new page unless `height` points still fit. */
  ensureSpace(height: number): void {
    if (this.remaining() < height) this.addPage();
  }

  /** Marks the current position as the target of `id` (for the contents and internal links). */
  anchor(id: string): void {
    this.doc.addNamedDestination(id, 'XYZ', null, Math.max(0, this.doc.y - 12), null);
    this.anchors.set(id, this.pageIndex);
  }

  /** The page index of an anchor, if it was placed. */
  pageOf(id: string): number | undefined {
    return this.anchors.get(id);
  }

  private apply(style: TextStyle): void {
    const font = style.bold ? fontNames.bold : style.italic ? fontNames.italic : fontNames.regular;
    this.doc
      .font(font)
      .fontSize(style.size ?? 9.5)
      .fillColor(style.colour ?? ink.text);
  }

  /** Writes text in the flow (or at `x`/`y`) and moves below it. */
  write(text: string, style: TextStyle = {}): void {
    this.apply(style);
    const x = style.x ?? this.left;
    const options: PDFKit.Mixins.TextOptions = {
      width: style.width ?? this.width - (x - this.left),
      align: style.align ?? 'left',
      lineGap: style.lineGap ?? 1.5,
      ...(style.goTo === undefined ? {} : { goTo: style.goTo }),
    };
    if (style.y === undefined) this.doc.text(text, x, this.doc.y, options);
    else this.doc.text(text, x, style.y, options);
    if (style.after !== undefined) this.doc.y += style.after;
  }

  /** The height `text` takes at `width` in `style`. */
  heightOf(text: string, style: TextStyle = {}): number {
    this.apply(style);
    return this.doc.heightOfString(text, { width: style.width ?? this.width, lineGap: style.lineGap ?? 1.5 });
  }

  /** The width of one line of `text` in `style`. */
  widthOf(text: string, style: TextStyle = {}): number {
    this.apply(style);
    return this.doc.widthOfString(text);
  }

  /**
   * Draws a chart.js chart in the box at (x, y): `vector` writes PDF paths and text in the embedded
   * fonts (no image, no SVG in between); `png` embeds a 3× raster image.
   */
  placeChart<T extends ChartType>(
    config: ChartConfiguration<T>,
    box: { x: number; y: number; width: number; height: number },
    format: 'vector' | 'png' = 'vector',
  ): void {
    if (format === 'png') {
      const png = renderChartPng(config, box);
      this.doc.image(png, box.x, box.y, { width: box.width, height: box.height });
      return;
    }
    drawChart(config, { doc: this.doc, ...box, fonts: { ...fontNames, emAscent: this.emAscent } });
  }

  /** Places an SVG (e.g. a diagram) scaled to `width` × `height`. */
  placeSvg(svg: string, x: number, y: number, width: number, height: number): void {
    SVGtoPDF(this.doc, svg, x, y, {
      assumePt: true,
      width,
      height,
      preserveAspectRatio: 'xMidYMid meet',
      fontCallback: (_family: string, bold: boolean) => (bold ? fontNames.bold : fontNames.regular),
    });
  }

  /** A thin horizontal rule across the text column at the current y. */
  rule(colour: string = ink.rule, after = 8): void {
    const y = this.doc.y;
    this.doc
      .save()
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(0.6)
      .strokeColor(colour)
      .stroke()
      .restore();
    this.doc.y = y + after;
  }

  /**
   * Writes running headers and "page X of Y" footers on every page but the plain ones. Call once,
   * after all content and before `end()`.
   */
  writePageFrames(footer: (page: number, total: number) => string): void {
    const range = this.doc.bufferedPageRange();
    const total = range.count;
    for (let index = range.start; index < range.start + total; index += 1) {
      if (this.plainPages.has(index)) continue;
      this.doc.switchToPage(index);
      const page = this.doc.page;
      const saved = page.margins.bottom;
      page.margins.bottom = 0;
      const left = page.margins.left;
      const width = page.width - page.margins.left - page.margins.right;
      const headerY = 38;
      this.doc.font(fontNames.regular).fontSize(7.5).fillColor(ink.muted);
      this.doc.text(this.meta.runningTitle, left, headerY, {
        width: width * 0.55,
        lineBreak: false,
        ellipsis: true,
      });
      const section = this.sectionOfPage.get(index) ?? '';
      this.doc.text(section, left + width * 0.45, headerY, {
        width: width * 0.55,
        align: 'right',
        lineBreak: false,
        ellipsis: true,
      });
      this.doc
        .save()
        .moveTo(left, headerY + 13)
        .lineTo(left + width, headerY + 13)
        .lineWidth(0.5)
        .strokeColor(ink.rule)
        .stroke()
        .restore();
      const footerY = page.height - 40;
      this.doc.font(fontNames.regular).fontSize(7.5).fillColor(ink.muted);
      this.doc.text(footer(index + 1, total), left, footerY, { width, align: 'right', lineBreak: false });
      page.margins.bottom = saved;
    }
  }

  /** Finishes the document and collects it into one Buffer. */
  toBuffer(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    return new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
      this.doc.end();
    });
  }
}
