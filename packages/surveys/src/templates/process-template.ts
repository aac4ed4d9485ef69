import type { RespondentGroup } from '@neighbourly/core';
import { agree, meta, type SurveyElement, t } from './template-builders.js';

const round = 'process';

/** The eight barriers/enablers the research found, as matrix rows. @internal */
export const barrierEnablerRows = [
  {
    value: 'participatory-analysis',
    text: t(
      'Participatory neighbourhood analysis',
      'Participatieve buurtanalyse',
      'Analyse participative du quartier',
    ),
  },
  {
    value: 'aligned-collaboration',
    text: t(
      'Aligned collaboration (common language, shared vision)',
      'Afgestemde samenwerking (gemeenschappelijke taal, gedeelde visie)',
      'Collaboration alignée (langage commun, vision partagée)',
    ),
  },
  {
    value: 'training-coaching',
    text: t(
      'Training, coaching and peer review',
      'Vorming, coaching en intervisie',
      'Formation, coaching et intervision',
    ),
  },
  {
    value: 'meeting-place',
    text: t(
      'Public space and a physical meeting place',
      'Publieke ruimte en een fysieke ontmoetingsplek',
      'Espace public et lieu de rencontre physique',
    ),
  },
  {
    value: 'local-government',
    text: t(
      'Involvement of local government',
      'Betrokkenheid van het lokaal bestuur',
      'Implication des autorités locales',
    ),
  },
  {
    value: 'familiarity',
    text: t('Familiarity with the concept', 'Bekendheid van het concept', 'Notoriété du concept'),
  },
  {
    value: 'legal-framework',
    text: t(
      'Legal framework (privacy, language laws)',
      'Wettelijk kader (privacy, taalwetgeving)',
      'Cadre légal (vie privée, lois linguistiques)',
    ),
  },
  {
    value: 'measurability',
    text: t(
      'Measurability of direct and indirect effects',
      'Meetbaarheid van directe en indirecte effecten',
      'Mesurabilité des effets directs et indirects',
    ),
  },
];

/** The seven process objectives as statements: [question name, objective id, indicator id, text]. */
const processStatements: [string, string, string, ReturnType<typeof t>][] = [
  [
    'proc_coordinated_cooperation',
    'coordinated-cooperation',
    'process-coordinated-cooperation',
    t(
      'Partners cooperate in a coordinated way',
      'Partners werken gecoördineerd samen',
      'Les partenaires coopèrent de manière coordonnée',
    ),
  ],
  [
    'proc_dedicated_team',
    'dedicated-team',
    'process-dedicated-team',
    t(
      'There is a dedicated team with enough time for the project',
      'Er is een toegewijd team met voldoende tijd voor het project',
      'Une équipe dédiée dispose de suffisamment de temps pour le projet',
    ),
  ],
  [
    'proc_accessibility',
    'accessibility',
    'process-accessibility',
    t(
      'The project is easy to reach for every resident',
      'Het project is voor elke bewoner makkelijk bereikbaar',
      'Le projet est facilement accessible à chaque habitant',
    ),
  ],
  [
    'proc_communication',
    'communication',
    'process-communication',
    t(
      'Communication about the project is clear and adequate',
      'De communicatie over het project is duidelijk en gepast',
      'La communication sur le projet est claire et adaptée',
    ),
  ],
  [
    'proc_support_base',
    'support-base',
    'process-support-base',
    t(
      'The project has broad support among residents and partners',
      'Het project heeft een breed draagvlak bij bewoners en partners',
      'Le projet bénéficie d’un large soutien des habitants et partenaires',
    ),
  ],
  [
    'proc_sustainability',
    'sustainability',
    'process-sustainability',
    t(
      'The work will continue after the funding ends',
      'Het werk gaat door na het einde van de subsidie',
      'Le travail se poursuivra après la fin du financement',
    ),
  ],
  [
    'proc_co_development',
    'co-development',
    'process-co-development',
    t(
      'Residents help shape the project',
      'Bewoners geven het project mee vorm',
      'Les habitants contribuent à façonner le projet',
    ),
  ],
];

/** The process-round questionnaire for one respondent group. @internal */
export function processTemplate(group: RespondentGroup): Record<string, unknown> {
  const g: RespondentGroup[] = [group];
  const statements = (
    group === 'volunteer'
      ? processStatements.filter(([name]) => name !== 'proc_dedicated_team')
      : processStatements
  ).map(([name, objective, indicator, title]) =>
    agree(name, title, meta(round, 'mechanism', g, [objective], [indicator])),
  );
  const elements: SurveyElement[] = [...statements];
  if (group === 'volunteer') {
    elements.push(
      agree(
        'volunteer_supported',
        t(
          'I feel supported as a volunteer',
          'Ik voel me ondersteund als vrijwilliger',
          'Je me sens soutenu(e) en tant que bénévole',
        ),
        meta(round, 'mechanism', g, ['dedicated-team'], ['volunteers-feel-supported']),
      ),
      {
        type: 'text',
        name: 'volunteer_hours_month',
        inputType: 'number',
        min: 0,
        max: 744,
        title: t(
          'Hours volunteered last month',
          'Uren vrijwilligerswerk vorige maand',
          'Heures de bénévolat le mois dernier',
        ),
        neighbourly: meta(round, 'actor', g, ['support-base'], []),
      },
    );
  } else {
    elements.push({
      type: 'matrix',
      name: 'barriers_enablers',
      title: t(
        'For your project, was each of these a barrier or an enabler?',
        'Was elk van deze voor uw project een drempel of een hefboom?',
        'Pour votre projet, chacun de ces éléments a-t-il été un frein ou un levier ?',
      ),
      columns: [
        { value: 'barrier', text: t('Barrier', 'Drempel', 'Frein') },
        { value: 'both', text: t('Both', 'Beide', 'Les deux') },
        { value: 'neither', text: t('Neither', 'Geen van beide', 'Aucun des deux') },
        { value: 'enabler', text: t('Enabler', 'Hefboom', 'Levier') },
      ],
      rows: barrierEnablerRows,
      neighbourly: meta(round, 'mechanism', g, [], []),
    });
  }
  if (group === 'coordinator') {
    elements.push({
      type: 'text',
      name: 'staff_fte',
      inputType: 'number',
      min: 0,
      max: 100,
      title: t(
        'Staff for the project (full-time equivalents)',
        'Personeel voor het project (voltijdse equivalenten)',
        'Personnel du projet (équivalents temps plein)',
      ),
      neighbourly: meta(round, 'actor', g, ['dedicated-team'], ['staff-fte']),
    });
  }
  elements.push({
    type: 'comment',
    name: 'process_lessons',
    maxLength: 2000,
    title: t(
      'What would you do differently? (optional)',
      'Wat zou u anders doen? (optioneel)',
      'Que feriez-vous autrement ? (facultatif)',
    ),
    neighbourly: meta(round, 'mechanism', g, [], []),
  });
  return {
    title: t(
      'Caring neighbourhood: how is the work going?',
      'Zorgzame buurt: hoe loopt het werk?',
      'Quartier solidaire : comment se déroule le travail ?',
    ),
    neighbourly: { round, groups: [group], languages: ['en', 'nl', 'fr'], indicatorSetId: 'caimer-process' },
    showQuestionNumbers: 'off',
    pages: [{ name: 'process', title: t('Process', 'Proces', 'Processus'), elements }],
  };
}
