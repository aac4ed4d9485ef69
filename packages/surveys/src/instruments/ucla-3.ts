import { type Instrument, numericAnswer } from './instrument.js';

const items = ['ucla3_1', 'ucla3_2', 'ucla3_3'];

/**
 * The 3-item UCLA Loneliness Scale (Hughes et al., 2004): how often one lacks companionship, feels
 * left out, feels isolated; 1 "hardly ever", 2 "some of the time", 3 "often". Total 3-9; a total of 6 or
 * more is commonly classed as lonely (Steptoe et al., 2013). Missing data: all three items needed.
 */
export const ucla3: Instrument = {
  id: 'ucla-3',
  name: 'Three-item UCLA Loneliness Scale',
  citation:
    'Hughes ME, Waite LJ, Hawkley LC, Cacioppo JT. A short scale for measuring loneliness in large surveys. Research on Aging. 2004;26(6):655-672.',
  licence: {
    itemTextsIncluded: false,
    terms:
      'The UCLA Loneliness Scale is copyrighted by D. Russell; the short form is used freely in research surveys with citation. Neighbourly ships the item ids and scoring rule only: supply the wording of the three items (and your translations) as the question titles.',
  },
  items: items.map((id) => ({ id })),
  options: [
    { value: 1, text: { en: 'Hardly ever', nl: 'Bijna nooit', fr: 'Presque jamais' } },
    { value: 2, text: { en: 'Some of the time', nl: 'Soms', fr: 'Parfois' } },
    { value: 3, text: { en: 'Often', nl: 'Vaak', fr: 'Souvent' } },
  ],
  subscales: {},
  range: { min: 3, max: 9 },
  missingRule: 'All three items must be answered; otherwise there is no score.',
  cutOffs: [
    { id: 'not-lonely', label: { en: 'Not lonely', nl: 'Niet eenzaam', fr: 'Pas seul(e)' }, min: 3, max: 5 },
    { id: 'lonely', label: { en: 'Lonely', nl: 'Eenzaam', fr: 'Seul(e)' }, min: 6, max: 9 },
  ],
  score(answers, subscale) {
    if (subscale !== undefined) return null;
    let total = 0;
    for (const item of items) {
      const value = numericAnswer(answers[item], 1, 3);
      if (value === undefined || !Number.isInteger(value)) return null;
      total += value;
    }
    return total;
  },
};
