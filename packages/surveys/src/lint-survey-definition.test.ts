import type { IndicatorDefinitionInput } from '@neighbourly/core';
import { Model } from 'survey-core';
import { describe, expect, it } from 'vitest';
import {
  publicSurveyDirectory,
  readSurveys,
  syntheticSurveyDirectory,
} from '../test/support/fixture-surveys.js';
import { lintSurveyDefinition } from './lint-survey-definition.js';

const publicSurveys = readSurveys(publicSurveyDirectory);

/** Loads a definition in survey-core; returns how many questions it has (display elements aside). */
function loadedQuestions(definition: object): number {
  const model = new Model(definition);
  return model.getAllQuestions(false, false, false).filter((question) => question.getType() !== 'html')
    .length;
}

function errorCodes(result: ReturnType<typeof lintSurveyDefinition>): string[] {
  return result.ok
    ? []
    : result.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}@${i.path.join('.')}`);
}
function warningCodes(result: ReturnType<typeof lintSurveyDefinition>): string[] {
  const all = result.ok ? result.warnings : result.issues;
  return all.filter((i) => i.severity === 'warning').map((i) => i.code);
}

const base = {
  neighbourly: { round: 'outcomes', languages: ['nl', 'en'] },
  elements: [
    {
      type: 'rating',
      name: 'trust',
      title: { nl: 'Vertrouwen', en: 'Trust' },
      neighbourly: { objectives: ['social-cohesion'], indicators: ['trust-mean'] },
    },
    { type: 'comment', name: 'story', title: { nl: 'Verhaal', en: 'Story' }, visibleIf: '{trust} > 3' },
  ],
};
const indicators: IndicatorDefinitionInput[] = [
  {
    id: 'trust-mean',
    label: { en: 'Trust' },
    objectiveId: 'social-cohesion',
    kind: 'mean',
    items: ['trust'],
  },
];

describe('lintSurveyDefinition', () => {
  it('rejects a definition without any question', () => {
    expect(errorCodes(lintSurveyDefinition({ pages: [] }))).toEqual(['no-questions@']);
  });

  it('accepts a clean definition and lists its answer fields', () => {
    const result = lintSurveyDefinition(base, { indicators });
    expect(result).toMatchObject({ ok: true, warnings: [], value: { languages: ['nl', 'en'] } });
    if (result.ok)
      expect(result.value.fields.map((f) => `${f.name}:${f.kind}`)).toEqual(['trust:number', 'story:text']);
  });

  it('reports duplicate names, bad metadata, unknown objectives and indicators', () => {
    const definition = structuredClone(base) as typeof base & { elements: Record<string, unknown>[] };
    definition.elements.push({ type: 'text', name: 'trust', title: { nl: 'x', en: 'x' } });
    definition.elements.push({
      type: 'text',
      name: 'x',
      title: { nl: 'x', en: 'x' },
      neighbourly: { caimer: 'outcome' },
    });
    (definition.elements[0] as { neighbourly: unknown }).neighbourly = {
      objectives: ['world-peace'],
      indicators: ['nope'],
    };
    expect(errorCodes(lintSurveyDefinition(definition, { indicators })).sort()).toEqual([
      'duplicate-name@trust',
      // the second "trust" is a text question, which a mean cannot read
      'incompatible-item@indicators.0.items',
      'invalid-metadata@x.neighbourly.caimer',
      'unknown-indicator@trust.neighbourly.indicators',
      'unknown-objective@trust.neighbourly.objectives',
    ]);
  });

  it('reports indicators that read missing or incompatible answers', () => {
    const result = lintSurveyDefinition(base, {
      indicators: [
        { id: 'a', label: { en: 'A' }, objectiveId: 'encounters', kind: 'mean', items: ['story'] },
        { id: 'b', label: { en: 'B' }, objectiveId: 'encounters', kind: 'count', items: ['ghost'] },
        { id: 'c', label: { en: 'C' }, objectiveId: 'not-an-objective', kind: 'count', items: ['story'] },
      ],
    });
    expect(errorCodes(result)).toEqual([
      'unknown-indicator@trust.neighbourly.indicators',
      'incompatible-item@indicators.0.items',
      'unknown-item@indicators.1.items',
      'unknown-objective@indicators.2.objectiveId',
    ]);
  });

  it('reports unparseable expressions and references to unknown questions', () => {
    const definition = {
      elements: [
        { type: 'text', name: 'a' },
        { type: 'text', name: 'b', visibleIf: '{a} = 1 and {ghost} = 2' },
        { type: 'text', name: 'c', enableIf: '{a} ==== (' },
        { type: 'text', name: 'd', requiredIf: '{row.x} = 1 or {$a.containsErrors} or {a-Comment} notempty' },
      ],
    };
    // survey-core loads these (it ignores the unparseable condition; {ghost} is empty): warnings.
    const result = lintSurveyDefinition(definition);
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings.map((issue) => `${issue.code}@${issue.path.join('.')}`)).toEqual([
      'unknown-reference@b.visibleIf',
      'invalid-expression@c.enableIf',
    ]);
    const declared = lintSurveyDefinition(
      { ...definition, elements: definition.elements.slice(0, 2) },
      { variables: ['ghost'] },
    );
    expect(declared.ok && declared.warnings).toEqual([]);
  });

  it('warns about missing translations of declared languages, and about unknown properties', () => {
    const definition = {
      neighbourly: { languages: ['nl', 'fr', 'en'] },
      elements: [
        { type: 'text', name: 'a', title: { nl: 'Naam', en: 'Name' }, colour: 'red' },
        {
          type: 'radiogroup',
          name: 'b',
          title: 'Plain',
          choices: [{ value: 1, text: { nl: 'een', fr: 'un', en: 'one' } }],
        },
      ],
    };
    const result = lintSurveyDefinition(definition);
    expect(result.ok).toBe(true);
    expect(warningCodes(result).sort()).toEqual([
      'missing-translation',
      'missing-translation',
      'unknown-property',
    ]);
  });

  it('rejects what is not a definition', () => {
    expect(errorCodes(lintSurveyDefinition([]))).toEqual(['not-an-object@']);
  });

  describe.skipIf(publicSurveys.length === 0)(
    `on the public SurveyJS definitions${
      publicSurveys.length === 0
        ? ' (SKIPPED: ../shared/fixtures/surveyjs-public is not beside the clone)'
        : ''
    }`,
    () => {
      // Every survey survey-core loads passes; what it tolerates is a warning. 05 reads
      // survey variables its host page sets ({user_*}); 29 has an element of the non-existent type
      // "matrix Dropdown", which survey-core drops.
      it.each(publicSurveys)('$file: survey-core loads it, and the lint accepts it', ({ definition }) => {
        expect(loadedQuestions(definition)).toBeGreaterThan(0);
        const result = lintSurveyDefinition(definition);
        expect(errorCodes(result)).toEqual([]);
      });

      it('warns about what survey-core tolerates in them', () => {
        const byFile = new Map(publicSurveys.map((survey) => [survey.file, survey.definition]));
        const warned = (file: string) => warningCodes(lintSurveyDefinition(byFile.get(file)));
        expect(warned('05-customer-satisfaction-nps.json')).toContain('unknown-reference');
        expect(warned('29-kitchen-sink-matrices.json')).toContain('unreadable-element');
      });
    },
  );

  it.each(readSurveys(syntheticSurveyDirectory))('synthetic $file: the lint accepts it', ({ definition }) => {
    expect(loadedQuestions(definition)).toBeGreaterThan(0);
    expect(errorCodes(lintSurveyDefinition(definition))).toEqual([]);
  });
});
