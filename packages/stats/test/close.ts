import { expect } from 'vitest';

/** Relative tolerance for statistics compared with scipy/numpy. */
export const REL = 1e-7;
/** Absolute tolerance for p-values compared with scipy. */
export const P_ABS = 1e-9;

/**
 * Asserts |actual - expected| <= rel * |expected| (or <= abs when expected is 0 or abs is larger),
 * with a message that names the quantity.
 */
export function expectClose(actual: number, expected: number, what: string, rel = REL, abs = 1e-12): void {
  const tolerance = Math.max(rel * Math.abs(expected), abs);
  const error = Math.abs(actual - expected);
  expect(Number.isFinite(actual), `${what}: ${actual} is not finite`).toBe(true);
  expect(
    error <= tolerance,
    `${what}: got ${actual}, expected ${expected} (error ${error} > ${tolerance})`,
  ).toBe(true);
}

/** Asserts a p-value within P_ABS of scipy's. */
export function expectP(actual: number, expected: number, what: string): void {
  expectClose(actual, expected, what, 0, P_ABS);
}

/** Element-wise {@link expectClose}. */
export function expectAllClose(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  what: string,
  rel = REL,
) {
  expect(actual.length, `${what}: length`).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expectClose(actual[i]!, expected[i]!, `${what}[${i}]`, rel);
}
