import { aggregateProgramme, computeIndicatorsSync, type ProgrammeResults } from '@neighbourly/core';
import { createDemoProgramme, programmeColumns } from '@neighbourly/demo';
import { describe, expect, it } from 'vitest';
import { renderProgrammeReport } from '../src/index.js';
import { plain, readPdf, writePagePngs } from './pdf-reader.js';

/** A smaller synthetic programme (36 projects) computed by the real engine and pooled by core. */
function demoProgramme(): ProgrammeResults {
  const programme = createDemoProgramme({ projects: 36, medianRespondents: 60, smallProjects: 3 });
  return aggregateProgramme(
    {
      projects: programme.projects.map((project) => ({
        id: project.id,
        name: project.name,
        context: { ...project.context },
        results: computeIndicatorsSync({
          definitions: programme.indicators,
          records: [programmeColumns(programme, project)],
        }),
      })),
      definitions: programme.indicators,
    },
    {
      name: 'Zorgzame buurten',
      typology: {
        vars: ['density', 'population', 'older_share', 'deprivation', 'partners', 'focus_areas'],
        k: 4,
      },
    },
  );
}

describe('renderProgrammeReport', () => {
  const programme = demoProgramme();
  const generatedAt = new Date('2026-12-04T12:00:00Z');

  it('renders every section in Dutch, with a forest plot per indicator, read back by a real PDF parser', async () => {
    const pdf = await renderProgrammeReport({ programme, options: { lang: 'nl', generatedAt } });
    writePagePngs(pdf, 'programme-nl');
    const parsed = await readPdf(pdf);
    expect(parsed.title).toBe('Zorgzame buurten');
    const text = parsed.pages.map((p) => p.text).join('\n');
    for (const heading of [
      'Samenvatting',
      'Typologie van de buurten',
      'Dekking: wie mat wat',
      'Methode',
      'Per type buurt',
    ]) {
      expect(text).toContain(heading);
    }
    expect(parsed.outline).toEqual(
      expect.arrayContaining(['Samenvatting', 'Vertrouwen in buren', 'Methode']),
    );
    // Every indicator gets its section; the pooled change sentence and the prediction interval are in words.
    expect(
      parsed.outline.filter((title) => programme.indicators.some((i) => i.label?.nl === title)),
    ).toHaveLength(25);
    expect(text).toMatch(/Over \d+ projecten samen is de verandering baseline → end/);
    expect(text).toContain('95%-voorspellingsinterval');
    expect(text).toMatch(/I² = \d+%/);
    expect(parsed.pages.at(-1)?.text).toMatch(/Pagina \d+ van \d+/);
  });

  it('prints the pooled numbers aggregateProgramme computed', async () => {
    const pdf = await renderProgrammeReport({ programme, options: { lang: 'en', generatedAt } });
    const text = (await readPdf(pdf)).pages.map((p) => p.text).join('\n');
    const cell = programme.pooled.find(
      (c) =>
        c.indicatorId === 'trust-neighbours' &&
        c.measure.kind === 'change' &&
        c.measure.from === 'baseline' &&
        c.measure.to === 'end',
    )!;
    const value = cell.meta!.estimate;
    const shown = `${value > 0 ? '+' : ''}${value.toFixed(2)}`;
    expect(text).toContain(`Over ${cell.k} projects together, the change baseline → end is ${shown}`);
  });

  it('never names a project below the cell size with a number', async () => {
    const pdf = await renderProgrammeReport({ programme, options: { lang: 'fr', generatedAt } });
    writePagePngs(pdf, 'programme-fr');
    const parsed = await readPdf(pdf);
    const text = parsed.pages.map((p) => p.text).join('\n');
    expect(text).toContain('Typologie des quartiers');
    // Projects below the cell size in every cell they appear in.
    const rows = programme.pooled.flatMap((c) => c.projects);
    const hiddenIds = new Set(
      rows
        .filter((p) => p.hidden)
        .map((p) => p.projectId)
        .filter((id) => rows.every((p) => p.projectId !== id || p.hidden)),
    );
    expect(hiddenIds.size).toBeGreaterThan(0);
    const names = new Map(programme.projects.map((p) => [p.id, p.name ?? p.id]));
    for (const id of hiddenIds) {
      // A hidden project may appear in no forest plot row: its name never precedes an estimate on a line.
      for (const page of parsed.pages) {
        const items = page.items.filter((item) => plain(item.str) === names.get(id));
        for (const item of items) {
          const sameLine = page.items.filter((other) => Math.abs(other.y - item.y) < 0.5 && other.x > item.x);
          expect(sameLine.map((o) => o.str).join(' ')).not.toMatch(/\[/);
        }
      }
    }
  });

  it('says so when there is nothing to pool', async () => {
    const empty: ProgrammeResults = {
      ...programme,
      indicators: [],
      pooled: [],
      breakdowns: [],
      coverage: [],
    };
    const parsed = await readPdf(
      await renderProgrammeReport({ programme: empty, options: { lang: 'en', generatedAt } }),
    );
    expect(parsed.pages.map((p) => p.text).join('\n')).toContain('No data.');
  });

  it('refuses invalid options', async () => {
    await expect(
      renderProgrammeReport({ programme, options: { lang: 'de' as never } }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
  });
});
