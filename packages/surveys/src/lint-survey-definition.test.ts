import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IndicatorDefinitionInput } from '@neighbourly/core';
import { describe, expect, it } from 'vitest';
import { lintSurveyDefinition } from './lint-survey-definition.js';

const fixtureDirectory = join(import.meta.dirname, '..', 'test', 'fixtures', 'surveyjs-public');

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
    expect(errorCodes(lintSurveyDefinition(definition))).toEqual([
      'unknown-reference@b.visibleIf',
      'invalid-expression@c.enableIf',
    ]);
    expect(
      lintSurveyDefinition(
        { ...definition, elements: definition.elements.slice(0, 2) },
        { variables: ['ghost'] },
      ).ok,
    ).toBe(true);
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

  describe('on 34 public SurveyJS definitions', () => {
    const files = readdirSync(fixtureDirectory).filter((file) => file.endsWith('.json'));
    // Real errors in these files: 05 reads survey variables its host page sets ({user_*}); 29 has an
    // element of the non-existent type "matrix Dropdown", which survey-core drops.
    const expectedErrors: Record<string, string[]> = {
      '05-customer-satisfaction-nps.json': ['unknown-reference'],
      '29-kitchen-sink-matrices.json': ['unreadable-element'],
    };
    it.each(files)('%s', (file) => {
      const definition = JSON.parse(readFileSync(join(fixtureDirectory, file), 'utf8')) as object;
      const result = lintSurveyDefinition(definition);
      expect([...new Set(errorCodes(result).map((code) => code.split('@')[0]))]).toEqual(
        expectedErrors[file] ?? [],
      );
    });

    it('passes 05 once its host variables are declared', () => {
      const text = readFileSync(join(fixtureDirectory, '05-customer-satisfaction-nps.json'), 'utf8');
      const variables = [...new Set([...text.matchAll(/\{(user_\w+)\}/g)].map((match) => match[1] ?? ''))];
      expect(variables.length).toBeGreaterThan(5);
      expect(lintSurveyDefinition(JSON.parse(text), { variables }).ok).toBe(true);
    });
  });
});
