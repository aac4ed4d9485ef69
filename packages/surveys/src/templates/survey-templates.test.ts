import { caringNeighbourhoodsFramework } from '@neighbourly/core';
import { Model } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { compare } from '../../test/support/differential.js';
import { ResponseGenerator, SurveyCoreOracle, seededRandom } from '../../test/support/response-generator.js';
import { instrumentScorers } from '../instruments/instrument-scorers.js';
import { lintSurveyDefinition } from '../lint-survey-definition.js';
import { registerNeighbourlyProperties } from '../neighbourly-metadata.js';
import { compileResponseValidator, validateResponse } from '../response-validator.js';
import { backgroundQuestionNames } from './background-questions.js';
import {
  allTemplateIndicators,
  listSurveyTemplates,
  surveyTemplate,
  templateIndicatorSet,
} from './survey-templates.js';

registerNeighbourlyProperties();
const templates = listSurveyTemplates().map((entry) => ({
  ...entry,
  definition: surveyTemplate(entry.round, entry.group) as Record<string, unknown>,
}));

function indicatorsFor(round: 'governance' | 'process' | 'outcomes', group: string) {
  const set = templateIndicatorSet(round);
  return { ...set, indicators: set.indicators.filter((i) => i.respondentGroups?.includes(group as never)) };
}

function questionsOf(definition: object) {
  const questions = new Model(definition).getAllQuestions().filter((q) => q.getType() !== 'html');
  return questions as unknown as (Record<string, unknown> & { name: string; isRequired: boolean })[];
}

describe('CAIMeR templates', () => {
  it('ship governance, process and outcomes variants', () => {
    expect(templates.map((t) => t.id)).toEqual([
      'governance-professional',
      'governance-coordinator',
      'process-volunteer',
      'process-professional',
      'process-coordinator',
      'outcomes-resident',
      'outcomes-volunteer',
      'outcomes-professional',
      'outcomes-coordinator',
    ]);
    expect(surveyTemplate('governance', 'resident')).toBeUndefined();
  });

  it.each(templates)(
    '$id lints clean (nl/fr/en complete, metadata and indicators consistent)',
    ({ round, group, definition }) => {
      const result = lintSurveyDefinition(definition, { indicators: indicatorsFor(round, group) });
      // The whole round's set works too: indicators for other groups are skipped.
      expect(lintSurveyDefinition(definition, { indicators: templateIndicatorSet(round) }).ok).toBe(true);
      expect(result.ok ? result.warnings : result.issues).toEqual([]);
      expect(result.ok && result.value.languages.sort()).toEqual(['en', 'fr', 'nl']);
      for (const question of questionsOf(definition)) {
        expect(question.neighbourly, question.name).toMatchObject({ round, groups: [group] });
      }
    },
  );

  it('the resident outcomes survey has about 40 questions and covers all five outcome objectives', () => {
    const questions = questionsOf(surveyTemplate('outcomes', 'resident') as object);
    expect(questions).toHaveLength(40);
    const objectives = new Set(
      questions.flatMap((q) => (q.neighbourly as { objectives?: string[] }).objectives ?? []),
    );
    expect([...objectives].sort()).toEqual(
      caringNeighbourhoodsFramework.outcomeObjectives.map((o) => o.id).sort(),
    );
  });

  it('the process round covers the seven process objectives and the eight barriers/enablers', () => {
    const definition = surveyTemplate('process', 'professional') as object;
    const questions = questionsOf(definition);
    const objectives = new Set(
      questions.flatMap((q) => (q.neighbourly as { objectives?: string[] }).objectives ?? []),
    );
    for (const objective of caringNeighbourhoodsFramework.processObjectives)
      expect(objectives).toContain(objective.id);
    const matrix = questions.find((q) => q.name === 'barriers_enablers') as unknown as { rows: unknown[] };
    expect(matrix.rows).toHaveLength(8);
  });

  it('background questions use stable names, are optional and marked as background', () => {
    const questions = questionsOf(surveyTemplate('outcomes', 'resident') as object);
    for (const name of backgroundQuestionNames) {
      const question = questions.find((q) => q.name === name);
      expect(question?.isRequired, name).toBe(false);
      expect(question?.neighbourly).toMatchObject({ background: true, caimer: 'context' });
    }
  });

  it('WHO-5 items are required with a kind message in each language; the cohesion scale stays optional', () => {
    for (const { definition } of templates) {
      const questions = questionsOf(definition);
      for (const question of questions) {
        const instrument = (question.neighbourly as { instrument?: { id: string } }).instrument?.id;
        if (instrument === 'who-5') {
          expect(question.isRequired, question.name).toBe(true);
          const text = (
            question as unknown as { toJSON(): { requiredErrorText: Record<string, string> } }
          ).toJSON().requiredErrorText;
          expect(Object.keys(text).sort()).toEqual(['default', 'fr', 'nl']);
          expect(text.nl).toMatch(/welzijnsscore/);
        } else if (instrument === 'neighbourhood-cohesion') {
          expect(question.isRequired, question.name).toBe(false);
        }
      }
    }
    const resident = questionsOf(surveyTemplate('outcomes', 'resident') as object);
    expect(resident.filter((q) => q.isRequired).map((q) => q.name)).toEqual([
      'who5_1',
      'who5_2',
      'who5_3',
      'who5_4',
      'who5_5',
    ]);
  });

  it('indicator sets parse with core’s schema, cover every template indicator and have scorers', () => {
    const all = allTemplateIndicators();
    const ids = new Set(all.indicators.map((i) => i.id));
    expect(ids.size).toBe(all.indicators.length);
    for (const { definition } of templates) {
      for (const question of questionsOf(definition)) {
        for (const id of (question.neighbourly as { indicators?: string[] }).indicators ?? [])
          expect(ids, id).toContain(id);
      }
    }
    for (const indicator of all.indicators.filter((i) => i.kind === 'scale')) {
      const key = indicator.subscale
        ? `${indicator.instrument}:${indicator.subscale}`
        : `${indicator.instrument}`;
      expect(instrumentScorers[key], key).toBeTypeOf('function');
    }
  });
});

