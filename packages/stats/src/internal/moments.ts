/** Mean and sum of squared deviations of a compact sample (Neumaier-compensated mean, corrected two-pass). */
export interface Moments {
  n: number;
  mean: number;
  /** Sum of squared deviations from the mean. */
  ss: number;
}

/** Compensated (Neumaier) sum: accurate to about one rounding error regardless of n. */
export function sum(values: ArrayLike<number>, length = values.length): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < length; i++) {
    const x = values[i]!;
    const t = s + x;
    if (Math.abs(s) >= Math.abs(x)) c += s - t + x;
    else c += x - t + s;
    s = t;
  }
  return s + c;
}

/** Mean and sum of squared deviations, with the corrected two-pass algorithm (Chan, Golub & LeVeque). */
export function moments(values: ArrayLike<number>, length = values.length): Moments {
  const mean = sum(values, length) / length;
  let ss = 0;
  let comp = 0;
  for (let i = 0; i < length; i++) {
    const d = values[i]! - mean;
    ss += d * d;
    comp += d;
  }
  ss -= (comp * comp) / length;
  return { n: length, mean, ss: Math.max(ss, 0) };
}

/** Sample variance (n - 1 denominator). */
export function sampleVariance(m: Moments): number {
  return m.ss / (m.n - 1);
}
