import { Model, Serializer } from 'survey-core';
import { describe, expect, it } from 'vitest';
import {
  QuestionMetadataSchema,
  registerNeighbourlyProperties,
  SurveyMetadataSchema,
} from './neighbourly-metadata.js';

const definition = {
  neighbourly: { round: 'outcomes', groups: ['resident'] },
  elements: [
    {
      type: 'rating',
      name: 'knows_neighbour',
      neighbourly: {
        caimer: 'mechanism',
        round: 'outcomes',
        objectives: ['social-cohesion'],
        indicators: ['knows-neighbour-for-help'],
        groups: ['resident'],
      },
    },
  ],
};

describe('registerNeighbourlyProperties', () => {
  it('is idempotent and registers the property on questions, panels, pages and the survey', () => {
    registerNeighbourlyProperties();
    expect(registerNeighbourlyProperties()).toBe(false);
    for (const cls of ['question', 'panel', 'page', 'survey']) {
      expect(Serializer.findProperty(cls, 'neighbourly')?.name).toBe('neighbourly');
    }
    const matches = Serializer.getProperties('question').filter((p) => p.name === 'neighbourly');
    expect(matches).toHaveLength(1);
  });

  it('lets survey-core read and write the metadata without json errors', () => {
    registerNeighbourlyProperties();
    const model = new Model(definition);
    expect(model.jsonErrors ?? []).toEqual([]);
    const question = model.getQuestionByName('knows_neighbour') as unknown as Record<string, unknown>;
    expect(question.neighbourly).toEqual(definition.elements[0]?.neighbourly);
    const json = model.toJSON() as {
      neighbourly: unknown;
      pages: { elements: { neighbourly: unknown }[] }[];
    };
    expect(json.neighbourly).toEqual(definition.neighbourly);
    expect(json.pages[0]?.elements[0]?.neighbourly).toEqual(definition.elements[0]?.neighbourly);
  });
});

describe('metadata schemas', () => {
  it('accepts the documented shape and rejects unknown keys and ids', () => {
    expect(QuestionMetadataSchema.safeParse(definition.elements[0]?.neighbourly).success).toBe(true);
    expect(QuestionMetadataSchema.safeParse({ caimer: 'mechanisms' }).success).toBe(false);
    expect(QuestionMetadataSchema.safeParse({ objectives: ['Social Cohesion'] }).success).toBe(false);
    expect(QuestionMetadataSchema.safeParse({ groups: ['tourist'] }).success).toBe(false);
    expect(QuestionMetadataSchema.safeParse({ extra: 1 }).success).toBe(false);
    expect(
      SurveyMetadataSchema.safeParse({ round: 'outcomes', indicatorSetId: 'caimer-outcomes' }).success,
    ).toBe(true);
  });
});
