import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adjustPValues,
  chiSquareTest,
  cohensD,
  cronbachAlpha,
  cutTree,
  describe as describeSample,
  hierarchicalClustering,
  type LinkageMethod,
  mannWhitneyU,
  pairedTTest,
  proportion,
  StatsError,
  welchTTest,
  wilcoxonSignedRank,
} from '../src/index.js';

const RUNS = { numRuns: 100 };

/** Integer-valued samples (survey-like, many ties) and continuous ones. */
const value = fc.oneof(
  fc.integer({ min: 1, max: 5 }),
  fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }),
);
const sample = fc.array(value, { minLength: 3, maxLength: 40 });

/** Runs `f`; a StatsError for degenerate data (e.g. constant samples) counts as "not applicable". */
function orDegenerate<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (error) {
    if (
      error instanceof StatsError &&
      (error.code === 'zero-variance' || error.code === 'too-few-observations')
    ) {
      return undefined;
    }
    throw error;
  }
}

function close(a: number, b: number, rel = 1e-8): boolean {
  return Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
}

const affine = fc.record({
  scale: fc.double({ min: 0.01, max: 100, noNaN: true }),
  shift: fc.double({ min: -100, max: 100, noNaN: true }),
});

describe('laws', () => {
  it('p-values of every test lie in [0, 1]', () => {
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const n = Math.min(a.length, b.length);
        const results = [
          orDegenerate(() => welchTTest(a, b)),
          orDegenerate(() => mannWhitneyU(a, b)),
          orDegenerate(() => pairedTTest(a.slice(0, n), b.slice(0, n))),
          orDegenerate(() => wilcoxonSignedRank(a.slice(0, n), b.slice(0, n))),
        ];
        for (const r of results) if (r) expect(r.p >= 0 && r.p <= 1, `p = ${r.p}`).toBe(true);
      }),
      RUNS,
    );
  });

  it('symmetric tests are symmetric in their arguments', () => {
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const ab = orDegenerate(() => welchTTest(a, b));
        const ba = orDegenerate(() => welchTTest(b, a));
        if (ab && ba) {
          expect(close(ab.t, -ba.t)).toBe(true);
          expect(close(ab.p, ba.p, 1e-12)).toBe(true);
        }
        const u = orDegenerate(() => mannWhitneyU(a, b));
        const v = orDegenerate(() => mannWhitneyU(b, a));
        if (u && v) {
          expect(u.U + v.U).toBe(a.length * b.length);
          expect(u.p).toBe(v.p);
          expect(u.z === -v.z, `z ${u.z} vs ${v.z}`).toBe(true);
        }
        const n = Math.min(a.length, b.length);
        const w1 = orDegenerate(() => wilcoxonSignedRank(a.slice(0, n), b.slice(0, n)));
        const w2 = orDegenerate(() => wilcoxonSignedRank(b.slice(0, n), a.slice(0, n)));
        if (w1 && w2) {
          expect(w1.W).toBe(w2.W);
          expect(w1.p).toBe(w2.p);
          expect(w1.wPlus).toBe(w2.wMinus);
        }
        const d1 = orDegenerate(() => cohensD(a, b));
        const d2 = orDegenerate(() => cohensD(b, a));
        if (d1 !== undefined && d2 !== undefined) expect(close(d1, -d2)).toBe(true);
      }),
      RUNS,
    );
  });

  it('t statistics and p-values are invariant under a common positive affine transform', () => {
    fc.assert(
      fc.property(sample, sample, affine, (a, b, { scale, shift }) => {
        const f = (x: number) => scale * x + shift;
        const before = orDegenerate(() => welchTTest(a, b));
        const after = orDegenerate(() => welchTTest(a.map(f), b.map(f)));
        if (before && after) {
          expect(close(before.t, after.t, 1e-6)).toBe(true);
          expect(close(before.df, after.df, 1e-6)).toBe(true);
        }
        const n = Math.min(a.length, b.length);
        const pb = orDegenerate(() => pairedTTest(a.slice(0, n), b.slice(0, n)));
        const pa = orDegenerate(() => pairedTTest(a.slice(0, n).map(f), b.slice(0, n).map(f)));
        if (pb && pa) expect(close(pb.t, pa.t, 1e-6)).toBe(true);
      }),
      RUNS,
    );
  });

  it("Cronbach's alpha is invariant under one scale for all items and any shift per item", () => {
    const items = fc.integer({ min: 2, max: 6 }).chain((k) =>
      fc.tuple(
        fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: k, maxLength: k }), {
          minLength: 3,
          maxLength: 30,
        }),
        fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: k, maxLength: k }),
      ),
    );
    fc.assert(
      fc.property(items, fc.double({ min: -20, max: 20, noNaN: true }), ([rows, shifts], scale) => {
        fc.pre(Math.abs(scale) > 0.01);
        const before = orDegenerate(() => cronbachAlpha(rows));
        const after = orDegenerate(() =>
          cronbachAlpha(rows.map((row) => row.map((x, j) => scale * x + shifts[j]!))),
        );
        if (before && after) {
          expect(close(before.alpha, after.alpha, 1e-6)).toBe(true);
          before.alphaIfItemDeleted.forEach((v, j) => {
            expect(close(v, after.alphaIfItemDeleted[j]!, 1e-6)).toBe(true);
          });
        }
      }),
      RUNS,
    );
  });

  it('describe orders its summaries and its CI contains the mean', () => {
    fc.assert(
      fc.property(sample, (values) => {
        const d = describeSample(values);
        expect(d.min <= d.q1 && d.q1 <= d.median && d.median <= d.q3 && d.q3 <= d.max).toBe(true);
        expect(d.ci95[0] <= d.mean && d.mean <= d.ci95[1]).toBe(true);
      }),
      RUNS,
    );
  });

  it('Wilson intervals stay in [0, 1] and contain p', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, share) => {
          const k = Math.round(share * n);
          const { p, ci } = proportion(k, n);
          expect(0 <= ci[0] && ci[0] <= p && p <= ci[1] && ci[1] <= 1).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('adjusted p-values are >= the raw ones, <= 1, keep their order, and Holm >= BH', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 }), (ps) => {
        const holm = adjustPValues(ps, 'holm');
        const bh = adjustPValues(ps, 'bh');
        ps.forEach((p, i) => {
          expect(holm[i]! >= p && bh[i]! >= p && holm[i]! <= 1 && bh[i]! <= 1).toBe(true);
          expect(holm[i]! >= bh[i]! - 1e-15).toBe(true);
          ps.forEach((q, j) => {
            if (p < q) expect(holm[i]! <= holm[j]! && bh[i]! <= bh[j]!).toBe(true);
          });
        });
      }),
      RUNS,
    );
  });

  it('the chi-square test does not depend on the orientation of the table', () => {
    const table = fc.integer({ min: 2, max: 4 }).chain((c) =>
      fc.array(fc.array(fc.integer({ min: 1, max: 50 }), { minLength: c, maxLength: c }), {
        minLength: 2,
        maxLength: 4,
      }),
    );
    fc.assert(
      fc.property(table, (t) => {
        const transposed = t[0]!.map((_, j) => t.map((row) => row[j]!));
        const a = chiSquareTest(t);
        const b = chiSquareTest(transposed);
        expect(close(a.chi2, b.chi2, 1e-12) && a.df === b.df && close(a.cramersV, b.cramersV, 1e-12)).toBe(
          true,
        );
      }),
      RUNS,
    );
  });

  it('merge heights never decrease, sizes add up, and cutTree gives exactly k clusters', () => {
    const points = fc.integer({ min: 1, max: 3 }).chain((d) =>
      fc.array(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.double({ min: -10, max: 10, noNaN: true })), {
          minLength: d,
          maxLength: d,
        }),
        { minLength: 2, maxLength: 25 },
      ),
    );
    const methods: LinkageMethod[] = ['ward', 'complete', 'average', 'single'];
    fc.assert(
      fc.property(points, fc.constantFrom(...methods), fc.nat(), (rows, method, kSeed) => {
        const n = rows.length;
        const { merges } = hierarchicalClustering(rows, { method });
        expect(merges).toHaveLength(n - 1);
        merges.forEach(([i, j, distance, size], r) => {
          expect(i < j && j < n + r).toBe(true);
          const sizeOf = (id: number) => (id < n ? 1 : merges[id - n]![3]);
          expect(size).toBe(sizeOf(i) + sizeOf(j));
          if (r > 0) expect(distance >= merges[r - 1]![2]).toBe(true);
        });
        const k = 1 + (kSeed % n);
        const labels = cutTree(merges, k);
        expect(new Set(labels).size).toBe(k);
        // labels are numbered in order of first appearance
        let next = 0;
        for (const label of labels) {
          expect(label <= next).toBe(true);
          if (label === next) next++;
        }
      }),
      RUNS,
    );
  });
});
