import { type Instrument, numericAnswer } from './instrument.js';

const reversed = new Set(['cohesion_4', 'cohesion_5']);

/**
 * A neighbourhood social-cohesion short form after Sampson, Raudenbush & Earls (1997): five
 * statements on a 1-5 agreement scale; items 4 and 5 are negatively worded and reverse-coded
 * (6 − x). Score: the mean of the answered items after reverse coding (1-5), when at least four of the
 * five are answered. Cut-offs: mean ≥ 4 high cohesion, ≤ 2 low.
 */
export const neighbourhoodCohesion: Instrument = {
  id: 'neighbourhood-cohesion',
  name: 'Neighbourhood social cohesion (5-item short form)',
  citation:
    'Sampson RJ, Raudenbush SW, Earls F. Neighborhoods and violent crime: a multilevel study of collective efficacy. Science. 1997;277(5328):918-924.',
  licence: {
    itemTextsIncluded: true,
    terms:
      'The items are published in the article and widely reused in public surveys. The texts here are Neighbourly’s adaptations (nl, fr, en) for caring-neighbourhood projects; cite the source.',
  },
  items: [
    {
      id: 'cohesion_1',
      text: {
        en: 'People around here are willing to help their neighbours',
        nl: 'Mensen hier in de buurt zijn bereid hun buren te helpen',
        fr: 'Les gens du quartier sont prêts à aider leurs voisins',
      },
    },
    {
      id: 'cohesion_2',
      text: {
        en: 'This is a close-knit neighbourhood',
        nl: 'Dit is een hechte buurt',
        fr: 'C’est un quartier très uni',
      },
    },
    {
      id: 'cohesion_3',
      text: {
        en: 'People in this neighbourhood can be trusted',
        nl: 'Mensen in deze buurt zijn te vertrouwen',
        fr: 'On peut faire confiance aux gens de ce quartier',
      },
    },
    {
      id: 'cohesion_4',
      reverse: true,
      text: {
        en: 'People in this neighbourhood generally do not get along with each other',
        nl: 'Mensen in deze buurt kunnen over het algemeen niet goed met elkaar overweg',
        fr: 'En général, les gens de ce quartier ne s’entendent pas bien',
      },
    },
    {
      id: 'cohesion_5',
      reverse: true,
      text: {
        en: 'People in this neighbourhood do not share the same values',
        nl: 'Mensen in deze buurt delen niet dezelfde waarden',
        fr: 'Les gens de ce quartier ne partagent pas les mêmes valeurs',
      },
    },
  ],
  options: [
    { value: 1, text: { en: 'Strongly disagree', nl: 'Helemaal niet akkoord', fr: 'Pas du tout d’accord' } },
    { value: 2, text: { en: 'Disagree', nl: 'Niet akkoord', fr: 'Pas d’accord' } },
    {
      value: 3,
      text: { en: 'Neither agree nor disagree', nl: 'Neutraal', fr: 'Ni d’accord ni pas d’accord' },
    },
    { value: 4, text: { en: 'Agree', nl: 'Akkoord', fr: 'D’accord' } },
    { value: 5, text: { en: 'Strongly agree', nl: 'Helemaal akkoord', fr: 'Tout à fait d’accord' } },
  ],
  subscales: {},
  range: { min: 1, max: 5 },
  missingRule: 'At least four of the five items must be answered; the score is the mean of those answered.',
  cutOffs: [
    {
      id: 'low-cohesion',
      label: { en: 'Low cohesion', nl: 'Lage samenhang', fr: 'Faible cohésion' },
      min: 1,
      max: 2,
    },
    {
      id: 'high-cohesion',
      label: { en: 'High cohesion', nl: 'Hoge samenhang', fr: 'Forte cohésion' },
      min: 4,
      max: 5,
    },
    // Bands are tried in order, so this one only catches scores strictly between 2 and 4.
    {
      id: 'medium-cohesion',
      label: { en: 'Medium cohesion', nl: 'Middelmatige samenhang', fr: 'Cohésion moyenne' },
      min: 2,
      max: 4,
    },
  ],
  score(answers, subscale) {
    if (subscale !== undefined) return null;
    let total = 0;
    let answered = 0;
    for (const id of ['cohesion_1', 'cohesion_2', 'cohesion_3', 'cohesion_4', 'cohesion_5']) {
      const value = numericAnswer(answers[id], 1, 5);
      if (value === undefined) continue;
      total += reversed.has(id) ? 6 - value : value;
      answered++;
    }
    return answered >= 4 ? total / answered : null;
  },
};
