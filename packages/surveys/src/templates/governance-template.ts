import type { RespondentGroup } from '@neighbourly/core';
import { agree, meta, type SurveyElement, t, yesNo } from './template-builders.js';

const round = 'governance';

const sectors = [
  ['welfare', t('Welfare', 'Welzijn', 'Aide sociale')],
  ['care', t('Health care', 'Gezondheidszorg', 'Soins de santé')],
  ['housing', t('Housing', 'Wonen', 'Logement')],
  ['spatial-planning', t('Spatial planning', 'Ruimtelijke ordening', 'Aménagement du territoire')],
  ['youth', t('Youth', 'Jeugd', 'Jeunesse')],
  ['culture', t('Culture', 'Cultuur', 'Culture')],
  ['sport', t('Sport', 'Sport', 'Sport')],
  ['work', t('Work and social economy', 'Werk en sociale economie', 'Emploi et économie sociale')],
  ['education', t('Education', 'Onderwijs', 'Enseignement')],
] as const;

/** The governance-round questionnaire for one respondent group. @internal */
export function governanceTemplate(group: RespondentGroup): Record<string, unknown> {
  const g: RespondentGroup[] = [group];
  const elements: SurveyElement[] = [
    agree(
      'clear_mandate',
      t(
        'Our team has a clear mandate with enough room to manoeuvre',
        'Ons team heeft een duidelijk mandaat met voldoende vrijheid',
        'Notre équipe a un mandat clair avec une marge de manœuvre suffisante',
      ),
      meta(round, 'actor', g, ['dedicated-team'], ['clear-mandate']),
    ),
    {
      type: 'checkbox',
      name: 'partner_sectors',
      title: t(
        'Which sectors are partners in the project?',
        'Welke sectoren zijn partner in het project?',
        'Quels secteurs sont partenaires du projet ?',
      ),
      choices: sectors.map(([value, text]) => ({ value, text })),
      neighbourly: meta(round, 'actor', g, ['coordinated-cooperation'], []),
    },
    {
      type: 'boolean',
      name: 'has_steering_group',
      title: t(
        'Is there a steering group with the partners?',
        'Is er een stuurgroep met de partners?',
        'Existe-t-il un comité de pilotage avec les partenaires ?',
      ),
      ...yesNo,
      neighbourly: meta(round, 'actor', g, ['coordinated-cooperation'], ['has-steering-group']),
    },
    {
      type: 'boolean',
      name: 'residents_in_steering',
      visibleIf: '{has_steering_group} = true',
      title: t(
        'Do residents take part in the steering group?',
        'Nemen bewoners deel aan de stuurgroep?',
        'Des habitants participent-ils au comité de pilotage ?',
      ),
      ...yesNo,
      neighbourly: meta(round, 'actor', g, ['co-development'], ['residents-in-steering']),
    },
    {
      type: 'radiogroup',
      name: 'decision_making',
      title: t(
        'How are decisions about the project made?',
        'Hoe worden beslissingen over het project genomen?',
        'Comment les décisions sur le projet sont-elles prises ?',
      ),
      choices: [
        {
          value: 'lead-organisation',
          text: t('By the lead organisation', 'Door de trekkende organisatie', 'Par l’organisation porteuse'),
        },
        {
          value: 'partners-together',
          text: t('By the partners together', 'Door de partners samen', 'Par les partenaires ensemble'),
        },
        { value: 'with-residents', text: t('With residents', 'Samen met bewoners', 'Avec les habitants') },
        {
          value: 'local-government',
          text: t('By local government', 'Door het lokaal bestuur', 'Par les autorités locales'),
        },
      ],
      neighbourly: meta(round, 'intervention', g, ['co-development'], []),
    },
    {
      type: 'radiogroup',
      name: 'local_government_role',
      title: t(
        'What role does local government play?',
        'Welke rol speelt het lokaal bestuur?',
        'Quel rôle jouent les autorités locales ?',
      ),
      choices: [
        { value: 'initiator', text: t('Initiator', 'Initiatiefnemer', 'Initiateur') },
        { value: 'funder', text: t('Funder', 'Financier', 'Financeur') },
        { value: 'partner', text: t('Partner', 'Partner', 'Partenaire') },
        { value: 'facilitator', text: t('Facilitator', 'Facilitator', 'Facilitateur') },
        { value: 'not-involved', text: t('Not involved', 'Niet betrokken', 'Pas impliqué') },
      ],
      neighbourly: meta(round, 'actor', g, ['support-base'], []),
    },
    agree(
      'local_government_support',
      t(
        'Local government supports the project well',
        'Het lokaal bestuur ondersteunt het project goed',
        'Les autorités locales soutiennent bien le projet',
      ),
      meta(round, 'actor', g, ['support-base'], ['local-government-support']),
    ),
    {
      type: 'boolean',
      name: 'in_multiyear_plan',
      title: t(
        'Is the caring neighbourhood part of the municipality’s multi-year plan?',
        'Is de zorgzame buurt opgenomen in het meerjarenplan van de gemeente?',
        'Le quartier solidaire figure-t-il dans le plan pluriannuel de la commune ?',
      ),
      ...yesNo,
      neighbourly: meta(round, 'context', g, ['sustainability'], ['in-multiyear-plan']),
    },
    {
      type: 'comment',
      name: 'governance_notes',
      maxLength: 2000,
      title: t(
        'Anything else about how the project is steered? (optional)',
        'Nog iets over hoe het project gestuurd wordt? (optioneel)',
        'Autre chose sur le pilotage du projet ? (facultatif)',
      ),
      neighbourly: meta(round, 'context', g, [], []),
    },
  ];
  if (group === 'coordinator') {
    elements.splice(2, 0, {
      type: 'text',
      name: 'partner_count',
      inputType: 'number',
      min: 0,
      max: 500,
      title: t(
        'How many partner organisations are involved?',
        'Hoeveel partnerorganisaties zijn betrokken?',
        'Combien d’organisations partenaires sont impliquées ?',
      ),
      neighbourly: meta(round, 'actor', g, ['coordinated-cooperation'], ['partner-count']),
    });
  }
  return {
    title: t(
      'Caring neighbourhood: who steers?',
      'Zorgzame buurt: wie stuurt?',
      'Quartier solidaire : qui pilote ?',
    ),
    neighbourly: {
      round,
      groups: [group],
      languages: ['en', 'nl', 'fr'],
      indicatorSetId: 'caimer-governance',
    },
    showQuestionNumbers: 'off',
    pages: [{ name: 'governance', title: t('Governance', 'Bestuur', 'Gouvernance'), elements }],
  };
}
