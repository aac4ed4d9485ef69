import { describe, expect, it } from 'vitest';
import { buildReportInput } from '../test/builders.js';
import { readPdf } from '../test/pdf-reader.js';
import { type BatchProgress, renderImpactReports } from './render-impact-reports.js';

describe('renderImpactReports', { timeout: 120_000 }, () => {
  it('renders many reports on worker threads, in input order, reporting progress', async () => {
    const inputs = (['en', 'nl', 'fr'] as const).map((lang, index) => {
      const input = buildReportInput({ lang, indicators: 2, seed: index + 1 });
      input.project.id = `project-${index + 1}`;
      input.options = { ...input.options, sections: ['cover', 'summary'] };
      return input;
    });
    // One broken input: it fails alone.
    const broken = buildReportInput({ lang: 'en', indicators: 1 });
    broken.project.id = 'broken-project';
    broken.project.waves = [];
    const progress: BatchProgress[] = [];
    const results = await renderImpactReports([...inputs, broken], {
      workers: 2,
      onProgress: (entry) => progress.push(entry),
    });

    expect(results.map((result) => result.projectId)).toEqual([
      'project-1',
      'project-2',
      'project-3',
      'broken-project',
    ]);
    expect(progress.map((entry) => entry.done)).toEqual([1, 2, 3, 4]);
    expect(progress.at(-1)).toMatchObject({ total: 4, failed: 1 });
    const failedResult = results[3]!;
    expect(failedResult.ok).toBe(false);
    if (!failedResult.ok) expect(failedResult.error.code).toBe('invalid-input');

    const summaries = { en: 'Summary', nl: 'Samenvatting', fr: 'Synthèse' };
    for (const result of results.slice(0, 3)) {
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      const parsed = await readPdf(result.pdf);
      expect(parsed.pages.map((page) => page.text).join(' ')).toContain(
        summaries[result.lang as keyof typeof summaries],
      );
    }
  });

  it('returns nothing for nothing, without starting workers', async () => {
    expect(await renderImpactReports([])).toEqual([]);
  });
});
