import type { RespondentGroup } from '@neighbourly/core';
import type { CaimerComponent, QuestionMetadata, SurveyRound } from '../neighbourly-metadata.js';

/** A SurveyJS localisable string: English as `default`, plus `nl` and `fr`. @internal */
export interface SurveyText {
  default: string;
  nl: string;
  fr: string;
}

/** Builds a SurveyJS localisable string from English, Dutch and French. @internal */
export function t(en: string, nl: string, fr: string): SurveyText {
  return { default: en, nl, fr };
}

/** A SurveyJS choice with a localised text. @internal */
export interface Choice {
  value: string | number | boolean;
  text: SurveyText;
}

/** A JSON SurveyJS element. @internal */
export type SurveyElement = Record<string, unknown> & { name: string; type: string };

/** Agreement 1-5, as rating questions use it. @internal */
export const agreeMin = t('Strongly disagree', 'Helemaal niet akkoord', 'Pas du tout d’accord');
/** @internal */
export const agreeMax = t('Strongly agree', 'Helemaal akkoord', 'Tout à fait d’accord');

/** How often, from daily to never. @internal */
export const frequencyChoices: Choice[] = [
  { value: 'daily', text: t('(Almost) daily', '(Bijna) dagelijks', '(Presque) tous les jours') },
  { value: 'weekly', text: t('Weekly', 'Wekelijks', 'Chaque semaine') },
  { value: 'monthly', text: t('Monthly', 'Maandelijks', 'Chaque mois') },
  { value: 'less', text: t('Less often', 'Minder vaak', 'Moins souvent') },
  { value: 'never', text: t('Never', 'Nooit', 'Jamais') },
];

/** Yes / no as a boolean question's labels. @internal */
export const yesNo = { labelTrue: t('Yes', 'Ja', 'Oui'), labelFalse: t('No', 'Nee', 'Non') };

/** Metadata for a question of one round. @internal */
export function meta(
  round: SurveyRound,
  caimer: CaimerComponent,
  groups: RespondentGroup[],
  objectives: string[],
  indicators: string[] = [],
): QuestionMetadata {
  return {
    caimer,
    round,
    groups,
    ...(objectives.length > 0 ? { objectives } : {}),
    ...(indicators.length > 0 ? { indicators } : {}),
  };
}

/** A 1-5 agreement rating. @internal */
export function agree(
  name: string,
  title: SurveyText,
  neighbourly: QuestionMetadata,
  extra: Record<string, unknown> = {},
): SurveyElement {
  return {
    type: 'rating',
    name,
    title,
    rateMin: 1,
    rateMax: 5,
    minRateDescription: agreeMin,
    maxRateDescription: agreeMax,
    neighbourly,
    ...extra,
  };
}
