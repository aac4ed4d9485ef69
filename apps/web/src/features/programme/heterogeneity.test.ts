import { describe, expect, it } from 'vitest';
import { groupsDiffer, variationOf } from './heterogeneity';

describe('heterogeneity in words', () => {
  it('reads I² with the thresholds of docs/programme.md, each bound in the higher band', () => {
    expect([0, 0.2499, 0.25, 0.4999, 0.5, 0.7499, 0.75, 1].map(variationOf)).toEqual([
      'chance',
      'chance',
      'moderate',
      'moderate',
      'substantial',
      'substantial',
      'considerable',
      'considerable',
    ]);
  });
  it('calls groups different below p = 0.05 only', () => {
    expect([0.01, 0.0499, 0.05, 0.5].map(groupsDiffer)).toEqual([true, true, false, false]);
  });
});
