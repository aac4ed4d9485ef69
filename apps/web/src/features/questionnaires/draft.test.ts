import { formatPath } from '@neighbourly/core';
import { allTemplateIndicators, lintSurveyDefinition, surveyTemplate } from '@neighbourly/surveys';
import { describe, expect, it } from 'vitest';
import { missingLanguages } from '../../ui/translation-fields';
import {
  addOwnQuestion,
  brokenConditions,
  draftFromDefinition,
  keyOfError,
  modulesOf,
  moveItem,
  setModule,
  toDefinition,
  updateItem,
} from './draft';

const template = () => surveyTemplate('outcomes', 'resident') as Record<string, unknown>;
/** As the server lints: against the project's indicators that the definition's questions name. */
const lint = (definition: Record<string, unknown>) => {
  const named = new Set(
    JSON.stringify(definition)
      .match(/"indicators":\[[^\]]*\]/g)
      ?.flatMap((list) => JSON.parse(list.slice(13)) as string[]),
  );
  const indicators = allTemplateIndicators().indicators.filter((indicator) => named.has(indicator.id));
  return lintSurveyDefinition(definition, { indicators, languages: ['nl', 'fr', 'en'] });
};
const names = (definition: Record<string, unknown>) =>
  (definition.pages as { elements: { name: string }[] }[]).flatMap((page) =>
    page.elements.map((element) => element.name),
  );

describe('questionnaire draft', () => {
  it('gives back the template unchanged when nothing is adapted (and the lint accepts it)', () => {
    const { definition } = toDefinition(draftFromDefinition(template()));
    expect(definition).toEqual(template());
    expect(lint(definition).ok).toBe(true);
  });

  it('finds the instrument modules and switches one off as a whole', () => {
    const draft = draftFromDefinition(template());
    expect(modulesOf(draft)).toEqual([
      { id: 'who-5', total: 5, enabled: 5 },
      { id: 'neighbourhood-cohesion', total: 5, enabled: 5 },
    ]);
    const { definition } = toDefinition(setModule(draft, 'who-5', false));
    // The WHO-5 items and their introduction are gone, the rest of the page stays.
    expect(names(definition).filter((name) => name.startsWith('who5'))).toEqual([]);
    expect(names(definition)).toContain('life_satisfaction');
    expect(lint(definition).ok).toBe(true);
  });

  it('adds own questions of every type with their indicator link, required, and the lint accepts them', () => {
    let draft = draftFromDefinition(template());
    const text = { nl: 'Hoe vaak?', fr: 'Combien de fois ?', en: 'How often?' };
    for (const type of ['rating', 'single', 'multiple', 'yesno', 'number', 'short', 'long'] as const) {
      draft = addOwnQuestion(draft, {
        type,
        text,
        required: type === 'yesno',
        choices:
          type === 'single' || type === 'multiple'
            ? [
                { value: 'a', text: { nl: 'Ja', fr: 'Oui', en: 'Yes' } },
                { value: 'b', text: { nl: 'Nee', fr: 'Non', en: 'No' } },
              ]
            : [],
        ...(type === 'rating' ? { indicatorId: 'life-satisfaction' } : {}),
      });
    }
    const { definition } = toDefinition(draft);
    const pages = definition.pages as { elements: Record<string, unknown>[] }[];
    const own = (pages.at(-1)?.elements ?? []).filter((element) => String(element.name).startsWith('own_'));
    expect(own.map((element) => [element.name, element.type, element.inputType ?? null])).toEqual([
      ['own_1', 'rating', null],
      ['own_2', 'radiogroup', null],
      ['own_3', 'checkbox', null],
      ['own_4', 'boolean', null],
      ['own_5', 'text', 'number'],
      ['own_6', 'text', null],
      ['own_7', 'comment', null],
    ]);
    expect(own[0]?.neighbourly).toEqual({ indicators: ['life-satisfaction'] });
    expect(own[3]?.isRequired).toBe(true);
    expect(own[1]?.choices).toEqual([
      { value: 'a', text: { default: 'Yes', nl: 'Ja', fr: 'Oui' } },
      { value: 'b', text: { default: 'No', nl: 'Nee', fr: 'Non' } },
    ]);
    expect(lint(definition).ok).toBe(true);
  });

  it('reorders across pages and marks questions required', () => {
    let draft = draftFromDefinition(template());
    draft = moveItem(draft, 'life_satisfaction', -1);
    const first = draft.pages[0]?.items.map((item) => item.key) ?? [];
    expect(first.indexOf('life_satisfaction')).toBe(first.indexOf('who5_5') - 1);
    // The first row of the second page moves up to the end of the first page.
    draft = moveItem(draft, 'cohesion_1', -1);
    expect(draft.pages[0]?.items.at(-1)?.key).toBe('cohesion_1');
    expect(moveItem(draft, draft.pages[0]?.items[0]?.key ?? '', -1)).toBe(draft);
    draft = updateItem(draft, 'feel_safe', (item) => ({ ...item, required: true }));
    const { definition } = toDefinition(draft);
    const feelSafe = (definition.pages as { elements: Record<string, unknown>[] }[])[0]?.elements.find(
      (element) => element.name === 'feel_safe',
    );
    expect(feelSafe?.isRequired).toBe(true);
  });

  it('flags missing translations and leaves empty languages out of the definition', () => {
    let draft = draftFromDefinition(template());
    draft = updateItem(draft, 'feel_safe', (item) => ({ ...item, text: { ...item.text, fr: ' ' } }));
    const item = draft.pages[0]?.items.find((row) => row.key === 'feel_safe');
    expect(missingLanguages(item?.text ?? { nl: '', fr: '', en: '' }, ['nl', 'fr', 'en'])).toEqual(['fr']);
    const { definition } = toDefinition(draft);
    const feelSafe = (definition.pages as { elements: Record<string, unknown>[] }[])[0]?.elements.find(
      (element) => element.name === 'feel_safe',
    );
    expect(Object.keys(feelSafe?.title as object)).toEqual(['default', 'nl']);
  });

  it('finds questions whose condition reads a switched-off question, which the lint only warns about', () => {
    // activities_attended is asked only when uses_meeting_place is true: switching the latter off breaks it.
    const draft = updateItem(draftFromDefinition(template()), 'uses_meeting_place', (item) => ({
      ...item,
      enabled: false,
    }));
    expect(brokenConditions(draft)).toEqual(new Map([['activities_attended', ['uses_meeting_place']]]));
    expect(brokenConditions(draftFromDefinition(template()))).toEqual(new Map());
    // survey-core reads the missing answer as empty, so the server accepts it with a warning only.
    const { definition, paths } = toDefinition(draft);
    const result = lint(definition);
    expect(result.ok).toBe(true);
    const warnings = result.ok ? result.warnings : [];
    const reference = warnings.filter((issue) => issue.code === 'unknown-reference');
    // The server names them as formatPath does: body.definition.activities_attended.visibleIf
    const keys = reference.map((issue) =>
      keyOfError(draft, paths, {
        path: formatPath(['body.definition', ...issue.path]),
        message: issue.message,
      }),
    );
    expect(keys).toEqual(['activities_attended']);
    expect(keyOfError(draft, paths, { path: 'body.definition.pages[0].elements[1]', message: 'x' })).toBe(
      'who5_1',
    );
    expect(keyOfError(draft, paths, { path: 'body.definition.title', message: 'x' })).toBeUndefined();
  });
});
