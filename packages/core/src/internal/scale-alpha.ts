/** A multi-item scale's answer columns, as the engine holds them. */
export interface ScaleColumns {
  /** One column per item (NaN = missing). */
  items: Float64Array[];
  /** Per item: whether it is reverse-coded (`flip − x`). */
  reverse: boolean[];
  /** What reverse-coded answers are subtracted from: the scale's min + max. */
  flip: number;
  /** The scale's range: answers outside it count as missing. */
  min: number;
  max: number;
  /** The wave code of each row, and the number of waves. */
  wave: Int32Array;
  waves: number;
  /** 1 for rows in the indicator's population, or undefined for all rows. */
  population: Uint8Array | undefined;
  length: number;
}

/**
 * Cronbach's alpha per wave, k/(k − 1) · (1 − Σ item variances / variance of the total), among the
 * rows that answered every item (listwise deletion, as `cronbachAlpha` of @neighbourly/stats and
 * SPSS RELIABILITY do); undefined where fewer than 2 rows are complete or the total does not vary.
 *
 * One pass over the columns for all waves, summing deviations from the scale's midpoint (the
 * "shifted data" algorithm), so no rows are copied; the tests check it against `cronbachAlpha`.
 */
export function alphaPerWave(scale: ScaleColumns): (number | undefined)[] {
  const { items, reverse, flip, min, max, wave, waves, population, length } = scale;
  const k = items.length;
  const shift = Number.isFinite(min + max) ? (min + max) / 2 : 0;
  const count = new Float64Array(waves);
  const itemSum = new Float64Array(waves * k);
  const itemSquares = new Float64Array(waves * k);
  const totalSum = new Float64Array(waves);
  const totalSquares = new Float64Array(waves);
  const row = new Float64Array(k);
  for (let r = 0; r < length; r++) {
    if (population && population[r] === 0) continue;
    let complete = true;
    for (let j = 0; j < k; j++) {
      const x = (items[j] as Float64Array)[r] as number;
      if (Number.isNaN(x) || x < min || x > max) {
        complete = false;
        break;
      }
      row[j] = (reverse[j] ? flip - x : x) - shift;
    }
    if (!complete) continue;
    const w = wave[r] as number;
    count[w] = (count[w] as number) + 1;
    let total = 0;
    for (let j = 0; j < k; j++) {
      const d = row[j] as number;
      const slot = w * k + j;
      itemSum[slot] = (itemSum[slot] as number) + d;
      itemSquares[slot] = (itemSquares[slot] as number) + d * d;
      total += d;
    }
    totalSum[w] = (totalSum[w] as number) + total;
    totalSquares[w] = (totalSquares[w] as number) + total * total;
  }
  const variance = (sum: number, squares: number, n: number) => (squares - (sum * sum) / n) / (n - 1);
  return Array.from({ length: waves }, (_, w) => {
    const n = count[w] as number;
    if (n < 2) return undefined;
    const totalVariance = variance(totalSum[w] as number, totalSquares[w] as number, n);
    if (!(totalVariance > (1e-12 * (totalSquares[w] as number)) / n)) return undefined;
    let itemVariances = 0;
    for (let j = 0; j < k; j++) {
      itemVariances += variance(itemSum[w * k + j] as number, itemSquares[w * k + j] as number, n);
    }
    const alpha = (k / (k - 1)) * (1 - itemVariances / totalVariance);
    return Number.isFinite(alpha) ? alpha : undefined;
  });
}
