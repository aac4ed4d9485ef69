import { color as parseColour } from 'chart.js/helpers';
import { type AffineMatrix, identity, isTranslation, lengthScale, multiply } from './affine-matrix.js';
import { PathRecorder } from './path-recorder.js';

/** The pdfkit fonts (registered names) the context writes text with, and where their em box sits. */
export interface PdfCanvasFonts {
  regular: string;
  bold: string;
  italic: string;
  /**
   * Share of the em box above the baseline (the OS/2 typographic ascender over ascender minus
   * descender), which places `top`, `middle` and `bottom` text the way Skia and browsers do.
   */
  emAscent: number;
}

/** Where a {@link PdfCanvasContext} draws: a box on the current pdfkit page, in points. */
export interface PdfCanvasOptions {
  doc: PDFKit.PDFDocument;
  x: number;
  y: number;
  /** Canvas size in canvas units; one unit is one point. */
  width: number;
  height: number;
  fonts: PdfCanvasFonts;
}

type LineCap = 'butt' | 'round' | 'square';
type LineJoin = 'bevel' | 'miter' | 'round';
type FillRule = 'evenodd' | 'nonzero';
type TextAlign = 'center' | 'end' | 'left' | 'right' | 'start';
type TextBaseline = 'alphabetic' | 'bottom' | 'hanging' | 'ideographic' | 'middle' | 'top';

/** What `measureText` answers: the advance width and em-box extents around the text's baseline. */
export interface TextMeasure {
  width: number;
  actualBoundingBoxLeft: number;
  actualBoundingBoxRight: number;
  actualBoundingBoxAscent: number;
  actualBoundingBoxDescent: number;
  fontBoundingBoxAscent: number;
  fontBoundingBoxDescent: number;
  emHeightAscent: number;
  emHeightDescent: number;
}

interface Paint {
  rgb: [number, number, number];
  alpha: number;
}

interface FontChoice {
  name: string;
  size: number;
}

interface GraphicsState {
  /** Canvas transform (what `getTransform` reports), and the same composed with the page placement. */
  matrix: AffineMatrix;
  page: AffineMatrix;
  fillStyle: string;
  strokeStyle: string;
  lineWidth: number;
  lineCap: LineCap;
  lineJoin: LineJoin;
  miterLimit: number;
  lineDash: number[];
  lineDashOffset: number;
  globalAlpha: number;
  font: string;
  textAlign: TextAlign;
  textBaseline: TextBaseline;
  /** What was last written to the PDF graphics state (PDF `q`/`Q` restores it with the rest). */
  written: { fillOpacity?: number; strokeOpacity?: number; stroke?: string };
}

/** Parsed CSS colours, per thread. */
const paints = new Map<string, Paint | null>();
/**
 * Text widths by font name, size and text, per thread and across documents: the report registers the
 * same faces under the same names in every document, so a width measured once holds for all.
 */
const widths = new Map<string, number>();
const maxCachedWidths = 50_000;

function paintOf(style: string): Paint | null {
  let paint = paints.get(style);
  if (paint === undefined) {
    const parsed = parseColour(style);
    const rgb = parsed.valid ? parsed.rgb : undefined;
    paint = rgb === undefined ? null : { rgb: [rgb.r, rgb.g, rgb.b], alpha: rgb.a };
    paints.set(style, paint);
  }
  return paint;
}

/**
 * A `CanvasRenderingContext2D` stand-in that draws into a pdfkit document instead of pixels: paths
 * become PDF path operators, text becomes real PDF text in the document's embedded fonts (searchable,
 * copyable, subset once per document), colours with alpha become opacity states. It implements what
 * chart.js uses (paths, arcs, rectangles, fill and stroke styles as CSS colours, dashes, transforms,
 * clipping, `fillText`/`strokeText`/`measureText`); gradients, patterns, images and pixel access are
 * not supported and throw. `clearRect` paints nothing: the page is the background.
 *
 * Call {@link PdfCanvasContext.begin} before drawing and {@link PdfCanvasContext.end} after; between
 * the two the drawing sits inside one PDF `q`/`Q` pair, so nothing leaks into the rest of the page.
 */
