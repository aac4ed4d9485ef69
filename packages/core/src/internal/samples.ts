import type { IndicatorDefinition } from '../indicator-definition.js';
import type { IndicatorResults } from '../indicator-results.js';

/**
 * Per-respondent values behind a result, kept for `compareWaves` (paired tests need to know who
 * answered in both waves). They live under a symbol key as a non-enumerable property, so
 * `JSON.stringify`, `structuredClone` and object spread never copy them: individual-level data
 * stays in the process that computed the results.
 */
export const SAMPLES: unique symbol = Symbol.for('@neighbourly/core/indicator-samples') as never;

/** The columns of the computed records; row `r` is the r-th accepted record. */
export interface IndicatorSamples {
  length: number;
  wave: Int32Array;
  /** Respondent code per row (`-1` when anonymous). */
  respondent: Int32Array;
  /** Per group variable: level code per row (`-1` when missing). */
  groups: Int32Array[];
  /** The group variables, in `groupBy` order. */
  groupBy: string[];
  /** Per group variable: its levels, indexed by code. */
  levels: string[][];
  /** Per indicator id: the per-respondent value (NaN = missing). */
  values: Map<string, Float64Array>;
  /** Per indicator id: 1 for rows in the indicator's population (its respondent groups). */
  population: Map<string, Uint8Array | undefined>;
  definitions: Map<string, IndicatorDefinition>;
}

/** Attaches samples to results without making them enumerable or serialisable. */
export function attachSamples(results: IndicatorResults, samples: IndicatorSamples): void {
  Object.defineProperty(results, SAMPLES, {
    value: samples,
    enumerable: false,
    writable: false,
    configurable: false,
  });
}

/** The samples behind results computed in this process, if any. */
export function getSamples(results: IndicatorResults): IndicatorSamples | undefined {
  return (results as unknown as { [SAMPLES]?: IndicatorSamples })[SAMPLES];
}
