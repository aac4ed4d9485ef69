import { basename } from 'node:path';
import type { Language } from '@neighbourly/core';
import type { ImpactReportInput } from '@neighbourly/report';
import type { CliProblem } from '../../cli-error.js';
import { computeProjectIndicators } from '../indicators/project-indicators.js';
import type { LoadedProject } from '../project/load-project.js';
import { csvSource } from '../responses/csv-source.js';
import { type RecordProblems, readRecords, settleRecordProblems } from '../responses/read-records.js';

/** The file-name stem of a project's report: its slug, else the name of its folder. */
export function reportStem(loaded: LoadedProject): string {
  return loaded.project.slug ?? (basename(loaded.dir) || 'report');
}

/**
 * Computes a project's indicators from a responses file and assembles what `renderImpactReport` needs: the
 * comparison shown is the first wave against the latest.
 */
export async function buildReportInput(
  loaded: LoadedProject,
  responses: string,
  options: { lang?: Language; skipInvalid?: boolean; survey?: string; mapping?: string } = {},
): Promise<{ input: ImpactReportInput; warnings: CliProblem[] }> {
  const problems: RecordProblems = { count: 0, listed: [] };
  const computed = await computeProjectIndicators(
    loaded,
    readRecords(responses, problems, csvSource(loaded, options)),
  );
  const warnings = [...settleRecordProblems(problems, options.skipInvalid), ...computed.warnings];
  const { project } = loaded;
  const waveIds = computed.results.waves;
  const labels = new Map((project.waves ?? []).map((wave) => [wave.id, wave.label ?? wave.id]));
  const last = computed.comparisons.at(-1);
  const input: ImpactReportInput = {
    project: {
      id: reportStem(loaded),
      name: project.name,
      languages: project.languages,
      waves: waveIds.map((id) => ({ id, label: labels.get(id) ?? id })),
    },
    framework: loaded.framework,
    indicators: loaded.indicatorSet?.indicators ?? [],
    theoryOfChange: loaded.theoryOfChange,
    results: computed.results,
    comparison: last,
    lang: options.lang ?? project.languages[0] ?? 'en',
  };
  return { input, warnings };
}