export class PdfCanvasContext {
  /** The canvas this context draws on, as chart.js expects to find it. */
  readonly canvas: { width: number; height: number; getContext(kind: '2d'): PdfCanvasContext | null };
  private readonly doc: PDFKit.PDFDocument;
  private readonly fonts: PdfCanvasFonts;
  private readonly placement: AffineMatrix;
  private state: GraphicsState;
  private readonly stack: GraphicsState[] = [];
  private path: PathRecorder;
  private savedCursor: { x: number; y: number } | undefined;

  constructor(options: PdfCanvasOptions) {
    this.doc = options.doc;
    this.fonts = options.fonts;
    this.placement = [1, 0, 0, 1, options.x, options.y];
    this.canvas = {
      width: options.width,
      height: options.height,
      getContext: (kind) => (kind === '2d' ? this : null),
    };
    this.state = {
      matrix: identity,
      page: this.placement,
      fillStyle: '#000000',
      strokeStyle: '#000000',
      lineWidth: 1,
      lineCap: 'butt',
      lineJoin: 'miter',
      miterLimit: 10,
      lineDash: [],
      lineDashOffset: 0,
      globalAlpha: 1,
      font: '10px sans-serif',
      textAlign: 'start',
      textBaseline: 'alphabetic',
      written: {},
    };
    this.path = this.newPath();
  }

  private newPath(): PathRecorder {
    return new PathRecorder(() => this.state.page);
  }

  /** Opens the drawing: saves the PDF graphics state and pdfkit's text cursor. */
  begin(): void {
    this.savedCursor = { x: this.doc.x, y: this.doc.y };
    this.doc.save();
  }

  /** Closes the drawing: restores the PDF graphics state (and any unbalanced `save()`) and the cursor. */
  end(): void {
    while (this.stack.length > 0) this.restore();
    this.doc.restore();
    if (this.savedCursor !== undefined) {
      this.doc.x = this.savedCursor.x;
      this.doc.y = this.savedCursor.y;
    }
  }

  // Styles --------------------------------------------------------------------------------------

  get fillStyle(): string {
    return this.state.fillStyle;
  }
  set fillStyle(value: string) {
    this.state.fillStyle = this.checkStyle(value);
  }
  get strokeStyle(): string {
    return this.state.strokeStyle;
  }
  set strokeStyle(value: string) {
    this.state.strokeStyle = this.checkStyle(value);
  }
  get lineWidth(): number {
    return this.state.lineWidth;
  }
  set lineWidth(value: number) {
    if (Number.isFinite(value) && value > 0) this.state.lineWidth = value;
  }
  get lineCap(): LineCap {
    return this.state.lineCap;
  }
  set lineCap(value: LineCap) {
    this.state.lineCap = value;
  }
  get lineJoin(): LineJoin {
    return this.state.lineJoin;
  }
  set lineJoin(value: LineJoin) {
    this.state.lineJoin = value;
  }
  get miterLimit(): number {
    return this.state.miterLimit;
  }
  set miterLimit(value: number) {
    if (Number.isFinite(value) && value > 0) this.state.miterLimit = value;
  }
  get lineDashOffset(): number {
    return this.state.lineDashOffset;
  }
  set lineDashOffset(value: number) {
    if (Number.isFinite(value)) this.state.lineDashOffset = value;
  }
  get globalAlpha(): number {
    return this.state.globalAlpha;
  }
  set globalAlpha(value: number) {
    if (Number.isFinite(value) && value >= 0 && value <= 1) this.state.globalAlpha = value;
  }
  get font(): string {
    return this.state.font;
  }
  set font(value: string) {
    this.state.font = value;
  }
  get textAlign(): TextAlign {
    return this.state.textAlign;
  }
  set textAlign(value: TextAlign) {
    this.state.textAlign = value;
  }
  get textBaseline(): TextBaseline {
    return this.state.textBaseline;
  }
  set textBaseline(value: TextBaseline) {
    this.state.textBaseline = value;
  }

