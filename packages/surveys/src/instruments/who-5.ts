import { type Instrument, numericAnswer } from './instrument.js';

const items = ['who5_1', 'who5_2', 'who5_3', 'who5_4', 'who5_5'];

/**
 * The WHO-5 Well-Being Index (WHO Regional Office for Europe, 1998; Topp et al. 2015). Five items on
 * the last two weeks, each 0 ("at no time") to 5 ("all of the time"). Raw score 0-25; the percentage
 * score is raw × 4 (0-100). Cut-offs: percentage ≤ 50 (raw < 13) suggests poor well-being and
 * screening for depression; ≤ 28 suggests likely depression.
 *
 * Subscales: `percentage` gives the 0-100 score; the total (no subscale) is the raw 0-25 score.
 * Missing data: the score needs all five items (no proration).
 */
export const who5: Instrument = {
  id: 'who-5',
  name: 'WHO-5 Well-Being Index',
  citation:
    'Topp CW, Østergaard SD, Søndergaard S, Bech P. The WHO-5 Well-Being Index: a systematic review of the literature. Psychother Psychosom. 2015;84(3):167-176. World Health Organization, Regional Office for Europe (1998).',
  licence: {
    itemTextsIncluded: true,
    terms:
      'Free to use without permission or fee (Psychiatric Research Unit, Mental Health Centre North Zealand); cite the source. The texts here follow the published English, Dutch and French versions; check them against the official translations before formal use.',
  },
  items: [
    {
      id: 'who5_1',
      text: {
        en: 'I have felt cheerful and in good spirits',
        nl: 'Ik voelde me vrolijk en in een goede stemming',
        fr: 'Je me suis senti(e) bien et de bonne humeur',
      },
    },
    {
      id: 'who5_2',
      text: {
        en: 'I have felt calm and relaxed',
        nl: 'Ik voelde me rustig en ontspannen',
        fr: 'Je me suis senti(e) calme et tranquille',
      },
    },
    {
      id: 'who5_3',
      text: {
        en: 'I have felt active and vigorous',
        nl: 'Ik voelde me actief en energiek',
        fr: 'Je me suis senti(e) plein(e) d’énergie et vigoureux(se)',
      },
    },
    {
      id: 'who5_4',
      text: {
        en: 'I woke up feeling fresh and rested',
        nl: 'Ik voelde me fris en uitgerust toen ik wakker werd',
        fr: 'Je me suis réveillé(e) en me sentant frais(fraîche) et dispos(e)',
      },
    },
    {
      id: 'who5_5',
      text: {
        en: 'My daily life has been filled with things that interest me',
        nl: 'Mijn dagelijks leven was gevuld met dingen die mij interesseren',
        fr: 'Ma vie quotidienne a été remplie de choses intéressantes',
      },
    },
  ],
  options: [
    { value: 5, text: { en: 'All of the time', nl: 'De hele tijd', fr: 'Tout le temps' } },
    {
      value: 4,
      text: { en: 'Most of the time', nl: 'Het grootste deel van de tijd', fr: 'La plupart du temps' },
    },
    {
      value: 3,
      text: {
        en: 'More than half of the time',
        nl: 'Meer dan de helft van de tijd',
        fr: 'Plus de la moitié du temps',
      },
    },
    {
      value: 2,
      text: {
        en: 'Less than half of the time',
        nl: 'Minder dan de helft van de tijd',
        fr: 'Moins de la moitié du temps',
      },
    },
    { value: 1, text: { en: 'Some of the time', nl: 'Af en toe', fr: 'De temps en temps' } },
    { value: 0, text: { en: 'At no time', nl: 'Nooit', fr: 'Jamais' } },
  ],
  subscales: { percentage: items },
  range: { min: 0, max: 25 },
  missingRule: 'All five items must be answered; otherwise there is no score.',
  cutOffs: [
    {
      id: 'likely-depression',
      label: {
        en: 'Likely depression (≤ 28%)',
        nl: 'Waarschijnlijk depressie (≤ 28%)',
        fr: 'Dépression probable (≤ 28 %)',
      },
      min: 0,
      max: 7,
    },
    {
      id: 'poor-well-being',
      label: {
        en: 'Poor well-being (≤ 50%)',
        nl: 'Laag welbevinden (≤ 50%)',
        fr: 'Bien-être faible (≤ 50 %)',
      },
      min: 8,
      max: 12,
    },
    {
      id: 'adequate-well-being',
      label: { en: 'Adequate well-being', nl: 'Voldoende welbevinden', fr: 'Bien-être suffisant' },
      min: 13,
      max: 25,
    },
  ],
  score(answers, subscale) {
    let raw = 0;
    for (const item of items) {
      const value = numericAnswer(answers[item], 0, 5);
      if (value === undefined || !Number.isInteger(value)) return null;
      raw += value;
    }
    if (subscale === undefined) return raw;
    if (subscale === 'percentage') return raw * 4;
    return null;
  },
};
