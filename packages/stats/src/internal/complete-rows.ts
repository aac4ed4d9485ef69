import type { MatrixInput } from '../matrix.js';
import { StatsError } from '../stats-error.js';
import { viewMatrix } from './matrix.js';
import { isMissing } from './sample.js';

/** A complete numeric matrix copied into one row-major Float64Array. */
export interface DenseMatrix {
  data: Float64Array;
  rows: number;
  columns: number;
}

/**
 * Copies `input` into a dense row-major Float64Array, refusing missing or infinite values (clustering
 * works on row indices, so rows cannot be dropped silently).
 */
export function completeRows(input: MatrixInput, what: string): DenseMatrix {
  const matrix = viewMatrix(input, what);
  const { rows, columns } = matrix;
  if (columns < 1 && rows > 0) throw new StatsError('invalid-argument', `${what}: rows have no values`);
  const data = new Float64Array(rows * columns);
  matrix.forEachRow((row, values, offset) => {
    for (let j = 0; j < columns; j++) {
      const x = values[offset + j];
      if (isMissing(x)) {
        throw new StatsError(
          'missing-values',
          `${what}: row ${row}, column ${j} is missing; drop or impute incomplete rows first`,
        );
      }
      if (!Number.isFinite(x))
        throw new StatsError('invalid-argument', `${what}: row ${row} has an infinite value`);
      data[row * columns + j] = x;
    }
  });
  return { data, rows, columns };
}
