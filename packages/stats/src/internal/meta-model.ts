import { StatsError } from '../stats-error.js';

/** How between-study variance τ² is estimated: none (fixed effect), DerSimonian–Laird or REML. */
export type MetaMethod = 'FE' | 'DL' | 'REML';
/** How the standard errors of the pooled coefficients are formed. */
export type MetaCiMethod = 'wald' | 'hartung-knapp';

/** A weighted least-squares fit of y = Xβ + u + e, u ~ N(0, τ²), e ~ N(0, v). */
export interface MetaFit {
  k: number;
  /** Number of coefficients (columns of X). */
  p: number;
  beta: number[];
  /** Covariance of β (scaled by the Hartung–Knapp factor when asked). */
  covariance: number[][];
  tau2: number;
  /** Random-effects weights 1/(v + τ²). */
  weights: Float64Array;
  /** Fixed-effect (residual) heterogeneity Q and its degrees of freedom k − p. */
  q: number;
  qDf: number;
  /** Fisher-scoring iterations REML ran (0 for FE and DL). */
  iterations: number;
}

/** Fisher-scoring steps before REML falls back to bisection. */
const FISHER_ITERATIONS = 100;
const TOLERANCE = 1e-13;

/** Checks lengths, finiteness and positive variances; returns typed copies. */
export function checkMetaInput(
  estimates: ArrayLike<number>,
  variances: ArrayLike<number>,
  minimum: number,
  what: string,
): { y: Float64Array; v: Float64Array } {
  if (estimates.length !== variances.length) {
    throw new StatsError(
      'mismatched-lengths',
      `${what}: ${estimates.length} estimates but ${variances.length} variances`,
    );
  }
  if (estimates.length < minimum) {
    throw new StatsError(
      'too-few-observations',
      `${what} needs at least ${minimum} studies, got ${estimates.length}`,
    );
  }
  const y = Float64Array.from(estimates);
  const v = Float64Array.from(variances);
  for (let i = 0; i < y.length; i++) {
    if (!Number.isFinite(y[i])) {
      throw new StatsError('invalid-argument', `${what}: estimate ${i} must be finite, got ${y[i]}`);
    }
    const vi = v[i] as number;
    if (!(vi > 0) || !Number.isFinite(vi)) {
      throw new StatsError('invalid-argument', `${what}: variance ${i} must be finite and > 0, got ${vi}`);
    }
  }
  return { y, v };
}

/** Inverse of a small symmetric positive-definite matrix (Gauss–Jordan). */
function invert(a: number[][], what: string): number[][] {
  const n = a.length;
  const m = a.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    const scale = m[pivot]![c]!;
    const size = Math.max(...a.map((row) => Math.abs(row[c]!)));
    if (!(Math.abs(scale) > 1e-12 * size)) {
      throw new StatsError('zero-variance', `${what}: the moderator does not vary between studies`);
    }
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const row = m[c]!;
    for (let j = 0; j < 2 * n; j++) row[j]! /= scale;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]!;
      if (f !== 0) for (let j = 0; j < 2 * n; j++) m[r]![j]! -= f * row[j]!;
    }
  }
  return m.map((row) => row.slice(n));
}

/** Everything a weighted fit with weights w gives: β, (X'WX)⁻¹ and the weighted residual sum of squares. */
interface Weighted {
  beta: number[];
  inverse: number[][];
  rss: number;
  /** y'PPy, tr(P) and tr(PP) for P = W − WX(X'WX)⁻¹X'W: what REML's score and information need. */
  pyy: number;
  trP: number;
  trPP: number;
}

/** {@link weightedFit} for one column (the pooled mean), without matrices: REML calls it on every step. */
function weightedFitOne(y: Float64Array, x: Float64Array, w: Float64Array): Weighted {
  const k = y.length;
  let xtwx = 0;
  let xtwy = 0;
  let xtw2x = 0;
  for (let i = 0; i < k; i++) {
    const wi = w[i] as number;
    const xi = x[i] as number;
    xtwx += wi * xi * xi;
    xtwy += wi * xi * (y[i] as number);
    xtw2x += wi * wi * xi * xi;
  }
  const inverse = 1 / xtwx;
  const beta = inverse * xtwy;
  let rss = 0;
  let pyy = 0;
  let trP = 0;
  let sumW2 = 0;
  let sumW2H = 0;
  for (let i = 0; i < k; i++) {
    const wi = w[i] as number;
    const xi = x[i] as number;
    const r = (y[i] as number) - beta * xi;
    const h = xi * xi * inverse;
    rss += wi * r * r;
    pyy += wi * wi * r * r;
    trP += wi - wi * wi * h;
    sumW2 += wi * wi;
    sumW2H += wi * wi * wi * h;
  }
  const m = inverse * xtw2x;
  return {
    beta: [beta],
    inverse: [[inverse]],
    rss,
    pyy,
    trP,
    trPP: sumW2 - 2 * sumW2H + m * m,
  };
}

