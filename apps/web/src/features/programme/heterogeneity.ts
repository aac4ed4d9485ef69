/*
 * How the programme page puts a meta-analysis into words. The thresholds are those of docs/programme.md
 * (Higgins et al.'s rough guide to I²); the numbers themselves always come from the server.
 */

/** How much of the spread between projects is real rather than chance, as a word for I² (0-1). */
export type Variation = 'chance' | 'moderate' | 'substantial' | 'considerable';

export function variationOf(i2: number): Variation {
  if (i2 < 0.25) return 'chance';
  if (i2 < 0.5) return 'moderate';
  if (i2 < 0.75) return 'substantial';
  return 'considerable';
}

/** Whether a between-groups test shows the groups differ more than chance explains (at the 5% level). */
export function groupsDiffer(p: number): boolean {
  return p < 0.05;
}
