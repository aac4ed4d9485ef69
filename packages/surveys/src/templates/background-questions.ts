import type { RespondentGroup } from '@neighbourly/core';
import type { SurveyRound } from '../neighbourly-metadata.js';
import { type SurveyElement, t } from './template-builders.js';

/**
 * The equity background questions every template ends with, by stable name: results can be
 * broken down by their answers (group-by uses these names). All optional.
 */
export const backgroundQuestionNames = [
  'age_band',
  'household',
  'support_need',
  'informal_carer',
  'language',
] as const;

/** One of {@link backgroundQuestionNames}. */
export type BackgroundQuestionName = (typeof backgroundQuestionNames)[number];

/** The background questions, marked optional in their titles and in their metadata. @internal */
export function backgroundQuestions(round: SurveyRound, groups: RespondentGroup[]): SurveyElement[] {
  const neighbourly = { caimer: 'context' as const, round, groups, background: true };
  return [
    {
      type: 'radiogroup',
      name: 'age_band',
      title: t('Your age (optional)', 'Uw leeftijd (niet verplicht)', 'Votre âge (facultatif)'),
      choices: [
        { value: 'under-25', text: t('Under 25', 'Jonger dan 25', 'Moins de 25 ans') },
        { value: '25-44', text: t('25-44', '25-44', '25-44 ans') },
        { value: '45-64', text: t('45-64', '45-64', '45-64 ans') },
        { value: '65-79', text: t('65-79', '65-79', '65-79 ans') },
        { value: '80+', text: t('80 or older', '80 of ouder', '80 ans ou plus') },
      ],
      neighbourly,
    },
    {
      type: 'radiogroup',
      name: 'household',
      title: t(
        'Who do you live with? (optional)',
        'Met wie woont u samen? (niet verplicht)',
        'Avec qui vivez-vous ? (facultatif)',
      ),
      choices: [
        { value: 'alone', text: t('Alone', 'Alleen', 'Seul(e)') },
        { value: 'partner', text: t('With a partner', 'Met een partner', 'Avec un(e) partenaire') },
        { value: 'children', text: t('With children', 'Met kinderen', 'Avec des enfants') },
        { value: 'other', text: t('Otherwise', 'Anders', 'Autrement') },
      ],
      neighbourly,
    },
    {
      type: 'radiogroup',
      name: 'support_need',
      title: t(
        'Do you need help or care in daily life? (optional)',
        'Hebt u hulp of zorg nodig in het dagelijks leven? (niet verplicht)',
        'Avez-vous besoin d’aide ou de soins au quotidien ? (facultatif)',
      ),
      choices: [
        { value: 'none', text: t('No', 'Nee', 'Non') },
        { value: 'some', text: t('Some', 'Een beetje', 'Un peu') },
        { value: 'much', text: t('A lot', 'Veel', 'Beaucoup') },
      ],
      neighbourly,
    },
    {
      type: 'radiogroup',
      name: 'informal_carer',
      title: t(
        'Do you regularly care for someone close to you (an informal carer)? (optional)',
        'Zorgt u regelmatig voor iemand uit uw omgeving (mantelzorger)? (niet verplicht)',
        'Aidez-vous régulièrement un proche (aidant proche) ? (facultatif)',
      ),
      choices: [
        { value: 'yes', text: t('Yes', 'Ja', 'Oui') },
        { value: 'no', text: t('No', 'Nee', 'Non') },
      ],
      neighbourly,
    },
    {
      type: 'radiogroup',
      name: 'language',
      title: t(
        'Which language do you mostly speak at home? (optional)',
        'Welke taal spreekt u thuis het meest? (niet verplicht)',
        'Quelle langue parlez-vous le plus à la maison ? (facultatif)',
      ),
      choices: [
        { value: 'nl', text: t('Dutch', 'Nederlands', 'Néerlandais') },
        { value: 'fr', text: t('French', 'Frans', 'Français') },
        { value: 'en', text: t('English', 'Engels', 'Anglais') },
        { value: 'other', text: t('Another language', 'Een andere taal', 'Une autre langue') },
      ],
      neighbourly,
    },
  ];
}
