import type { ScoreFunction } from '@neighbourly/core';
import { deJongGierveld6 } from './de-jong-gierveld-6.js';
import { type Instrument, scorerOf } from './instrument.js';
import { neighbourhoodCohesion } from './neighbourhood-cohesion.js';
import { ucla3 } from './ucla-3.js';
import { who5 } from './who-5.js';

/** Every instrument Neighbourly ships. */
export const instruments: readonly Instrument[] = [who5, deJongGierveld6, ucla3, neighbourhoodCohesion];

/**
 * The scoring functions of all shipped instruments, keyed as the core engine's `scorers` option
 * expects: `instrument` for the total and `instrument:subscale` for subscales — `who-5`,
 * `who-5:percentage`, `djg-6`, `djg-6:emotional`, `djg-6:social`, `ucla-3`, `neighbourhood-cohesion`.
 *
 * @example
 * computeIndicators(indicatorSet, records, { scorers: instrumentScorers });
 */
export const instrumentScorers: Readonly<Record<string, ScoreFunction>> = Object.fromEntries(
  instruments.flatMap((instrument) => [
    [instrument.id, scorerOf(instrument)],
    ...Object.keys(instrument.subscales).map((subscale) => [
      `${instrument.id}:${subscale}`,
      scorerOf(instrument, subscale),
    ]),
  ]),
);

/** Finds a shipped instrument by id. */
export function findInstrument(id: string): Instrument | undefined {
  return instruments.find((instrument) => instrument.id === id);
}
