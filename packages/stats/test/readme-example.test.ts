import { expect, it } from 'vitest';
import {
  adjustPValues,
  cronbachAlpha,
  describe,
  pairedTTest,
  proportion,
  twoProportionZTest,
  wilcoxonSignedRank,
} from '../src/index.js';

// The worked example of README.md (a pre/post comparison of one wave); keep both in step.
it('README worked example gives the numbers the README shows', () => {
  const baseline = [2.75, 3.0, 3.5, 2.25, 3.25, 4.0, 2.5, null, 3.0, 3.75, 2.0, 3.25];
  const end = [3.25, 3.5, 3.5, 2.75, 3.0, 4.25, 3.25, 3.5, 3.5, 4.0, 2.75, 3.5];
  const before = describe(baseline);
  expect(before.n).toBe(11);
  expect(before.missing).toBe(1);
  expect(before.mean).toBeCloseTo(3.023, 3);
  expect(before.ci95[0]).toBeCloseTo(2.608, 3);
  expect(before.ci95[1]).toBeCloseTo(3.437, 3);
  expect(describe(end).mean).toBeCloseTo(3.396, 3);

  const change = pairedTTest(end, baseline);
  expect(change.df).toBe(10);
  expect(change.meanDiff).toBeCloseTo(0.364, 3);
  expect(change.ci95[0]).toBeCloseTo(0.16, 2);
  expect(change.ci95[1]).toBeCloseTo(0.567, 3);
  expect(change.t).toBeCloseTo(3.975, 3);
  expect(change.p).toBeCloseTo(0.00262, 5);

  const ranks = wilcoxonSignedRank(end, baseline);
  expect(ranks).toMatchObject({ W: 2.5, wPlus: 52.5, wMinus: 2.5, n: 10 });
  expect(ranks.p).toBeCloseTo(0.00977, 5);

  const items = [
    [3, 3, 2, 3],
    [3, 3, 3, 3],
    [4, 3, 3, 4],
    [2, 2, 3, 2],
    [3, 4, 3, 3],
    [4, 4, 4, 4],
    [2, 3, 2, 3],
    [3, 3, 3, null],
    [3, 3, 3, 3],
    [4, 4, 3, 4],
    [2, 2, 2, 2],
    [3, 3, 4, 3],
  ];
  const reliability = cronbachAlpha(items);
  expect(reliability.n).toBe(11);
  expect(reliability.alpha).toBeCloseTo(0.88, 3);
  expect(reliability.alphaIfItemDeleted[2]).toBeCloseTo(0.93, 3);

  expect(proportion(41, 120).ci[0]).toBeCloseTo(0.263, 3);
  expect(proportion(58, 118).ci[1]).toBeCloseTo(0.581, 3);
  const share = twoProportionZTest(58, 118, 41, 120);
  expect(share.diff).toBeCloseTo(0.15, 3);
  expect(share.ci95[0]).toBeCloseTo(0.025, 3);
  expect(share.ci95[1]).toBeCloseTo(0.269, 3);
  expect(share.p).toBeCloseTo(0.019, 3);

  const [pScale, pShare] = adjustPValues([change.p, share.p], 'holm');
  expect(pScale).toBeCloseTo(0.0052, 4);
  expect(pShare).toBeCloseTo(0.019, 3);
});
