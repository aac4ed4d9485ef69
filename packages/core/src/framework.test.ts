import { describe, expect, it } from 'vitest';
import { caringNeighbourhoodsFramework } from './caring-neighbourhoods-framework.js';
import { type FrameworkInput, listObjectives, parseFramework } from './framework.js';
import { languages } from './language.js';

describe('caringNeighbourhoodsFramework', () => {
  const framework = caringNeighbourhoodsFramework;

  it('has the ids of the domain model', () => {
    expect(framework.pillars.map((p) => p.id)).toEqual([
      'participation-inclusion',
      'informal-formal-care',
      'intersectoral-collaboration',
    ]);
    expect(framework.buildingBlocks.map((b) => b.id)).toEqual([
      'social-networks',
      'powers-talents',
      'awareness-information',
      'care-needs-detection',
      'guidance-to-care',
      'intersectoral-cooperation',
      'analysis-evaluation-impact',
      'policy-advice',
    ]);
    expect(framework.outcomeObjectives.map((o) => o.id)).toEqual([
      'quality-of-life',
      'social-cohesion',
      'encounters',
      'co-reliance',
      'detecting-signalling',
    ]);
    expect(framework.processObjectives.map((o) => o.id)).toEqual([
      'coordinated-cooperation',
      'dedicated-team',
      'accessibility',
      'communication',
      'support-base',
      'sustainability',
      'co-development',
    ]);
  });

  it('has every label and description in nl, fr and en', () => {
    const elements = [
      framework,
      ...framework.pillars,
      ...framework.buildingBlocks,
      ...framework.outcomeObjectives,
      ...framework.processObjectives,
    ];
    for (const element of elements) {
      for (const lang of languages) {
        expect(element.label[lang], `${element.id} label ${lang}`).toMatch(/\S/);
        expect(element.description?.[lang], `${element.id} description ${lang}`).toMatch(/\S/);
      }
    }
    expect(framework.buildingBlocks.find((b) => b.id === 'care-needs-detection')?.label.nl).toBe(
      'Zorgnoden detecteren',
    );
  });

  it('validates without issues or warnings and links every objective to a pillar', () => {
    const result = parseFramework(JSON.parse(JSON.stringify(framework)));
    expect(result).toEqual({ ok: true, value: framework });
    const linked = new Set(framework.pillars.flatMap((p) => p.objectiveIds));
    for (const objective of listObjectives(framework)) expect(linked.has(objective.id)).toBe(true);
    for (const block of framework.buildingBlocks) expect(block.objectiveIds.length).toBeGreaterThan(0);
  });
});

const tiny = (): FrameworkInput => ({
  id: 'tiny',
  label: { en: 'Tiny' },
  pillars: [{ id: 'p', label: { en: 'P' }, objectiveIds: ['o1'] }],
  buildingBlocks: [{ id: 'b', label: { en: 'B' }, objectiveIds: ['o1'], pillarIds: ['p'] }],
  outcomeObjectives: [{ id: 'o1', label: { en: 'O1' } }],
  processObjectives: [{ id: 'o2', label: { en: 'O2' } }],
});

describe('parseFramework', () => {
  it('parses JSON text and applies defaults', () => {
    const input = tiny();
    delete input.buildingBlocks;
    input.processObjectives = undefined;
    const result = parseFramework(JSON.stringify(input));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.buildingBlocks).toEqual([]);
  });

  it('reports invalid JSON as an issue', () => {
    const result = parseFramework('{ not json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.code).toBe('invalid-json');
  });

  it('reports schema problems with paths', () => {
    const input = { ...tiny(), pillars: [{ id: 'Bad Id', label: { en: 'P' } }] };
    const result = parseFramework(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContainEqual(['pillars', 0, 'id']);
  });

  it('reports duplicate ids and dangling links', () => {
    const input = tiny();
    input.processObjectives = [{ id: 'o1', label: { en: 'again' } }];
    input.buildingBlocks = [{ id: 'b', label: { en: 'B' }, objectiveIds: ['nope'], pillarIds: ['q'] }];
    const result = parseFramework(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toEqual([
        {
          code: 'duplicate-id',
          path: ['processObjectives', 0, 'id'],
          message: 'id "o1" is already used by outcomeObjectives[0]',
        },
        {
          code: 'unknown-objective',
          path: ['buildingBlocks', 0, 'objectiveIds', 0],
          message: 'unknown objective "nope"',
        },
        {
          code: 'unknown-pillar',
          path: ['buildingBlocks', 0, 'pillarIds', 0],
          message: 'unknown pillar "q"',
        },
      ]);
    }
  });

  it('warns about objectives no pillar claims', () => {
    const result = parseFramework(tiny());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings?.map((w) => w.path)).toEqual([['processObjectives', 0]]);
  });
});
