/**
 * A 2-D affine transform in the canvas order `[a, b, c, d, e, f]`: a point (x, y) maps to
 * (a·x + c·y + e, b·x + d·y + f), as in `CanvasRenderingContext2D.setTransform`.
 */
export type AffineMatrix = readonly [number, number, number, number, number, number];

/** The transform that changes nothing. */
export const identity: AffineMatrix = [1, 0, 0, 1, 0, 0];

/** `outer × inner`: the transform that applies `inner` first, then `outer`. */
export function multiply(outer: AffineMatrix, inner: AffineMatrix): AffineMatrix {
  const [a, b, c, d, e, f] = outer;
  const [a2, b2, c2, d2, e2, f2] = inner;
  return [
    a * a2 + c * b2,
    b * a2 + d * b2,
    a * c2 + c * d2,
    b * c2 + d * d2,
    a * e2 + c * f2 + e,
    b * e2 + d * f2 + f,
  ];
}

/** The factor by which `m` scales lengths (exact for rotations and uniform scales). */
export function lengthScale(m: AffineMatrix): number {
  return Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
}

/** True when `m` only moves points (no rotation, scale or skew). */
export function isTranslation(m: AffineMatrix): boolean {
  return m[0] === 1 && m[1] === 0 && m[2] === 0 && m[3] === 1;
}
