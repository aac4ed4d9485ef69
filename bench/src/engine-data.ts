/**
 * The indicator engine benchmark's data layout and indicators, shared by the in-memory run (engine.ts)
 * and the streaming child (engine-stream.ts): 40 answers per record, 3 waves, 6 areas, 4 age bands,
 * and 25 indicators with their numpy equivalents.
 *
 * The binary export (what numpy reads) is Int8: the answers row by row (`records × 40`, 0 = missing),
 * then the wave, area and age codes of every record.
 */
import { open } from 'node:fs/promises';
import type { IndicatorDefinitionInput, ResponseColumns } from '@neighbourly/core';

export const ITEMS = 40;
export const WAVES = ['baseline', 'mid-term', 'end'];
export const AREAS = ['north', 'south', 'east', 'west', 'centre', 'harbour'];
export const AGES = ['<30', '30-49', '50-64', '65+'];
export const item = (i: number) => `q${String(i + 1).padStart(2, '0')}`;

// --- the indicators, and the same in the numpy script's terms ------------------------------------------
export interface NumpyIndicator {
  id: string;
  kind: 'mean' | 'proportion';
  columns: number[];
  reverse: number[];
  minItems: number;
  gte?: number;
  anyOf?: number[];
}
export const definitions: IndicatorDefinitionInput[] = [];
export const numpyIndicators: NumpyIndicator[] = [];
const base = { label: { en: 'x' }, objectiveId: 'encounters', scale: { min: 1, max: 5 }, minCellSize: 5 };
for (let i = 0; i < 10; i += 1) {
  definitions.push({ ...base, id: `mean-${i}`, kind: 'mean', items: [item(i)] });
  numpyIndicators.push({ id: `mean-${i}`, kind: 'mean', columns: [i], reverse: [], minItems: 1 });
}
for (let i = 0; i < 5; i += 1) {
  const columns = [10 + i * 4, 11 + i * 4, 12 + i * 4, 13 + i * 4];
  const names = columns.map(item);
  definitions.push({
    ...base,
    id: `scale-${i}`,
    kind: 'mean',
    items: names,
    reverse: [names[3] as string],
    minItems: 3,
  });
  numpyIndicators.push({ id: `scale-${i}`, kind: 'mean', columns, reverse: [3], minItems: 3 });
}
for (let i = 0; i < 5; i += 1) {
  definitions.push({
    ...base,
    id: `share-${i}`,
    kind: 'proportion',
    items: [item(30 + i)],
    success: { op: 'gte', value: 4 },
  });
  numpyIndicators.push({
    id: `share-${i}`,
    kind: 'proportion',
    columns: [30 + i],
    reverse: [],
    minItems: 1,
    gte: 4,
  });
}
for (let i = 0; i < 5; i += 1) {
  definitions.push({
    ...base,
    id: `choice-${i}`,
    kind: 'proportion',
    items: [item(35 + i)],
    success: { anyOf: [1, 2] },
  });
  numpyIndicators.push({
    id: `choice-${i}`,
    kind: 'proportion',
    columns: [35 + i],
    reverse: [],
    minItems: 1,
    anyOf: [1, 2],
  });
}

/** Rows per batch when the binary export is streamed. */
export const BATCH_ROWS = 10_000;

/**
 * Streams the binary export as batches of columns (answers as Float64Arrays, NaN = missing), reading
 * `BATCH_ROWS` records at a time: the records are never all in memory at once.
 */
export async function* streamBatches(file: string, records: number): AsyncGenerator<ResponseColumns> {
  const handle = await open(file, 'r');
  try {
    const answers = Buffer.alloc(BATCH_ROWS * ITEMS);
    const codes = Buffer.alloc(BATCH_ROWS);
    for (let start = 0; start < records; start += BATCH_ROWS) {
      const length = Math.min(BATCH_ROWS, records - start);
      await handle.read(answers, 0, length * ITEMS, start * ITEMS);
      const columns: Record<string, Float64Array> = {};
      for (let j = 0; j < ITEMS; j++) {
        const column = new Float64Array(length);
        for (let i = 0; i < length; i++) {
          const value = answers[i * ITEMS + j] as number;
          column[i] = value === 0 ? Number.NaN : value;
        }
        columns[item(j)] = column;
      }
      const labels = async (part: number, names: string[]) => {
        await handle.read(codes, 0, length, records * ITEMS + part * records + start);
        return Array.from(codes.subarray(0, length), (code) => names[code] as string);
      };
      yield {
        kind: 'columns',
        length,
        waveId: await labels(0, WAVES),
        group: { area: await labels(1, AREAS), age_band: await labels(2, AGES) },
        answers: columns,
      };
    }
  } finally {
    await handle.close();
  }
}
