import type { IndicatorDefinition } from '@neighbourly/core';
import type { ValueUnit } from './format.js';

/** The unit an indicator's values are shown in: its `unit`, or one that follows from its kind. */
export function unitOf(indicator: IndicatorDefinition): ValueUnit {
  if (indicator.unit !== undefined) return indicator.unit;
  if (indicator.kind === 'proportion') return 'share';
  if (indicator.kind === 'count') return 'count';
  return 'score';
}
