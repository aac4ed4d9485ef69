import { expect, it } from 'vitest';
import { localize } from '../../lib/localize';
import { breakdownQuestions } from './labels';

it('picks the language, then English or SurveyJS default', () => {
  expect(localize({ default: 'Age', nl: 'Leeftijd' }, 'nl')).toBe('Leeftijd');
  expect(localize({ default: 'Age', nl: 'Leeftijd' }, 'fr')).toBe('Age');
  expect(localize({ en: 'Age' }, 'fr')).toBe('Age');
  expect(localize('Leeftijd', 'fr')).toBe('Leeftijd');
  expect(localize(undefined, 'fr')).toBe('');
});

it('finds background questions in pages and panels, with the label of each answer', () => {
  const [age, ...rest] = breakdownQuestions([
    {
      pages: [
        {
          elements: [
            { type: 'rating', name: 'trust', neighbourly: { caimer: 'result' } },
            {
              type: 'panel',
              elements: [
                {
                  type: 'radiogroup',
                  name: 'age_band',
                  title: { default: 'Age', fr: 'Âge' },
                  neighbourly: { background: true },
                  choices: [
                    { value: '80-plus', text: { default: '80 or older', nl: '80 of ouder' } },
                    '65-79',
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ]);
  expect(rest).toEqual([]);
  expect(age?.name).toBe('age_band');
  expect(localize(age?.choices.get('80-plus'), 'nl')).toBe('80 of ouder');
  expect(age?.choices.get('65-79')).toBe('65-79');
});
