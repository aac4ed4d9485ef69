/**
 * Places boxes in a fixed top-to-bottom order as close as possible (least squares) to their
 * desired tops, without overlap: `top[i + 1] >= top[i] + sizes[i] + gap`. Solved exactly with the
 * pool-adjacent-violators algorithm on the shifted problem, which is isotonic regression.
 */
export function placeInOrder(desired: readonly number[], sizes: readonly number[], gap: number): number[] {
  const n = desired.length;
  const offsets: number[] = [];
  let offset = 0;
  for (let i = 0; i < n; i++) {
    offsets.push(offset);
    offset += (sizes[i] ?? 0) + gap;
  }
  // Blocks of pooled values: mean target and weight.
  const means: number[] = [];
  const weights: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < n; i++) {
    means.push((desired[i] ?? 0) - (offsets[i] ?? 0));
    weights.push(1);
    counts.push(1);
    while (means.length > 1 && (means[means.length - 2] as number) > (means[means.length - 1] as number)) {
      const m2 = means.pop() as number;
      const w2 = weights.pop() as number;
      const c2 = counts.pop() as number;
      const m1 = means.pop() as number;
      const w1 = weights.pop() as number;
      const c1 = counts.pop() as number;
      means.push((m1 * w1 + m2 * w2) / (w1 + w2));
      weights.push(w1 + w2);
      counts.push(c1 + c2);
    }
  }
  const tops: number[] = [];
  means.forEach((mean, block) => {
    for (let k = 0; k < (counts[block] ?? 0); k++) tops.push(mean + (offsets[tops.length] ?? 0));
  });
  return tops;
}
