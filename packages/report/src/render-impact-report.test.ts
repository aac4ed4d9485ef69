import type { IndicatorCell, IndicatorComparison } from '@neighbourly/core';
import { describe, expect, it } from 'vitest';
import { buildReportInput } from '../test/builders.js';
import { plain, readPdf, writePagePngs } from '../test/pdf-reader.js';
import { createFormatter } from './internal/format.js';
import { renderImpactReport, streamImpactReport } from './render-impact-report.js';
import { ReportError } from './report-error.js';
import type { ImpactReportInput } from './report-input.js';

const accents = 'Café du coin – naïveté, Noël, façade à côté, très hôpital';

function sideOf(input: ImpactReportInput, indicatorId: string): IndicatorComparison {
  return input.comparison!.comparisons.find(
    (entry) => entry.indicatorId === indicatorId && Object.keys(entry.group).length === 0,
  )!;
}

// Full reports with a real parser take a few seconds each on a busy machine.
describe('renderImpactReport', { timeout: 90_000 }, () => {
  it('renders a full English report a PDF parser can read: pages, headings, outline, links, numbers', async () => {
    const input = buildReportInput({ lang: 'en' });
    const pdf = await renderImpactReport(input);
    writePagePngs(pdf, 'report-en');
    const parsed = await readPdf(pdf);

    expect(parsed.numPages).toBeGreaterThanOrEqual(9);
    expect(parsed.numPages).toBeLessThanOrEqual(16);
    expect(parsed.title).toBe('Impact report – Zorgzame buurt Sint-Amands');
    expect(pdf.toString('latin1')).toContain('/Lang (en)');
    for (const page of parsed.pages) expect(page.width).toBeCloseTo(595.28, 1);

    const all = parsed.pages.map((page) => page.text).join('\n');
    expect(parsed.pages[0]!.text).toContain('Zorgzame buurt Sint-Amands');
    expect(parsed.pages[1]!.text).toContain('Contents');
    for (const heading of [
      'Summary',
      'Improving quality of life',
      'Strengthening social cohesion',
      'Encounters between neighbours',
      'Strengthening co-reliance',
      'Detecting and signalling care needs',
      'Process objectives',
      'Method and data quality',
    ]) {
      expect(all).toContain(heading);
      expect(parsed.outline).toContain(heading);
    }
    // Page numbers in the footer, "page X of Y".
    expect(parsed.pages[2]!.text).toContain(`Page 3 of ${parsed.numPages}`);
    // The contents links to named destinations inside the document.
    expect(parsed.pages[1]!.links).toEqual(expect.arrayContaining(['section-summary', 'section-method']));

    // Chosen numbers: the baseline and latest share of the key indicator, in the summary and the sentence.
    const fmt = createFormatter('en', 'pp');
    const help = sideOf(input, 'knows-neighbour-for-help');
    const from = fmt.value(help.from.value!, 'share');
    const to = fmt.value(help.to.value!, 'share');
    const summary = parsed.pages[2]!.text;
    expect(summary).toContain(from);
    expect(summary).toContain(to);
    expect(all).toContain(`from ${from} (Baseline) to ${to} (End line)`);
    expect(all).toContain('Holm correction');
    // The method appendix says which change the report shows (whole waves, not the paired change).
    expect(plain(all).replace(/\s+/g, ' ')).toContain(
      'The changes shown compare the whole waves (everyone who answered each one), with their 95% confidence interval from the same two samples',
    );
  });

  it('shows distribution shares of everyone and says when small answer groups are left out', async () => {
    const input = buildReportInput({ lang: 'en' });
    const latest = input.results.cells.find(
      (cell) =>
        cell.indicatorId === 'knows-neighbour-for-help' &&
        cell.waveId === 'w3' &&
        Object.keys(cell.group).length === 0,
    )!;
    // The engine left out the bins of fewer than minCellSize people: the bins add up to less than n.
    latest.distribution = [{ value: 1, count: Math.round(latest.n * 0.5) }];
    const all = (await readPdf(await renderImpactReport(input))).pages.map((page) => page.text).join('\n');
    expect(all).toContain('Answers given by fewer than 5 people are not shown.');
  });

  it('names the answers of a yes/no proportion in words, and keeps an answer scale as numbers', async () => {
    const input = buildReportInput({ lang: 'en', indicators: 3 });
    const scaleOnly = (await readPdf(await renderImpactReport(input))).pages
      .map((page) => page.text)
      .join('\n');
    // The builder's proportions carry 1-5 answer distributions: 1 is an answer, not "Yes".
    expect(scaleOnly).not.toMatch(/\bYes\b/);
    const latest = input.results.cells.find(
      (cell) =>
        cell.indicatorId === 'knows-neighbour-for-help' &&
        cell.waveId === 'w3' &&
        Object.keys(cell.group).length === 0,
    )!;
    latest.distribution = [
      { value: 0, count: latest.n - Math.round(latest.n * 0.6) },
      { value: 1, count: Math.round(latest.n * 0.6) },
    ];
    const yesNo = (await readPdf(await renderImpactReport(input))).pages.map((page) => page.text).join('\n');
    expect(yesNo).toMatch(/\bNo\b[\s\S]*\bYes\b/);
  });

  it('never shows a suppressed cell as a number, in tables, charts or sentences', async () => {
    const input = buildReportInput({ lang: 'en' });
    // Plant distinctive values in suppressed cells, as a careless engine might.
    const planted: Partial<IndicatorCell>[] = [
      { indicatorId: 'trust-in-neighbours', value: 4.321, ci: [4.111, 4.555], n: 3 },
      { indicatorId: 'knows-neighbour-for-help', value: 0.8765, ci: [0.8123, 0.9345], n: 3 },
    ];
    for (const plant of planted) {
      const cell = input.results.cells.find(
        (entry) => entry.indicatorId === plant.indicatorId && entry.suppressed,
      )!;
      Object.assign(cell, plant, { distribution: [{ value: 5, count: 3 }] });
    }
    for (const entry of input.comparison!.comparisons) {
      if (entry.to.suppressed) Object.assign(entry.to, { value: 0.8765, ci: [0.8123, 0.9345] });
    }
    // And make everyone's latest cell of one indicator suppressed too.
    const everyone = input.results.cells.find(
      (cell) =>
        cell.indicatorId === 'well-being' && cell.waveId === 'w3' && Object.keys(cell.group).length === 0,
    )!;
    Object.assign(everyone, { suppressed: true, value: 77.77, n: 2 });
    sideOf(input, 'well-being').to = { waveId: 'w3', n: 2, value: 77.77, suppressed: true };

    const parsed = await readPdf(await renderImpactReport(input));
    const all = parsed.pages.map((page) => page.text).join('\n');
    expect(all).not.toMatch(/(?<![\d.,])4[.,]3\d*(?!\d)/);
    expect(all).not.toMatch(/(?<![\d.,])4[.,][15]\d*(?!\d)/);
    expect(all).not.toMatch(/\b8[18] ?%|\b9[13] ?%/);
    expect(all).not.toMatch(/77[.,]8|77[.,]77/);
    // The report says why instead.
    expect(all).toContain('too few responses');
    expect(all).toContain('not shown');
  });

  it.each([
    [
      'en',
      '8 results rest on fewer respondents',
      'A further 8 results rest on enough respondents but are hidden as well',
    ],
    [
      'nl',
      '8 resultaten steunen op minder respondenten',
      'Nog 8 resultaten steunen wel op voldoende respondenten',
    ],
    [
      'fr',
      '8 résultats reposent sur moins de répondants',
      '8 autres résultats reposent sur assez de répondants',
    ],
  ] as const)(
    'counts small and complementary cells apart in the %s appendix',
    async (lang, small, complementary) => {
      const parsed = await readPdf(await renderImpactReport(buildReportInput({ lang })));
      const all = plain(parsed.pages.map((page) => page.text).join(' ')).replace(/\s+/g, ' ');
      expect(all).toContain(small);
      expect(all).toContain(complementary);
      // The group hidden to protect the informal carers (88 people) is not shown as "< 5" in the method table.
      const label = {
        en: 'no 88 88 not shown (protects a small group)',
        nl: 'nee 88 88 niet getoond (beschermt een kleine groep)',
        fr: 'non 88 88 non affiché (protège un petit groupe)',
      }[lang];
      expect(all).toContain(label);
    },
  );

  it.each([
    ['nl', ['Inhoud', 'Samenvatting', 'Levenskwaliteit verbeteren', 'Methode en datakwaliteit']],
    [
      'fr',
      ['Table des matières', 'Synthèse', 'Améliorer la qualité de vie', 'Méthode et qualité des données'],
    ],
  ] as const)('writes the %s report with its accents and headings', async (lang, headings) => {
    const input = buildReportInput({ lang });
    input.project.name = accents;
    const pdf = await renderImpactReport(input);
    writePagePngs(pdf, `report-${lang}`);
    const parsed = await readPdf(pdf);
    const all = parsed.pages.map((page) => page.text).join('\n');
    expect(all).toContain(accents);
    for (const heading of headings) expect(all).toContain(heading);
    expect(pdf.toString('latin1')).toContain(`/Lang (${lang}-BE)`);
  });

  it('keeps long labels inside the page margins', async () => {
    const input = buildReportInput({ lang: 'en', indicators: 3 });
    const long =
      'Share of residents who say that, in the past twelve months, they both received and gave practical help (shopping, transport, small repairs, paperwork) from and to neighbours outside their own household';
    input.indicators = input.indicators.map((indicator, index) =>
      index === 0 ? { ...indicator, label: { en: long } } : indicator,
    );
    input.project.groups!.age_band!.values!['65-plus'] =
      'residents aged sixty-five and older living alone or with a partner';
    const parsed = await readPdf(await renderImpactReport(input));
    for (const page of parsed.pages) {
      for (const item of page.items) {
        if (item.str.trim() === '') continue;
        expect(item.x, `"${item.str}" starts left of the margin`).toBeGreaterThanOrEqual(40);
        expect(item.x + item.width, `"${item.str}" runs past the right margin`).toBeLessThanOrEqual(
          page.width - 40,
        );
      }
    }
    const all = parsed.pages.map((page) => page.text).join(' ');
    expect(all.replace(/\s+/g, ' ')).toContain('from and to neighbours outside their own household');
  });

  it('renders only the chosen sections, in the chosen order', async () => {
    const input = buildReportInput({ lang: 'en' });
    input.options = { ...input.options, sections: ['method', 'summary'] };
    const parsed = await readPdf(await renderImpactReport(input));
    expect(parsed.outline).toEqual(['Method and data quality', 'Summary']);
    const first = parsed.pages[0]!.text;
    expect(first).toContain('Method and data quality');
    expect(parsed.pages.map((page) => page.text).join(' ')).not.toContain('Contents');
  });

  it('streams the same document', async () => {
    const input = buildReportInput({ lang: 'en', indicators: 2 });
    const chunks: Buffer[] = [];
    for await (const chunk of streamImpactReport(input)) chunks.push(chunk as Buffer);
    const parsed = await readPdf(Buffer.concat(chunks));
    expect(plain(parsed.pages[0]!.text)).toContain('Zorgzame buurt Sint-Amands');
  });

  it('rejects invalid input with a ReportError', async () => {
    const input = buildReportInput({ lang: 'en', indicators: 1 });
    input.project = { ...input.project, waves: [] };
    await expect(renderImpactReport(input)).rejects.toMatchObject({
      name: 'ReportError',
      code: 'invalid-input',
    });
    await expect(renderImpactReport(input)).rejects.toBeInstanceOf(ReportError);
  });
});
