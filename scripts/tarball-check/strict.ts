// Type-checks against the installed tarballs' declarations with the strictest options (tsconfig.json).
import { type CliProblem, formatProblem, ProjectFileSchema } from '@neighbourly/cli';
import {
  compareWaves,
  computeIndicators,
  type IndicatorComparison,
  type IndicatorResults,
  type ResponseRecord,
  sampleIndicatorSet,
} from '@neighbourly/core';
import type { ImpactReportInput } from '@neighbourly/report';
import { type CreateAppOptions, createApp } from '@neighbourly/server';
import { type TTestResult, welchTTest } from '@neighbourly/stats';
import { openStore, type Store } from '@neighbourly/store';
import { lintSurveyDefinition } from '@neighbourly/surveys';

const records: ResponseRecord[] = [{ waveId: 'baseline', group: {}, answers: { meet_neighbours: 4 } }];
const results: IndicatorResults = await computeIndicators({
  definitions: sampleIndicatorSet.indicators,
  records,
});
const first: IndicatorComparison | undefined = compareWaves(results, { from: 'baseline', to: 'baseline' })
  .comparisons[0];
const paired: number | undefined = first?.pairedChange;
const test: TTestResult = welchTTest([1, 2, 3], [2, 3, 4]);
const store: Store = await openStore('sqlite::memory:');
const problem: CliProblem = { file: 'a.csv', line: 2, message: 'x' };
const options: Partial<CreateAppOptions> = {};
const input: Partial<ImpactReportInput> = {};
export const used = [
  paired,
  test.ci95[0],
  store,
  formatProblem(problem),
  ProjectFileSchema.parse({ name: 'x' }).languages,
  createApp,
  options,
  input,
  lintSurveyDefinition,
];