  setLineDash(segments: readonly number[]): void {
    if (segments.some((value) => !Number.isFinite(value) || value < 0)) return;
    // As the canvas does: an odd list is repeated to make it even.
    this.state.lineDash = segments.length % 2 === 1 ? [...segments, ...segments] : [...segments];
  }
  getLineDash(): number[] {
    return [...this.state.lineDash];
  }

  private checkStyle(value: unknown): string {
    if (typeof value !== 'string') {
      throw new TypeError(
        'only CSS colours are supported as fill and stroke styles (no gradients or patterns)',
      );
    }
    return value;
  }

  // State and transforms ------------------------------------------------------------------------

  save(): void {
    this.stack.push(this.state);
    this.state = { ...this.state, lineDash: [...this.state.lineDash], written: { ...this.state.written } };
    this.doc.save();
  }

  restore(): void {
    const previous = this.stack.pop();
    if (previous === undefined) return;
    this.state = previous;
    this.doc.restore();
  }

  private setMatrix(matrix: AffineMatrix): void {
    this.state.matrix = matrix;
    this.state.page = multiply(this.placement, matrix);
  }

  translate(x: number, y: number): void {
    this.transform(1, 0, 0, 1, x, y);
  }
  scale(x: number, y: number): void {
    this.transform(x, 0, 0, y, 0, 0);
  }
  rotate(angle: number): void {
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    this.transform(cos, sin, -sin, cos, 0, 0);
  }
  transform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    this.setMatrix(multiply(this.state.matrix, [a, b, c, d, e, f]));
  }
  setTransform(
    a: number | { a?: number; b?: number; c?: number; d?: number; e?: number; f?: number } = {},
    b = 0,
    c = 0,
    d = 1,
    e = 0,
    f = 0,
  ): void {
    if (typeof a === 'number') this.setMatrix([a, b, c, d, e, f]);
    else this.setMatrix([a.a ?? 1, a.b ?? 0, a.c ?? 0, a.d ?? 1, a.e ?? 0, a.f ?? 0]);
  }
  resetTransform(): void {
    this.setMatrix(identity);
  }
  getTransform(): { a: number; b: number; c: number; d: number; e: number; f: number } {
    const [a, b, c, d, e, f] = this.state.matrix;
    return { a, b, c, d, e, f };
  }

  // Paths ---------------------------------------------------------------------------------------

  beginPath(): void {
    this.path = this.newPath();
  }
  closePath(): void {
    this.path.closePath();
  }
  moveTo(x: number, y: number): void {
    this.path.moveTo(x, y);
  }
  lineTo(x: number, y: number): void {
    this.path.lineTo(x, y);
  }
  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): void {
    this.path.bezierCurveTo(x1, y1, x2, y2, x, y);
  }
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void {
    this.path.quadraticCurveTo(cx, cy, x, y);
  }
  rect(x: number, y: number, width: number, height: number): void {
    this.path.rect(x, y, width, height);
  }
  arc(x: number, y: number, radius: number, start: number, end: number, counterclockwise?: boolean): void {
    this.path.arc(x, y, radius, start, end, counterclockwise);
  }
  ellipse(
    x: number,
    y: number,
    radiusX: number,
    radiusY: number,
    rotation: number,
    start: number,
    end: number,
    counterclockwise?: boolean,
  ): void {
    this.path.ellipse(x, y, radiusX, radiusY, rotation, start, end, counterclockwise);
  }

  /** Writes `path` (or the current path) into the PDF; false when there is nothing to draw. */
  private emitPath(path: PathRecorder | undefined): boolean {
    const target = path ?? this.path;
    if (target.empty) return false;
    // A Path2D holds user-space points: map them with the transform in force now.
    target.replay(this.doc, path === undefined ? undefined : this.state.page);
    return true;
  }

  fill(pathOrRule?: PathRecorder | FillRule, rule?: FillRule): void {
    const path = pathOrRule instanceof PathRecorder ? pathOrRule : undefined;
    const fillRule = path === undefined ? (pathOrRule as FillRule | undefined) : rule;
    if (!this.applyFill()) return;
    if (!this.emitPath(path)) return;
    if (fillRule === 'evenodd') this.doc.fill('even-odd');
    else this.doc.fill();
  }

  stroke(path?: PathRecorder): void {
    if (!this.applyStroke()) return;
    if (!this.emitPath(path)) return;
    this.doc.stroke();
  }

  clip(pathOrRule?: PathRecorder | FillRule, rule?: FillRule): void {
    const path = pathOrRule instanceof PathRecorder ? pathOrRule : undefined;
    const fillRule = path === undefined ? (pathOrRule as FillRule | undefined) : rule;
    if (!this.emitPath(path)) {
      // Clipping to nothing hides everything drawn after it.
      this.doc.rect(0, 0, 0, 0);
    }
    this.doc.clip(fillRule === 'evenodd' ? 'even-odd' : undefined);
  }

  fillRect(x: number, y: number, width: number, height: number): void {
    const path = this.newPath();
    path.rect(x, y, width, height);
    if (!this.applyFill()) return;
    path.replay(this.doc);
    this.doc.fill();
  }

  strokeRect(x: number, y: number, width: number, height: number): void {
    const path = this.newPath();
    path.rect(x, y, width, height);
    if (!this.applyStroke()) return;
    path.replay(this.doc);
    this.doc.stroke();
  }

  /** Paints nothing: a PDF page has no pixels to clear, and charts are drawn onto a blank box. */
  clearRect(_x: number, _y: number, _width: number, _height: number): void {}

  drawImage(): never {
    throw new TypeError('drawImage is not supported when drawing into a PDF');
  }
  getImageData(): never {
    throw new TypeError('getImageData is not supported when drawing into a PDF');
  }
  createLinearGradient(): never {
    throw new TypeError('gradients are not supported when drawing into a PDF');
  }
  createRadialGradient(): never {
    throw new TypeError('gradients are not supported when drawing into a PDF');
  }
  createPattern(): never {
    throw new TypeError('patterns are not supported when drawing into a PDF');
  }

  /** Sets the fill colour and opacity; false when the fill is invisible (nothing to draw). */
  private applyFill(): boolean {
    const paint = paintOf(this.state.fillStyle);
    if (paint === null) return false;
    const opacity = paint.alpha * this.state.globalAlpha;
    if (opacity <= 0) return false;
    this.doc.fillColor(paint.rgb);
    if (this.state.written.fillOpacity !== opacity) {
      this.doc.fillOpacity(opacity);
      this.state.written.fillOpacity = opacity;
    }
    return true;
  }

  /** Sets the stroke colour, opacity, width, caps, joins and dashes; false when invisible. */
  private applyStroke(): boolean {
    const { state, doc } = this;
    const paint = paintOf(state.strokeStyle);
    if (paint === null) return false;
    const opacity = paint.alpha * state.globalAlpha;
    if (opacity <= 0) return false;
    doc.strokeColor(paint.rgb);
    if (state.written.strokeOpacity !== opacity) {
      doc.strokeOpacity(opacity);
      state.written.strokeOpacity = opacity;
    }
    const scale = lengthScale(state.page);
    const dash = state.lineDash.filter((value) => value > 0);
    const key = `${state.lineWidth * scale} ${state.lineCap} ${state.lineJoin} ${state.miterLimit} ${dash.join(',')} ${state.lineDashOffset}`;
    if (state.written.stroke !== key) {
      doc
        .lineWidth(state.lineWidth * scale)
        .lineCap(state.lineCap)
        .lineJoin(state.lineJoin);
      doc.miterLimit(state.miterLimit);
      if (dash.length === 0 || dash.length !== state.lineDash.length) doc.undash();
      else {
        // pdfkit takes the whole dash array (its type declarations only know a single length).
        const lengths = dash.map((value) => value * scale) as unknown as number;
        doc.dash(lengths, { phase: state.lineDashOffset * scale });
      }
      state.written.stroke = key;
    }
    return true;
  }

  // Text ----------------------------------------------------------------------------------------

  private fontChoice(): FontChoice {
    const { font } = this.state;
    const size = /(?:^|\s)(\d*\.?\d+)px\b/.exec(font);
    const style = size === null ? font : font.slice(0, size.index);
    const bold = /\b(bold|bolder|[6-9]00)\b/.test(style);
    const italic = /\b(italic|oblique)\b/.test(style);
    return {
      name: bold ? this.fonts.bold : italic ? this.fonts.italic : this.fonts.regular,
      size: size === null ? 10 : Number(size[1]),
    };
  }

  private widthOf(text: string, font: FontChoice): number {
    const key = `${font.name}\u0000${font.size}\u0000${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      width = this.doc.font(font.name).fontSize(font.size).widthOfString(text);
      if (widths.size >= maxCachedWidths) widths.clear();
      widths.set(key, width);
    }
    return width;
  }

  /** Width from the embedded font (as pdfkit will lay the text out); em-box metrics for the rest. */
  measureText(text: string): TextMeasure {
    const font = this.fontChoice();
    const width = this.widthOf(String(text), font);
    const ascent = this.fonts.emAscent * font.size;
    const descent = font.size - ascent;
    const shift = this.baselineShift(font.size);
    return {
      width,
      actualBoundingBoxLeft: 0,
      actualBoundingBoxRight: width,
      actualBoundingBoxAscent: ascent - shift,
      actualBoundingBoxDescent: descent + shift,
      fontBoundingBoxAscent: ascent - shift,
      fontBoundingBoxDescent: descent + shift,
      emHeightAscent: ascent - shift,
      emHeightDescent: descent + shift,
    };
  }

  /** How far below the given y the alphabetic baseline sits for the current `textBaseline`. */
  private baselineShift(size: number): number {
    const ascent = this.fonts.emAscent * size;
    switch (this.state.textBaseline) {
      case 'top':
        return ascent;
      case 'hanging':
        // Browsers put the hanging baseline at 80% of the ascent.
        return 0.8 * ascent;
      case 'middle':
        return ascent - size / 2;
      case 'bottom':
        return ascent - size;
      case 'ideographic':
        return -(size - ascent);
      default:
        return 0;
    }
  }

  fillText(text: string, x: number, y: number, maxWidth?: number): void {
    if (!this.applyFill()) return;
    this.writeText(String(text), x, y, maxWidth, 'fill');
  }

  strokeText(text: string, x: number, y: number, maxWidth?: number): void {
    if (!this.applyStroke()) return;
    this.writeText(String(text), x, y, maxWidth, 'stroke');
  }

  private writeText(
    text: string,
    x: number,
    y: number,
    maxWidth: number | undefined,
    mode: 'fill' | 'stroke',
  ) {
    if (text === '') return;
    const font = this.fontChoice();
    const width = this.widthOf(text, font);
    const squeeze = maxWidth !== undefined && maxWidth >= 0 && width > maxWidth ? maxWidth / width : 1;
    if (squeeze === 0) return;
    const shown = width * squeeze;
    const { textAlign } = this.state;
    const left =
      textAlign === 'center' ? x - shown / 2 : textAlign === 'right' || textAlign === 'end' ? x - shown : x;
    const options: PDFKit.Mixins.TextOptions = {
      lineBreak: false,
      baseline: -this.baselineShift(font.size),
      fill: mode === 'fill',
      stroke: mode === 'stroke',
      ...(squeeze === 1 ? {} : { horizontalScaling: squeeze * 100 }),
    };
    const { doc } = this;
    doc.font(font.name).fontSize(font.size);
    const { page } = this.state;
    if (isTranslation(page)) {
      doc.text(text, left + page[4], y + page[5], options);
      return;
    }
    // Rotated or scaled text: write it in canvas units inside the transform.
    doc.save();
    doc.transform(...page);
    doc.text(text, left, y, options);
    doc.restore();
  }
}
