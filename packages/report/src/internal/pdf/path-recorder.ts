import type { AffineMatrix } from './affine-matrix.js';

const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const CLOSE = 3;

/** The path operations a PDF content stream knows; the recorder reduces everything else to these. */
export interface PathSink {
  moveTo(x: number, y: number): unknown;
  lineTo(x: number, y: number): unknown;
  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): unknown;
  closePath(): unknown;
}

const tau = 2 * Math.PI;

/**
 * Records a path with the Canvas 2D path methods (the `Path2D` interface) as moves, lines, cubic
 * Béziers and closes, the only segments a PDF path has: quadratic curves become cubic, arcs and
 * ellipses become at most four cubic segments per turn. Each point is mapped through `transform()`
 * when it is added, as a canvas does with the current transform, so the recorder can keep points in
 * page space (the context's own path) or in user space (a `Path2D` mapped when it is drawn).
 */
export class PathRecorder {
  /** Flat list: an opcode followed by its coordinates. */
  private readonly ops: number[] = [];
  private startX = 0;
  private startY = 0;
  private lastX = 0;
  private lastY = 0;
  private open = false;

  /** @param transform the transform in force for points added now (identity when omitted). */
  constructor(private readonly transform: () => AffineMatrix | undefined = () => undefined) {}

  /** True when the path has no segments (drawing it would paint nothing). */
  get empty(): boolean {
    return this.ops.length === 0;
  }

  private map(x: number, y: number): [number, number] {
    const m = this.transform();
    return m === undefined ? [x, y] : [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
  }

  private moveMapped(x: number, y: number): void {
    this.ops.push(MOVE, x, y);
    this.startX = this.lastX = x;
    this.startY = this.lastY = y;
    this.open = true;
  }

  private lineMapped(x: number, y: number): void {
    if (!this.open) {
      this.moveMapped(x, y);
      return;
    }
    this.ops.push(LINE, x, y);
    this.lastX = x;
    this.lastY = y;
  }

  private curveMapped(x1: number, y1: number, x2: number, y2: number, x: number, y: number): void {
    if (!this.open) this.moveMapped(x1, y1);
    this.ops.push(CURVE, x1, y1, x2, y2, x, y);
    this.lastX = x;
    this.lastY = y;
  }

  moveTo(x: number, y: number): void {
    const [px, py] = this.map(x, y);
    this.moveMapped(px, py);
  }

  lineTo(x: number, y: number): void {
    const [px, py] = this.map(x, y);
    this.lineMapped(px, py);
  }

  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): void {
    const [p1x, p1y] = this.map(x1, y1);
    const [p2x, p2y] = this.map(x2, y2);
    const [px, py] = this.map(x, y);
    this.curveMapped(p1x, p1y, p2x, p2y, px, py);
  }

  /** A quadratic curve, raised to the cubic with the same shape (affine maps keep control points). */
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void {
    const [qx, qy] = this.map(cx, cy);
    const [px, py] = this.map(x, y);
    if (!this.open) this.moveMapped(qx, qy);
    const { lastX, lastY } = this;
    this.curveMapped(
      lastX + (2 / 3) * (qx - lastX),
      lastY + (2 / 3) * (qy - lastY),
      px + (2 / 3) * (qx - px),
      py + (2 / 3) * (qy - py),
      px,
      py,
    );
  }

  rect(x: number, y: number, width: number, height: number): void {
    this.moveTo(x, y);
    this.lineTo(x + width, y);
    this.lineTo(x + width, y + height);
    this.lineTo(x, y + height);
    // Closing leaves the current point at (x, y), where a canvas starts the next subpath.
    this.closePath();
  }

  arc(x: number, y: number, radius: number, start: number, end: number, counterclockwise = false): void {
    this.ellipse(x, y, radius, radius, 0, start, end, counterclockwise);
  }

  /**
   * An elliptical arc as the canvas draws it: a line from the current point to the arc's start, then
   * the arc; a sweep of a full turn or more draws the whole ellipse.
   */
  ellipse(
    x: number,
    y: number,
    radiusX: number,
    radiusY: number,
    rotation: number,
    start: number,
    end: number,
    counterclockwise = false,
  ): void {
    if (radiusX < 0 || radiusY < 0) throw new RangeError(`negative radius (${radiusX}, ${radiusY})`);
    let sweep = end - start;
    if (!counterclockwise) sweep = sweep >= tau ? tau : ((sweep % tau) + tau) % tau;
    else sweep = sweep <= -tau ? -tau : -(((-sweep % tau) + tau) % tau);
    const cos = Math.cos(rotation);
    const sin = Math.sin(rotation);
    const point = (angle: number): [number, number] => {
      const ex = radiusX * Math.cos(angle);
      const ey = radiusY * Math.sin(angle);
      return [x + ex * cos - ey * sin, y + ex * sin + ey * cos];
    };
    const tangent = (angle: number): [number, number] => {
      const tx = -radiusX * Math.sin(angle);
      const ty = radiusY * Math.cos(angle);
      return [tx * cos - ty * sin, tx * sin + ty * cos];
    };
    const [sx, sy] = point(start);
    const [mx, my] = this.map(sx, sy);
    this.lineMapped(mx, my);
    const segments = Math.max(1, Math.ceil(Math.abs(sweep) / (Math.PI / 2) - 1e-9));
    const step = sweep / segments;
    // Control points at 4/3·tan(step/4) of the tangent: the standard cubic fit of a circular arc.
    const k = (4 / 3) * Math.tan(step / 4);
    for (let index = 0; index < segments && sweep !== 0; index += 1) {
      const a0 = start + index * step;
      const a1 = a0 + step;
      const [p0x, p0y] = point(a0);
      const [t0x, t0y] = tangent(a0);
      const [p1x, p1y] = point(a1);
      const [t1x, t1y] = tangent(a1);
      this.bezierCurveTo(p0x + k * t0x, p0y + k * t0y, p1x - k * t1x, p1y - k * t1y, p1x, p1y);
    }
  }

  closePath(): void {
    if (!this.open) return;
    this.ops.push(CLOSE);
    this.lastX = this.startX;
    this.lastY = this.startY;
  }

  /** Writes the recorded path into `sink`, mapping each point through `matrix` when given. */
  replay(sink: PathSink, matrix?: AffineMatrix): void {
    const { ops } = this;
    const map = (x: number, y: number): [number, number] =>
      matrix === undefined
        ? [x, y]
        : [matrix[0] * x + matrix[2] * y + matrix[4], matrix[1] * x + matrix[3] * y + matrix[5]];
    let index = 0;
    while (index < ops.length) {
      const op = ops[index]!;
      if (op === MOVE || op === LINE) {
        const [x, y] = map(ops[index + 1]!, ops[index + 2]!);
        if (op === MOVE) sink.moveTo(x, y);
        else sink.lineTo(x, y);
        index += 3;
      } else if (op === CURVE) {
        const [x1, y1] = map(ops[index + 1]!, ops[index + 2]!);
        const [x2, y2] = map(ops[index + 3]!, ops[index + 4]!);
        const [x, y] = map(ops[index + 5]!, ops[index + 6]!);
        sink.bezierCurveTo(x1, y1, x2, y2, x, y);
        index += 7;
      } else {
        sink.closePath();
        index += 1;
      }
    }
  }
}
