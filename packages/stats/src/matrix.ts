import type { Observation } from './sample.js';

/**
 * A matrix stored row by row in one flat array (e.g. a `Float64Array` of respondents × items), the
 * memory-friendly alternative to an array of rows for large inputs. `data.length` must be a multiple of
 * `columns`. `NaN` (or `null`/`undefined` in a plain array) marks a missing value.
 *
 * @example
 * // 3 respondents × 2 items
 * const items: RowMajorMatrix = { data: Float64Array.of(4, 5, 3, 3, 5, 4), columns: 2 };
 */
export interface RowMajorMatrix {
  data: ArrayLike<Observation>;
  columns: number;
}

/** Rows of observations (each row the same length), or a {@link RowMajorMatrix}. */
export type MatrixInput = ReadonlyArray<ArrayLike<Observation>> | RowMajorMatrix;