function weightedFit(y: Float64Array, x: readonly Float64Array[], w: Float64Array, what: string): Weighted {
  const k = y.length;
  const p = x.length;
  if (p === 1) return weightedFitOne(y, x[0] as Float64Array, w);
  const xtwx = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const xtwy = new Array<number>(p).fill(0);
  for (let i = 0; i < k; i++) {
    const wi = w[i] as number;
    for (let a = 0; a < p; a++) {
      const xa = (x[a] as Float64Array)[i] as number;
      xtwy[a]! += wi * xa * (y[i] as number);
      for (let b = 0; b < p; b++) xtwx[a]![b]! += wi * xa * ((x[b] as Float64Array)[i] as number);
    }
  }
  const inverse = invert(xtwx, what);
  const beta = inverse.map((row) => row.reduce((s, c, b) => s + c * xtwy[b]!, 0));
  // Hat-like diagonal h_i = w_i x_i'(X'WX)⁻¹x_i and, for tr(PP), the matrix M = (X'WX)⁻¹ X'W²X.
  let rss = 0;
  let pyy = 0;
  let trP = 0;
  let sumW2 = 0;
  let sumW2H = 0;
  const xtw2x = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let i = 0; i < k; i++) {
    const wi = w[i] as number;
    let fitted = 0;
    for (let a = 0; a < p; a++) fitted += beta[a]! * ((x[a] as Float64Array)[i] as number);
    const r = (y[i] as number) - fitted;
    rss += wi * r * r;
    pyy += wi * wi * r * r;
    let h = 0;
    for (let a = 0; a < p; a++) {
      const xa = (x[a] as Float64Array)[i] as number;
      for (let b = 0; b < p; b++) {
        const xb = (x[b] as Float64Array)[i] as number;
        h += xa * inverse[a]![b]! * xb;
        xtw2x[a]![b]! += wi * wi * xa * xb;
      }
    }
    trP += wi - wi * wi * h;
    sumW2 += wi * wi;
    sumW2H += wi * wi * wi * h;
  }
  // tr(PP) = Σw² − 2 Σ w³h + tr(M²), M = (X'WX)⁻¹ X'W²X.
  const mMatrix = inverse.map((row) =>
    xtw2x[0]!.map((_, b) => row.reduce((s, c, j) => s + c * xtw2x[j]![b]!, 0)),
  );
  let trM2 = 0;
  for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) trM2 += mMatrix[a]![b]! * mMatrix[b]![a]!;
  return { beta, inverse, rss, pyy, trP, trPP: sumW2 - 2 * sumW2H + trM2 };
}

/**
 * The REML τ² as the root of the score (y'PPy − tr P) on τ² ≥ 0 by bisection: 0 when the score is not positive
 * at 0, else between 0 and the first doubling of `start` where the score turns negative.
 */
function bisectScore(score: (tau2: number) => number, start: number, what: string): number {
  if (score(0) <= 0) return 0;
  let low = 0;
  let high = Math.max(start, 1e-8);
  for (let doubling = 0; score(high) > 0; doubling++) {
    if (doubling > 200) throw new StatsError('invalid-argument', `${what}: REML found no maximum`);
    low = high;
    high *= 2;
  }
  for (let step = 0; step < 400 && high - low > TOLERANCE * Math.max(1, high); step++) {
    const middle = (low + high) / 2;
    if (score(middle) > 0) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

function weightsFor(v: Float64Array, tau2: number): Float64Array {
  const w = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) w[i] = 1 / ((v[i] as number) + tau2);
  return w;
}

/**
 * Fits the (mixed-effects) meta-analytic model with design columns `x` (an intercept column first).
 * REML uses Fisher scoring from the DerSimonian–Laird value, truncated at τ² = 0.
 */
export function fitMetaModel(
  y: Float64Array,
  v: Float64Array,
  x: readonly Float64Array[],
  method: MetaMethod,
  ci: MetaCiMethod,
  what: string,
): MetaFit {
  const k = y.length;
  const p = x.length;
  if (k <= p) {
    throw new StatsError('too-few-observations', `${what} needs more than ${p} studies, got ${k}`);
  }
  const fixed = weightedFit(y, x, weightsFor(v, 0), what);
  const q = fixed.rss;
  const qDf = k - p;
  let tau2 = 0;
  let iterations = 0;
  if (method === 'DL' || method === 'REML') {
    // DerSimonian–Laird: (Q − df) / tr(P) with fixed-effect weights, where tr(P) = Σw − tr((X'WX)⁻¹X'W²X).
    tau2 = Math.max(0, (q - qDf) / fixed.trP);
  }
  if (method === 'REML') {
    const score = (t: number) => {
      const fit = weightedFit(y, x, weightsFor(v, t), what);
      return { fit, value: fit.pyy - fit.trP };
    };
    // Fisher scoring from the DL value, τ² ≥ 0.
    let converged = false;
    for (iterations = 1; iterations <= FISHER_ITERATIONS; iterations++) {
      const { fit } = score(tau2);
      const next = Math.max(0, tau2 + (fit.pyy - fit.trP) / fit.trPP);
      const change = Math.abs(next - tau2);
      tau2 = next;
      if (change <= TOLERANCE * Math.max(1, tau2)) {
        converged = true;
        break;
      }
    }
    // Where scoring keeps overshooting (a flat likelihood), bisect the score, which is exact in sign.
    if (!converged) tau2 = bisectScore((t) => score(t).value, tau2, what);
  }
  const weights = weightsFor(v, tau2);
  const fit = method === 'FE' ? fixed : weightedFit(y, x, weights, what);
  let factor = 1;
  if (ci === 'hartung-knapp') factor = fit.rss / (k - p);
  return {
    k,
    p,
    beta: fit.beta,
    covariance: fit.inverse.map((row) => row.map((c) => c * factor)),
    tau2,
    weights,
    q,
    qDf,
    iterations,
  };
}
