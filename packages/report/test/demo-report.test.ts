import { compareWaves, computeIndicators } from '@neighbourly/core';
import { createDemoProject, demoRecords } from '@neighbourly/demo';
import { describe, expect, it } from 'vitest';
import type { ImpactReportInput } from '../src/index.js';
import { renderImpactReport } from '../src/index.js';
import { readPdf, writePagePngs } from './pdf-reader.js';

/** The demo project "De Linde" computed by the real engine: three waves, the panel linked across them. */
async function demoInput(lang: 'nl' | 'fr' | 'en'): Promise<ImpactReportInput> {
  const demo = createDemoProject();
  const results = await computeIndicators({
    definitions: demo.indicators,
    records: demoRecords(demo),
    groupBy: demo.groupBy,
    scorers: demo.scorers,
    waves: demo.waves.map((wave) => wave.key),
  });
  const first = demo.waves[0]!.key;
  const last = demo.waves[demo.waves.length - 1]!.key;
  return {
    project: {
      id: demo.project.slug,
      name: demo.project.name,
      neighbourhood: demo.project.neighbourhood,
      languages: demo.project.languages,
      period: { start: demo.waves[0]!.opensAt.slice(0, 10), end: demo.waves.at(-1)!.closesAt.slice(0, 10) },
      waves: demo.waves.map((wave) => ({
        id: wave.key,
        label: wave.label,
        date: wave.opensAt.slice(0, 10),
        // The resident panel and the staff and volunteers of the process round.
        invited: demo.respondents.length + demo.processRound.respondents.length,
      })),
    },
    framework: demo.framework,
    theoryOfChange: demo.theoryOfChange,
    indicators: demo.indicators,
    results,
    comparison: compareWaves(results, { from: first, to: last }),
    lang,
    options: { generatedAt: '2026-06-01' },
  };
}

describe('the demo project report', { timeout: 120_000 }, () => {
  it.each([
    ['nl', ['Samenvatting', 'Veranderingstheorie', 'Methode en datakwaliteit']],
    ['fr', ['Synthèse', 'Théorie du changement', 'Méthode et qualité des données']],
    ['en', ['Summary', 'Theory of change', 'Method and data quality']],
  ] as const)(
    'renders in %s from computed results, with the numbers the engine computed',
    async (lang, headings) => {
      const input = await demoInput(lang);
      const pdf = await renderImpactReport(input);
      writePagePngs(pdf, `demo-${lang}`);
      const parsed = await readPdf(pdf);
      const all = parsed.pages.map((page) => page.text).join('\n');
      expect(parsed.numPages).toBeGreaterThanOrEqual(8);
      for (const heading of headings) {
        expect(all).toContain(heading);
        expect(parsed.outline).toContain(heading);
      }
      // Respondents per wave as the engine counted them appear in the summary.
      const summary = parsed.pages.slice(2).find((page) => page.text.includes(headings[0]))!.text;
      for (const count of Object.values(input.results.respondents)) expect(summary).toContain(String(count));
    },
  );

  it('shows the process round: every process objective measured, with its indicators and charts', async () => {
    const input = await demoInput('en');
    const parsed = await readPdf(await renderImpactReport(input));
    const start = parsed.pages.findIndex(
      (page, index) => index > 1 && page.text.includes('How the work is done'),
    );
    const end = parsed.pages.findIndex(
      (page, index) => index > start && page.text.includes('How the figures in this report were made'),
    );
    expect(start).toBeGreaterThan(1);
    expect(end).toBeGreaterThan(start);
    const process = parsed.pages
      .slice(start, end)
      .map((page) => page.text)
      .join('\n');
    expect(process).not.toContain('No indicator of this project measures');
    expect(process).not.toContain('not measured yet');
    for (const label of ['Coordinated cooperation (1-5)', 'Sustainability (1-5)', 'Co-development (1-5)']) {
      // In the coverage table and as an indicator with its trend chart.
      expect(process.split(label).length - 1).toBeGreaterThanOrEqual(2);
    }
    expect(process).toContain('Trend over the waves');
    // Volunteers and staff side by side; the two coordinators' staffing figure is suppressed, not shown.
    expect(process).toContain('Role: volunteer');
    expect(process).toContain('Role: staff');
    expect(process).toMatch(/Project staff \(FTE\)[\s\S]*fewer than 5/);
    // A breakdown by residents' age bands means nothing for staff: none is drawn or announced.
    expect(process).not.toContain('Age: ');
    expect(process).not.toContain('No group breakdown');
  });
});
