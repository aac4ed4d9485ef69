import type { PooledOverall, ProgrammeMeasure, ProgrammeResults } from '@neighbourly/core';

const same = (a: ProgrammeMeasure, b: ProgrammeMeasure) =>
  a.kind === 'wave' && b.kind === 'wave'
    ? a.waveId === b.waveId
    : a.kind === 'change' && b.kind === 'change' && a.from === b.from && a.to === b.to;

/** The change the report leads with: from the first wave to the last (or the last change pooled). */
export function headlineChange(programme: ProgrammeResults): ProgrammeMeasure | undefined {
  const first = programme.waves[0];
  const last = programme.waves.at(-1);
  const full = programme.changes.find((c) => c.from === first && c.to === last) ?? programme.changes.at(-1);
  return full ? { kind: 'change', ...full } : undefined;
}

/** The last wave, the level the report leads with. */
export function headlineWave(programme: ProgrammeResults): ProgrammeMeasure | undefined {
  const last = programme.waves.at(-1);
  return last === undefined ? undefined : { kind: 'wave', waveId: last };
}

/** The overall pooled cell of an indicator and measure. */
export function pooledOf(
  programme: ProgrammeResults,
  indicatorId: string,
  measure: ProgrammeMeasure | undefined,
): PooledOverall | undefined {
  if (!measure) return undefined;
  return programme.pooled.find((c) => c.indicatorId === indicatorId && same(c.measure, measure));
}

/** The breakdown of an indicator and measure by a variable. */
export function breakdownOf(
  programme: ProgrammeResults,
  indicatorId: string,
  measure: ProgrammeMeasure,
  variable: string,
) {
  return programme.breakdowns.find(
    (b) => b.indicatorId === indicatorId && b.variable === variable && same(b.measure, measure),
  );
}
