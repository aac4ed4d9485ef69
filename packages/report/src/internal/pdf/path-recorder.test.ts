import { describe, expect, it } from 'vitest';
import type { AffineMatrix } from './affine-matrix.js';
import { PathRecorder, type PathSink } from './path-recorder.js';

/** Replays a path into a list of readable segments. */
function segments(path: PathRecorder, matrix?: AffineMatrix): string[] {
  const out: string[] = [];
  const r = (value: number) => Math.round(value * 1000) / 1000;
  const sink: PathSink = {
    moveTo: (x, y) => out.push(`M ${r(x)} ${r(y)}`),
    lineTo: (x, y) => out.push(`L ${r(x)} ${r(y)}`),
    bezierCurveTo: (x1, y1, x2, y2, x, y) =>
      out.push(`C ${r(x1)} ${r(y1)} ${r(x2)} ${r(y2)} ${r(x)} ${r(y)}`),
    closePath: () => out.push('Z'),
  };
  path.replay(sink, matrix);
  return out;
}

/** The end points of the curves of a path, as [x, y]. */
function curveEnds(path: PathRecorder): [number, number][] {
  return segments(path)
    .filter((segment) => segment.startsWith('C'))
    .map((segment) => segment.split(' ').slice(5).map(Number) as [number, number]);
}

describe('PathRecorder', () => {
  it('records moves, lines and closes, and starts a subpath when a line has none', () => {
    const path = new PathRecorder();
    expect(path.empty).toBe(true);
    path.lineTo(1, 2);
    path.lineTo(3, 4);
    path.closePath();
    expect(segments(path)).toEqual(['M 1 2', 'L 3 4', 'Z']);
  });

  it('maps points through the transform in force when they are added, as a canvas does', () => {
    let matrix: AffineMatrix = [1, 0, 0, 1, 10, 20];
    const path = new PathRecorder(() => matrix);
    path.moveTo(0, 0);
    matrix = [2, 0, 0, 2, 0, 0];
    path.lineTo(1, 1);
    expect(segments(path)).toEqual(['M 10 20', 'L 2 2']);
  });

  it('maps a user-space path (Path2D) when it is replayed', () => {
    const path = new PathRecorder();
    path.rect(0, 0, 2, 1);
    expect(segments(path, [1, 0, 0, 1, 5, 5])).toEqual(['M 5 5', 'L 7 5', 'L 7 6', 'L 5 6', 'Z']);
  });

  it('draws a full circle as four cubic segments that stay on the circle', () => {
    const path = new PathRecorder();
    path.arc(10, 10, 5, 0, 2 * Math.PI);
    const ends = curveEnds(path);
    expect(segments(path)[0]).toBe('M 15 10');
    expect(ends).toHaveLength(4);
    for (const [x, y] of ends) expect(Math.hypot(x - 10, y - 10)).toBeCloseTo(5, 6);
    expect(ends.at(-1)).toEqual([15, 10]);
  });

  it('sweeps clockwise or counterclockwise the way the canvas does', () => {
    const clockwise = new PathRecorder();
    clockwise.arc(0, 0, 1, 0, Math.PI / 2);
    expect(curveEnds(clockwise)).toEqual([[0, 1]]);
    // Counterclockwise from 0 to 90° goes the long way round: three quarter turns.
    const counter = new PathRecorder();
    counter.arc(0, 0, 1, 0, Math.PI / 2, true);
    expect(curveEnds(counter)).toHaveLength(3);
    expect(curveEnds(counter).at(-1)![0]).toBeCloseTo(0, 9);
    expect(curveEnds(counter).at(-1)![1]).toBeCloseTo(1, 9);
  });

  it('joins an arc to the current point with a line', () => {
    const path = new PathRecorder();
    path.moveTo(0, 0);
    path.arc(10, 0, 2, Math.PI, 1.5 * Math.PI);
    expect(segments(path).slice(0, 2)).toEqual(['M 0 0', 'L 8 0']);
  });

  it('raises a quadratic curve to the cubic with the same shape', () => {
    const path = new PathRecorder();
    path.moveTo(0, 0);
    path.quadraticCurveTo(3, 3, 6, 0);
    expect(segments(path)).toEqual(['M 0 0', 'C 2 2 4 2 6 0']);
  });

  it('rejects a negative radius like the canvas', () => {
    expect(() => new PathRecorder().arc(0, 0, -1, 0, 1)).toThrow(RangeError);
  });
});
