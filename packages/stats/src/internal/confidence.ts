import { StatsError } from '../stats-error.js';

/** Throws unless `confidence` is strictly between 0 and 1. */
export function checkConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) {
    throw new StatsError('invalid-argument', `confidence must be in (0, 1), got ${confidence}`);
  }
}
