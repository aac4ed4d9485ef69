/**
 * A tiny project to test with: a bilingual survey, an indicator set and a theory of change that fit each
 * other. The server's own test suites use them, and so can developers who embed the server and want an
 * integration test that goes through the API (`import { testSurveyDefinition } from '@neighbourly/server/testing'`).
 *
 * @packageDocumentation
 */

/**
 * A small bilingual survey: a required rating that feeds an indicator, a background question, and a free
 * text comment (where tests can plant markers that must never cross a project boundary).
 */
export function testSurveyDefinition() {
  return {
    pages: [
      {
        name: 'page1',
        elements: [
          {
            type: 'rating',
            name: 'knows_neighbour',
            title: {
              en: 'I know a neighbour I could ask for help',
              nl: 'Ik ken een buur die ik om hulp kan vragen',
            },
            rateMin: 1,
            rateMax: 5,
            isRequired: true,
            neighbourly: {
              caimer: 'result',
              round: 'outcomes',
              indicators: ['knows-neighbour'],
              objectives: ['social-cohesion'],
            },
          },
          {
            type: 'radiogroup',
            name: 'age_band',
            title: { en: 'Your age', nl: 'Uw leeftijd' },
            choices: ['18-64', '65+'],
            neighbourly: { background: true },
          },
          { type: 'comment', name: 'remarks', title: { en: 'Anything else?', nl: 'Nog iets?' } },
        ],
      },
    ],
  };
}

/** An indicator set with one mean indicator on `knows_neighbour`, publishable from two respondents. */
export function testIndicatorSet() {
  return {
    id: 'test-indicators',
    frameworkId: 'caring-neighbourhoods',
    indicators: [
      {
        id: 'knows-neighbour',
        label: { en: 'Knows a neighbour for help', nl: 'Kent een buur voor hulp' },
        objectiveId: 'social-cohesion',
        kind: 'mean',
        items: ['knows_neighbour'],
        scale: { min: 1, max: 5 },
        unit: 'score',
        minCellSize: 2,
      },
    ],
  };
}

/** A theory of change whose outcome is measured by `knows-neighbour` (of {@link testIndicatorSet}). */
export function testTheoryOfChange() {
  return {
    id: 'test-toc',
    label: { en: 'Test theory of change' },
    nodes: [
      { id: 'meeting-place', kind: 'activity', label: { en: 'A neighbourhood meeting place' } },
      {
        id: 'more-contact',
        kind: 'outcome',
        label: { en: 'Neighbours know each other' },
        objectiveIds: ['social-cohesion'],
        indicatorIds: ['knows-neighbour'],
      },
      { id: 'caring', kind: 'impact', label: { en: 'A caring neighbourhood' } },
    ],
    edges: [
      { from: 'meeting-place', to: 'more-contact' },
      { from: 'more-contact', to: 'caring' },
    ],
  };
}
