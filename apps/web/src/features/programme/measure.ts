import type { ProgrammeMeasure, ProgrammeResults } from '@neighbourly/core';

/** Every measure of a programme in the order the page offers them: each round's level, then each change. */
export function measuresOf(programme: ProgrammeResults): ProgrammeMeasure[] {
  return [
    ...programme.waves.map((waveId): ProgrammeMeasure => ({ kind: 'wave', waveId })),
    ...programme.changes.map(({ from, to }): ProgrammeMeasure => ({ kind: 'change', from, to })),
  ];
}

/** A measure as a string key (for a select's value). */
export function measureKey(measure: ProgrammeMeasure): string {
  return measure.kind === 'wave' ? `wave:${measure.waveId}` : `change:${measure.from}:${measure.to}`;
}

/** The measure shown first: the change from the first round to the last, else the last round. */
export function defaultMeasure(programme: ProgrammeResults): ProgrammeMeasure | undefined {
  const first = programme.waves[0];
  const last = programme.waves.at(-1);
  const whole = programme.changes.find((change) => change.from === first && change.to === last);
  if (whole !== undefined) return { kind: 'change', ...whole };
  return last === undefined ? undefined : { kind: 'wave', waveId: last };
}

/** Whether two measures are the same. */
export function sameMeasure(a: ProgrammeMeasure, b: ProgrammeMeasure): boolean {
  return measureKey(a) === measureKey(b);
}

/** The ids of the indicators at least one project measured in some round (the others are only definitions). */
export function measuredIndicatorIds(programme: ProgrammeResults): Set<string> {
  return new Set(
    programme.coverage
      .filter((row) => Object.values(row.waves).some((state) => state !== 'absent'))
      .map((row) => row.indicatorId),
  );
}
