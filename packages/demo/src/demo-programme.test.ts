import { computeIndicatorsSync, IndicatorDefinitionSchema } from '@neighbourly/core';
import { describe, expect, it } from 'vitest';
import { createDemoProgramme, programmeColumns, programmeContextCsv } from './demo-programme.js';

describe('createDemoProgramme', () => {
  const programme = createDemoProgramme();

  it('is the same for the same seed and different for another', () => {
    expect(createDemoProgramme()).toEqual(programme);
    const other = createDemoProgramme({ seed: 7 });
    expect(other.projects.map((p) => p.context)).not.toEqual(programme.projects.map((p) => p.context));
    const project = programme.projects[10]!;
    expect(programmeColumns(programme, project)).toEqual(programmeColumns(createDemoProgramme(), project));
  });

  it('has 132 projects, about 120,000 responses, 25 valid indicators and 3 waves', () => {
    expect(programme.projects).toHaveLength(132);
    expect(programme.totalResponses).toBeGreaterThan(110_000);
    expect(programme.totalResponses).toBeLessThan(130_000);
    expect(programme.indicators).toHaveLength(25);
    for (const d of programme.indicators) expect(IndicatorDefinitionSchema.safeParse(d).success).toBe(true);
    expect(programme.waves).toEqual(['baseline', 'mid-term', 'end']);
    expect(new Set(programme.projects.map((p) => p.id)).size).toBe(132);
  });

  it('differs between projects: sizes, kinds, waves, coverage and true effects', () => {
    const sizes = programme.projects.map((p) => p.respondentsPerWave);
    expect(sizes.filter((n) => n < 7)).toHaveLength(5);
    expect(Math.max(...sizes)).toBeGreaterThan(600);
    expect(new Set(programme.projects.map((p) => p.kind)).size).toBe(4);
    expect(programme.projects.some((p) => p.waves.length === 2)).toBe(true);
    expect(programme.projects.some((p) => p.indicators.length < 25)).toBe(true);
    expect(programme.projects.every((p) => p.indicators.includes('life-satisfaction'))).toBe(true);
    const changes = programme.projects.map((p) => p.truth['trust-neighbours']!.change);
    expect(Math.max(...changes) - Math.min(...changes)).toBeGreaterThan(0.3);
  });

  it('generates answers the engine turns into means near the truth', () => {
    const project = programme.projects.reduce((a, b) =>
      b.respondentsPerWave > a.respondentsPerWave ? b : a,
    );
    const columns = programmeColumns(programme, project);
    expect(columns.length).toBe(project.respondentsPerWave * project.waves.length);
    const results = computeIndicatorsSync({ definitions: programme.indicators, records: [columns] });
    const id = project.indicators.find((i) => programme.indicators.find((d) => d.id === i)?.kind === 'mean')!;
    const cell = results.cells.find((c) => c.indicatorId === id && c.waveId === 'baseline')!;
    // Rounding and clamping to 1-5 pull the mean towards 3, so only roughly the latent level.
    expect(Math.abs(cell.value! - project.truth[id]!.baseline)).toBeLessThan(0.3);
    const unmeasured = programme.indicators.find((d) => !project.indicators.includes(d.id));
    if (unmeasured) expect(columns.answers[unmeasured.id]).toBeUndefined();
  });

  it('writes the context table as CSV with one row per project', () => {
    const lines = programmeContextCsv(programme).trim().split('\n');
    expect(lines[0]).toBe('id,name,kind,density,population,older_share,deprivation,partners,focus_areas');
    expect(lines).toHaveLength(133);
    expect(lines[1]!.split(',')).toHaveLength(9);
  });
});
