import { describe, expect, it } from 'vitest';
import { IndicatorDefinitionSchema } from './indicator-definition.js';
import { formatPath } from './issue.js';

describe('IndicatorDefinitionSchema', () => {
  it('applies defaults to a minimal proportion indicator', () => {
    const parsed = IndicatorDefinitionSchema.parse({
      id: 'knows-neighbour-for-help',
      label: { en: 'Knows a neighbour they could ask for help' },
      objectiveId: 'co-reliance',
      kind: 'proportion',
      items: ['knows_neighbour_help'],
      success: { anyOf: ['yes'] },
    });
    expect(parsed.minCellSize).toBe(5);
    expect(parsed.direction).toBe('higher-is-better');
  });
  it('reports where a bad definition is wrong', () => {
    const parsed = IndicatorDefinitionSchema.safeParse({
      id: 'Not Kebab',
      label: {},
      objectiveId: 'x',
      kind: 'mean',
    });
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((issue) => formatPath(issue.path as (string | number)[]));
    expect(paths).toEqual(expect.arrayContaining(['id', 'label']));
  });
});

describe('formatPath', () => {
  it('writes indices in brackets', () => {
    expect(formatPath(['definitions', 3, 'items', 1])).toBe('definitions[3].items[1]');
  });
});
