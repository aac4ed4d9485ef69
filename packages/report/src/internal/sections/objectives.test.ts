import { caringNeighbourhoodsFramework, localize } from '@neighbourly/core';
import { describe, expect, it } from 'vitest';
import { buildReportInput } from '../../../test/builders.js';
import { type ParsedPdf, plain, readPdf, writePagePngs } from '../../../test/pdf-reader.js';
import { renderImpactReport } from '../../render-impact-report.js';
import type { ImpactReportInput } from '../../report-input.js';

const framework = caringNeighbourhoodsFramework;
const processIds = new Set(framework.processObjectives.map((objective) => objective.id));
const label = (objective: { label: Parameters<typeof localize>[0] }) =>
  plain(localize(objective.label, 'en'));

/** The builders' English input on the real framework (with descriptions), keeping some indicators. */
function inputWith(keep: (indicator: ImpactReportInput['indicators'][number]) => boolean): ImpactReportInput {
  const input = buildReportInput({ lang: 'en' });
  return { ...input, framework, indicators: input.indicators.filter(keep) };
}

/** Index of the first page after the contents whose text contains `text`. */
function pageWith(parsed: ParsedPdf, text: string): number {
  return parsed.pages.findIndex((page, index) => index > 1 && page.text.includes(text));
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('sections without indicators', { timeout: 90_000 }, () => {
  it('turns a process section without indicators into a coverage table that shares its page', async () => {
    const base = inputWith((indicator) => !processIds.has(indicator.objectiveId));
    // The last outcome objective's indicators have no data yet: its page holds only a short block.
    const last = framework.outcomeObjectives.at(-1)!;
    const unmeasured = new Set(
      base.indicators
        .filter((indicator) => indicator.objectiveId === last.id)
        .map((indicator) => indicator.id),
    );
    expect(unmeasured.size).toBeGreaterThan(0);
    const input: ImpactReportInput = {
      ...base,
      results: {
        ...base.results,
        cells: base.results.cells.filter((cell) => !unmeasured.has(cell.indicatorId)),
      },
      comparison: {
        ...base.comparison!,
        comparisons: base.comparison!.comparisons.filter((entry) => !unmeasured.has(entry.indicatorId)),
      },
    };
    const pdf = await renderImpactReport(input);
    writePagePngs(pdf, 'process-none');
    const parsed = await readPdf(pdf);
    const all = parsed.pages.map((page) => page.text).join('\n');
    expect(all).not.toContain('No indicator of this project measures this objective yet');

    const at = pageWith(parsed, 'No indicator of this project measures a process objective yet');
    expect(at).toBeGreaterThan(1);
    const page = parsed.pages[at]!.text;
    // Every process objective of the framework, with what it means, and that it is not measured yet.
    expect(count(page, 'not measured yet')).toBe(framework.processObjectives.length);
    for (const objective of framework.processObjectives) {
      expect(page).toContain(label(objective).split(' ')[0]!);
      expect(page).toContain(plain(localize(objective.description!, 'en')).split(' ').slice(0, 3).join(' '));
    }
    // No page of its own: the table follows the last outcome objective on its page, which had room.
    expect(page).toContain(label(last));
    expect(page).toContain('OUTCOME OBJECTIVE');
    // The running header names the section the page opens with, not the one that starts lower down.
    const items = parsed.pages[at]!.items;
    const top = Math.max(...items.map((item) => item.y));
    const header = items
      .filter((item) => item.y >= top - 1)
      .map((item) => item.str)
      .join(' ');
    expect(header).toContain(label(last));
    expect(header).not.toContain('Process objectives');
    // Nor does the section end up alone with a sentence: the method section follows on a new page.
    expect(parsed.pages[at + 1]!.text).toContain('Method and data quality');
  });

  it('lists which indicators measure each process objective, and which objectives are not measured yet', async () => {
    const input = inputWith(() => true);
    const measured = input.indicators.filter((indicator) => processIds.has(indicator.objectiveId));
    expect(measured.length).toBeGreaterThan(0);
    const parsed = await readPdf(await renderImpactReport(input));
    const at = pageWith(parsed, 'How the work is done');
    expect(at).toBeGreaterThan(1);
    const page = parsed.pages[at]!.text;
    const measuredObjectives = new Set(measured.map((indicator) => indicator.objectiveId));
    expect(count(page, 'not measured yet')).toBe(
      framework.processObjectives.length - measuredObjectives.size,
    );
    for (const indicator of measured) {
      expect(page).toContain(plain(localize(indicator.label, 'en')).split(' ').slice(0, 3).join(' '));
    }
  });

  it('lets an outcome objective without indicators follow the previous one on its page', async () => {
    // Encounters loses its indicators; social cohesion (before it) keeps one.
    const input = inputWith((indicator) => indicator.objectiveId !== 'encounters');
    const parsed = await readPdf(await renderImpactReport(input));
    const encounters = framework.outcomeObjectives.find((objective) => objective.id === 'encounters')!;
    const at = pageWith(parsed, label(encounters));
    expect(at).toBeGreaterThan(1);
    expect(parsed.pages[at]!.text).toContain('No indicator of this project measures this objective yet');
    expect(parsed.pages[at]!.text).toContain('Strengthening social cohesion');
  });
});