describe('template responses against real survey-core behaviour', () => {
  it.each(templates)(
    '$id: responses completed through a survey-core Model are accepted',
    ({ definition }) => {
      const random = seededRandom(11);
      const generator = new ResponseGenerator(definition);
      for (let i = 0; i < 20; i++) {
        const model = new Model(definition);
        const answers = generator.generate(random, 1);
        for (const [name, value] of Object.entries(answers)) model.setValue(name, value);
        // Answer what survey-core still requires, then complete as a respondent would.
        expect(model.validate(true)).toBe(true);
        model.doComplete();
        const result = validateResponse(definition, model.data);
        expect(result.ok ? [] : result.issues).toEqual([]);
      }
    },
  );

  it('rejects tampered resident responses with the question name, and drops hidden answers', () => {
    const definition = surveyTemplate('outcomes', 'resident') as object;
    const who5 = { who5_1: 3, who5_2: 2, who5_3: 4, who5_4: 0, who5_5: 5 };
    const valid = { ...who5, life_satisfaction: 7, meet_neighbours: 'weekly', uses_meeting_place: false };
    expect(validateResponse(definition, valid)).toEqual({ ok: true, value: valid });
    const { who5_2: _left, ...withoutOne } = valid;
    expect(validateResponse(definition, withoutOne)).toMatchObject({
      ok: false,
      issues: [{ code: 'required', path: ['who5_2'] }],
    });
    const issue = (data: object) => {
      const result = validateResponse(definition, data);
      return result.ok ? 'accepted' : result.issues.map((i) => `${i.code}@${i.path[0]}`).join();
    };
    expect(issue({ ...valid, meet_neighbours: 'hourly' })).toBe('unknown-choice@meet_neighbours');
    expect(issue({ ...valid, life_satisfaction: 42 })).toBe('not-on-scale@life_satisfaction');
    expect(issue({ ...valid, who5_1: 'three' })).toBe('not-on-scale@who5_1');
    expect(issue({ ...valid, uses_meeting_place: 'yes' })).toBe('wrong-type@uses_meeting_place');
    expect(issue({ ...valid, uses_meeting_place: true, activities_attended: 500 })).toBe(
      'out-of-range@activities_attended',
    );
    expect(issue({ ...valid, unmet_needs: ['none', 'transport'] })).toBe('exclusive-choice@unmet_needs');
    // Hidden: activities_attended only shows when uses_meeting_place is true.
    expect(validateResponse(definition, { ...valid, activities_attended: 3 })).toEqual({
      ok: true,
      value: valid,
    });
  });

  it('rejects a missing visible required answer (a copy made required)', () => {
    const definition = surveyTemplate('governance', 'coordinator') as {
      pages: { elements: Record<string, unknown>[] }[];
    };
    const steering = definition.pages[0]?.elements.find((e) => e.name === 'residents_in_steering');
    if (steering) steering.isRequired = true;
    const result = validateResponse(definition, { has_steering_group: true });
    expect(result.ok ? [] : result.issues.map((i) => `${i.code}@${i.path[0]}`)).toEqual([
      'required@residents_in_steering',
    ]);
    expect(validateResponse(definition, { has_steering_group: false }).ok).toBe(true);
  });

  it.each(templates)(
    '$id: the compiled validator agrees with survey-core on generated responses',
    ({ definition }) => {
      const validator = compileResponseValidator(definition);
      expect(validator.mode).toBe('compiled');
      const generator = new ResponseGenerator(definition);
      const oracle = new SurveyCoreOracle(definition);
      const random = seededRandom(97);
      const disagreements = [];
      for (let i = 0; i < 60; i++) {
        const { disagreement } = compare(validator, oracle, generator.generate(random, 0.7));
        if (disagreement) disagreements.push(disagreement);
      }
      for (const kind of [
        'unknown-choice',
        'wrong-type',
        'not-on-scale',
        'unknown-question',
        'drop-answer',
      ] as const) {
        const { disagreement } = compare(validator, oracle, generator.tamper(random, kind).data);
        if (disagreement) disagreements.push(disagreement);
      }
      expect(disagreements).toEqual([]);
    },
  );
});
