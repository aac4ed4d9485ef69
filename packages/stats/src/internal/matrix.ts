import type { MatrixInput, RowMajorMatrix } from '../matrix.js';
import type { Observation } from '../sample.js';
import { StatsError } from '../stats-error.js';

/** A uniform read-only view of rows-of-arrays or a row-major matrix. */
export interface MatrixView {
  rows: number;
  columns: number;
  /** Value at (row, column); may be missing. */
  get(row: number, column: number): Observation;
  /** Calls `visit(row, values, offset)` where values[offset + j] is column j of the row. */
  forEachRow(visit: (row: number, values: ArrayLike<Observation>, offset: number) => void): void;
}

function isRowMajor(input: MatrixInput): input is RowMajorMatrix {
  return !Array.isArray(input) && typeof (input as RowMajorMatrix).columns === 'number';
}

/** Validates shape (rectangular, at least one column) and returns a view. */
export function viewMatrix(input: MatrixInput, what: string): MatrixView {
  if (isRowMajor(input)) {
    const { data, columns } = input;
    if (!Number.isInteger(columns) || columns < 1) {
      throw new StatsError('invalid-argument', `${what}: columns must be a positive integer, got ${columns}`);
    }
    if (data.length % columns !== 0) {
      throw new StatsError(
        'non-rectangular',
        `${what}: ${data.length} values do not fill rows of ${columns} columns`,
      );
    }
    return {
      rows: data.length / columns,
      columns,
      get: (row, column) => data[row * columns + column],
      forEachRow(visit) {
        for (let row = 0, offset = 0; offset < data.length; row++, offset += columns)
          visit(row, data, offset);
      },
    };
  }
  const rows = input as ReadonlyArray<ArrayLike<Observation>>;
  const columns = rows[0]?.length ?? 0;
  for (let i = 1; i < rows.length; i++) {
    if (rows[i]!.length !== columns) {
      throw new StatsError(
        'non-rectangular',
        `${what}: row ${i} has ${rows[i]!.length} values, row 0 has ${columns}`,
      );
    }
  }
  return {
    rows: rows.length,
    columns,
    get: (row, column) => rows[row]![column],
    forEachRow(visit) {
      for (let row = 0; row < rows.length; row++) visit(row, rows[row]!, 0);
    },
  };
}
