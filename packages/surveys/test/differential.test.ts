/**
 * The differential test of issue 15: the package's validator against survey-core 2.5.38 on every
 * public SurveyJS survey of the shared fixtures and on the synthetic surveys, over valid responses
 * filled in a survey-core model and mutated ones. 0 false rejections, 0 throws, and stricter only in
 * the documented deliberate differences (docs/surveys.md).
 *
 * DIFFERENTIAL_RESPONSES sets the filled responses per survey (each followed by one mutation); CI
 * runs the default, 2. `DIFFERENTIAL_RESPONSES=200 npx vitest run test/differential.test.ts` is the
 * big run.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { addFigures, emptyFigures, type Figures, runDifferential } from './support/differential-run.js';
import {
  type FixtureSurvey,
  publicSurveyDirectory,
  readSurveys,
  syntheticSurveyDirectory,
} from './support/fixture-surveys.js';

const responsesPerSurvey = Number(process.env.DIFFERENTIAL_RESPONSES ?? 2);
const publicSurveys = readSurveys(publicSurveyDirectory);
const syntheticSurveys = readSurveys(syntheticSurveyDirectory);
// Big surveys (52 questions, dropdown matrices) take seconds per response on a loaded machine.
const timeout = 120_000 + responsesPerSurvey * 30_000;
const totals: Record<string, Figures> = { public: emptyFigures(), synthetic: emptyFigures() };

function seedOf(file: string): number {
  let seed = 2166136261;
  for (const char of file) seed = Math.imul(seed ^ char.charCodeAt(0), 16777619);
  return seed >>> 0;
}

function differentialTests(surveys: FixtureSurvey[], group: 'public' | 'synthetic'): void {
  it.each(surveys)(
    '$file',
    ({ file, definition }) => {
      const { figures, problems } = runDifferential(definition, seedOf(file), responsesPerSurvey);
      addFigures(totals[group] as Figures, figures);
      expect(figures.valid).toBe(responsesPerSurvey);
      expect(problems.slice(0, 3)).toEqual([]);
      expect(
        figures.falseRejections + figures.throws + figures.orderDifferences + figures.pathDifferences,
      ).toBe(0);
    },
    timeout,
  );
}

// Silence survey-core's console warnings about the fixtures' own quirks (unknown functions, etc.).
const warn = console.warn;
console.warn = () => {};

describe.skipIf(publicSurveys.length === 0)(
  `validator vs survey-core on the public SurveyJS surveys${
    publicSurveys.length === 0 ? ' (SKIPPED: ../shared/fixtures/surveyjs-public is not beside the clone)' : ''
  }`,
  () => {
    it('finds the 34 public surveys (or more)', () => {
      expect(publicSurveys.length).toBeGreaterThanOrEqual(34);
    });
    differentialTests(publicSurveys, 'public');
  },
);

describe('validator vs survey-core on synthetic surveys of the types the public ones lack', () => {
  it('has the synthetic surveys', () => {
    expect(syntheticSurveys.length).toBeGreaterThanOrEqual(3);
  });
  differentialTests(syntheticSurveys, 'synthetic');
});

afterAll(() => {
  console.warn = warn;
  for (const [group, figures] of Object.entries(totals)) {
    if (figures.surveys === 0) continue;
    console.log(
      `differential (${group}): ${figures.surveys} surveys, ${figures.responses} responses ` +
        `(${figures.valid} filled, ${figures.mutated} mutated), ${figures.agreements} agreements, ` +
        `${figures.deliberateStricter} deliberate stricter cases, ${figures.falseRejections} false rejections, ` +
        `${figures.falseAcceptances} false acceptances, ${figures.missedMutations} missed mutations, ` +
        `${figures.orderDifferences} order differences, ${figures.pathDifferences} compiled/fallback differences, ` +
        `${figures.throws} throws`,
    );
  }
});
