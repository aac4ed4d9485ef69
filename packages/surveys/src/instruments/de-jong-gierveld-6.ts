import type { Instrument } from './instrument.js';

const emotional = ['djg6_1', 'djg6_2', 'djg6_3'];
const social = ['djg6_4', 'djg6_5', 'djg6_6'];

/** Answers of the De Jong Gierveld scale: `yes`, `more-or-less`, `no`. */
function loneliness(item: string, answer: unknown): number | undefined {
  if (answer !== 'yes' && answer !== 'more-or-less' && answer !== 'no') return undefined;
  // Emotional items are negatively worded: "yes" and "more or less" score 1.
  // Social items are positively worded: "no" and "more or less" score 1.
  if (emotional.includes(item)) return answer === 'no' ? 0 : 1;
  return answer === 'yes' ? 0 : 1;
}

function sum(items: string[], answers: Readonly<Record<string, unknown>>): number | null {
  let total = 0;
  for (const item of items) {
    const value = loneliness(item, answers[item]);
    if (value === undefined) return null;
    total += value;
  }
  return total;
}

/**
 * The 6-item De Jong Gierveld Loneliness Scale (De Jong Gierveld & Van Tilburg, 2006): three
 * emotional-loneliness items (`djg6_1`-`djg6_3`, negatively worded) and three social-loneliness items
 * (`djg6_4`-`djg6_6`, positively worded), answered `yes`, `more-or-less` or `no`. Dichotomous scoring:
 * on emotional items "yes" and "more or less" score 1; on social items "no" and "more or less" score 1.
 * Emotional and social subscales 0-3; total 0-6.
 *
 * Missing data: a (sub)scale score needs all its items (a conservative rule; no imputation).
 * Cut-offs (total): 0-1 not lonely, 2-4 moderately lonely, 5-6 severely lonely.
 */
export const deJongGierveld6: Instrument = {
  id: 'djg-6',
  name: 'De Jong Gierveld Loneliness Scale, 6-item version',
  citation:
    'De Jong Gierveld J, Van Tilburg T. A 6-item scale for overall, emotional, and social loneliness: confirmatory tests on survey data. Research on Aging. 2006;28(5):582-598.',
  licence: {
    itemTextsIncluded: false,
    terms:
      'Free for research and evaluation with citation. Neighbourly ships the item ids, answer codes and scoring rule only: supply the published wording (Dutch original, English and French versions from the authors) as the question titles.',
  },
  items: [
    { id: 'djg6_1' },
    { id: 'djg6_2' },
    { id: 'djg6_3' },
    { id: 'djg6_4', reverse: true },
    { id: 'djg6_5', reverse: true },
    { id: 'djg6_6', reverse: true },
  ],
  options: [
    { value: 'yes', text: { en: 'Yes', nl: 'Ja', fr: 'Oui' } },
    { value: 'more-or-less', text: { en: 'More or less', nl: 'Min of meer', fr: 'Plus ou moins' } },
    { value: 'no', text: { en: 'No', nl: 'Nee', fr: 'Non' } },
  ],
  subscales: { emotional, social },
  range: { min: 0, max: 6 },
  missingRule: 'Every item of the (sub)scale must be answered; otherwise there is no score.',
  cutOffs: [
    { id: 'not-lonely', label: { en: 'Not lonely', nl: 'Niet eenzaam', fr: 'Pas seul(e)' }, min: 0, max: 1 },
    {
      id: 'moderately-lonely',
      label: { en: 'Moderately lonely', nl: 'Matig eenzaam', fr: 'Modérément seul(e)' },
      min: 2,
      max: 4,
    },
    {
      id: 'severely-lonely',
      label: { en: 'Severely lonely', nl: 'Ernstig eenzaam', fr: 'Très seul(e)' },
      min: 5,
      max: 6,
    },
  ],
  score(answers, subscale) {
    if (subscale === 'emotional') return sum(emotional, answers);
    if (subscale === 'social') return sum(social, answers);
    if (subscale !== undefined) return null;
    return sum([...emotional, ...social], answers);
  },
};
