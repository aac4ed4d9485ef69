import {
  type IndicatorDefinitionInput,
  type IndicatorSet,
  IndicatorSetSchema,
  type RespondentGroup,
} from '@neighbourly/core';
import type { SurveyRound } from '../neighbourly-metadata.js';

type Label = { en: string; nl: string; fr: string };
const l = (en: string, nl: string, fr: string): Label => ({ en, nl, fr });

const agreeShare = {
  success: { op: 'gte' as const, value: 4 },
  unit: 'share' as const,
  kind: 'proportion' as const,
};
const mean5 = { kind: 'mean' as const, scale: { min: 1, max: 5 }, unit: 'score' as const };
const yes = { kind: 'proportion' as const, success: { anyOf: [true] }, unit: 'share' as const };

function indicator(
  id: string,
  objectiveId: string,
  items: string[],
  label: Label,
  rule: Partial<IndicatorDefinitionInput>,
  respondentGroups: RespondentGroup[],
): IndicatorDefinitionInput {
  return { id, objectiveId, items, label, respondentGroups, kind: 'mean', ...rule };
}

const partners: RespondentGroup[] = ['volunteer', 'professional', 'coordinator'];
const r: RespondentGroup[] = ['resident'];

const outcomes: IndicatorDefinitionInput[] = [
  indicator(
    'wellbeing-who5',
    'quality-of-life',
    ['who5_1', 'who5_2', 'who5_3', 'who5_4', 'who5_5'],
    l('Well-being (WHO-5, 0-100)', 'Welbevinden (WHO-5, 0-100)', 'Bien-être (WHO-5, 0-100)'),
    { kind: 'scale', instrument: 'who-5', subscale: 'percentage', unit: 'score' },
    r,
  ),
  indicator(
    'life-satisfaction',
    'quality-of-life',
    ['life_satisfaction'],
    l('Life satisfaction (0-10)', 'Tevredenheid met het leven (0-10)', 'Satisfaction de vie (0-10)'),
    { kind: 'mean', scale: { min: 0, max: 10 }, unit: 'score' },
    r,
  ),
  indicator(
    'feels-safe',
    'quality-of-life',
    ['feel_safe'],
    l(
      '% who feel safe in the neighbourhood',
      '% dat zich veilig voelt in de buurt',
      '% qui se sentent en sécurité dans le quartier',
    ),
    agreeShare,
    r,
  ),
  indicator(
    'expects-to-age-in-place',
    'quality-of-life',
    ['live_at_home'],
    l(
      '% who expect to keep living at home',
      '% dat verwacht thuis te kunnen blijven wonen',
      '% qui pensent pouvoir rester chez eux',
    ),
    agreeShare,
    r,
  ),
  indicator(
    'self-reliance',
    'co-reliance',
    ['self_reliance'],
    l('Self-reliance (1-5)', 'Zelfredzaamheid (1-5)', 'Autonomie (1-5)'),
    mean5,
    r,
  ),
  indicator(
    'cohesion-score',
    'social-cohesion',
    ['cohesion_1', 'cohesion_2', 'cohesion_3', 'cohesion_4', 'cohesion_5'],
    l('Neighbourhood cohesion (1-5)', 'Sociale samenhang in de buurt (1-5)', 'Cohésion du quartier (1-5)'),
    { kind: 'scale', instrument: 'neighbourhood-cohesion', unit: 'score' },
    r,
  ),
  indicator(
    'feels-at-home',
    'social-cohesion',
    ['feel_at_home'],
    l(
      '% who feel at home in the neighbourhood',
      '% dat zich thuis voelt in de buurt',
      '% qui se sentent chez eux dans le quartier',
    ),
    agreeShare,
    r,
  ),
  indicator(
    'sees-more-caring-neighbourhood',
    'social-cohesion',
    ['more_caring'],
    l(
      '% who see a more caring neighbourhood',
      '% dat de buurt zorgzamer ziet worden',
      '% qui voient un quartier plus solidaire',
    ),
    agreeShare,
    r,
  ),
  indicator(
    'meets-neighbours-weekly',
    'encounters',
    ['meet_neighbours'],
    l(
      '% who chat with neighbours at least weekly',
      '% dat minstens wekelijks een praatje maakt met buren',
      '% qui discutent avec leurs voisins au moins chaque semaine',
    ),
    { kind: 'proportion', success: { anyOf: ['daily', 'weekly'] }, unit: 'share' },
    r,
  ),
  indicator(
    'met-new-neighbours',
    'encounters',
    ['met_new_neighbours'],
    l(
      '% who got to know new neighbours',
      '% dat nieuwe buren leerde kennen',
      '% qui ont rencontré de nouveaux voisins',
    ),
    agreeShare,
    r,
  ),
  indicator(
    'uses-meeting-place',
    'encounters',
    ['uses_meeting_place'],
    l(
      '% who visited a meeting place or activity',
      '% dat een ontmoetingsplek of activiteit bezocht',
      '% qui ont fréquenté un lieu de rencontre ou une activité',
    ),
    yes,
    r,
  ),
  indicator(
    'activities-attended',
    'encounters',
    ['activities_attended'],
    l(
      'Activities attended (mean, visitors)',
      'Bijgewoonde activiteiten (gemiddelde, bezoekers)',
      'Activités fréquentées (moyenne, visiteurs)',
    ),
    { kind: 'mean', unit: 'count' },
    r,
  ),
  indicator(
    'meets-different-people',
    'encounters',
    ['meet_different_people'],
    l(
      '% who meet people different from themselves',
      '% dat mensen ontmoet die anders zijn',
      '% qui rencontrent des personnes différentes',
    ),
    agreeShare,
    r,
  ),
  indicator(
    'pleasant-public-space',
    'encounters',
    ['public_space'],
    l(
      'Pleasant public space to meet (1-5)',
      'Aangename publieke ruimte om te ontmoeten (1-5)',
      'Espace public agréable pour se rencontrer (1-5)',
    ),
    mean5,
    r,
  ),
  indicator(
    'knows-neighbour-for-help',
    'co-reliance',
    ['knows_neighbour_for_help'],
    l(
      '% who know a neighbour they could ask for help',
      '% dat een buur kent die ze om hulp kunnen vragen',
      '% qui connaissent un voisin à qui demander de l’aide',
    ),
    yes,
    r,
  ),
  indicator(
    'helps-neighbours',
    'co-reliance',
    ['helped_neighbour'],
    l(
      '% who help a neighbour at least monthly',
      '% dat minstens maandelijks een buur helpt',
      '% qui aident un voisin au moins chaque mois',
    ),
    { kind: 'proportion', success: { anyOf: ['daily', 'weekly', 'monthly'] }, unit: 'share' },
    r,
  ),
  indicator(
    'receives-help',
    'co-reliance',
    ['received_help'],
    l(
      '% helped by a neighbour at least monthly',
      '% dat minstens maandelijks geholpen wordt door een buur',
      '% aidés par un voisin au moins chaque mois',
    ),
    { kind: 'proportion', success: { anyOf: ['daily', 'weekly', 'monthly'] }, unit: 'share' },
    r,
  ),
  indicator(
    'can-rely-on-others',
    'co-reliance',
    ['can_rely'],
    l(
      '% who can rely on people around them',
      '% dat kan rekenen op mensen in de omgeving',
      '% qui peuvent compter sur leur entourage',
    ),
    agreeShare,
    r,
  ),
  indicator(
    'volunteers-share',
    'co-reliance',
    ['volunteers'],
    l(
      '% who volunteer in the neighbourhood',
      '% dat vrijwilligerswerk doet in de buurt',
      '% qui font du bénévolat dans le quartier',
    ),
    yes,
    r,
  ),
  indicator(
    'knows-where-to-go',
    'detecting-signalling',
    ['knows_where_to_go'],
    l(
      '% who know where to go with a care question',
      '% dat weet waar ze terecht kunnen met een zorgvraag',
      '% qui savent où s’adresser pour une question de soins',
    ),
    agreeShare,
    r,
  ),
  indicator(
    'signalled-concern',
    'detecting-signalling',
    ['signalled_concern'],
    l(
      '% who passed on a worry about a neighbour',
      '% dat een zorg over een buur doorgaf',
      '% qui ont signalé une inquiétude au sujet d’un voisin',
    ),
    yes,
    r,
  ),
  indicator(
    'found-care-via-project',
    'detecting-signalling',
    ['found_care_via_project'],
    l(
      '% with support needs who found care via the project',
      '% met zorgnood dat via het project zorg vond',
      '% ayant des besoins qui ont trouvé de l’aide via le projet',
    ),
    yes,
    r,
  ),
  indicator(
    'needs-met',
    'detecting-signalling',
    ['needs_met'],
    l(
      '% whose care needs are met',
      '% van wie de zorgnoden ingevuld zijn',
      '% dont les besoins d’aide sont couverts',
    ),
    agreeShare,
    r,
  ),
  indicator(
    'no-unmet-needs',
    'detecting-signalling',
    ['unmet_needs'],
    l('% without unmet needs', '% zonder onvervulde noden', '% sans besoins non couverts'),
    { kind: 'proportion', success: { anyOf: ['none'] }, unit: 'share' },
    r,
  ),
  indicator(
    'trusts-services',
    'detecting-signalling',
    ['trust_services'],
    l(
      'Trust in care and welfare services (1-5)',
      'Vertrouwen in zorg- en welzijnsdiensten (1-5)',
      'Confiance dans les services d’aide et de soins (1-5)',
    ),
    mean5,
    r,
  ),
  indicator(
    'perceived-effect-quality-of-life',
    'quality-of-life',
    ['effect_quality_of_life'],
    l(
      'Partners: effect on quality of life (1-5)',
      'Partners: effect op levenskwaliteit (1-5)',
      'Partenaires : effet sur la qualité de vie (1-5)',
    ),
    mean5,
    partners,
  ),
  indicator(
    'perceived-effect-cohesion',
    'social-cohesion',
    ['effect_cohesion'],
    l(
      'Partners: effect on social cohesion (1-5)',
      'Partners: effect op sociale cohesie (1-5)',
      'Partenaires : effet sur la cohésion sociale (1-5)',
    ),
    mean5,
    partners,
  ),
  indicator(
    'perceived-effect-encounters',
    'encounters',
    ['effect_encounters'],
    l(
      'Partners: effect on encounters (1-5)',
      'Partners: effect op ontmoeting (1-5)',
      'Partenaires : effet sur les rencontres (1-5)',
    ),
    mean5,
    partners,
  ),
  indicator(
    'perceived-effect-co-reliance',
    'co-reliance',
    ['effect_co_reliance'],
    l(
      'Partners: effect on co-reliance (1-5)',
      'Partners: effect op samenredzaamheid (1-5)',
      'Partenaires : effet sur l’entraide (1-5)',
    ),
    mean5,
    partners,
  ),
  indicator(
    'perceived-effect-detecting',
    'detecting-signalling',
    ['effect_detecting'],
    l(
      'Partners: effect on detecting needs (1-5)',
      'Partners: effect op detectie van noden (1-5)',
      'Partenaires : effet sur le repérage des besoins (1-5)',
    ),
    mean5,
    partners,
  ),
  indicator(
    'signals-passed-on',
    'detecting-signalling',
    ['signals_passed_on'],
    l(
      'Signals of care needs passed on (mean)',
      'Doorgegeven signalen van zorgnoden (gemiddelde)',
      'Signalements de besoins transmis (moyenne)',
    ),
    { kind: 'mean', unit: 'count' },
    partners,
  ),
  indicator(
    'volunteering-meaningful',
    'quality-of-life',
    ['volunteer_meaningful'],
    l(
      '% of volunteers who find it meaningful',
      '% vrijwilligers dat het zinvol vindt',
      '% de bénévoles qui y trouvent du sens',
    ),
    agreeShare,
    ['volunteer'],
  ),
  indicator(
    'residents-reached',
    'encounters',
    ['residents_reached'],
    l(
      'Residents reached (coordinators’ estimate)',
      'Bereikte bewoners (schatting coördinatoren)',
      'Habitants touchés (estimation des coordinateurs)',
    ),
    { kind: 'mean', unit: 'count' },
    ['coordinator'],
  ),
];

const processGroups: RespondentGroup[] = ['volunteer', 'professional', 'coordinator'];
const processItems: [string, string, string, Label][] = [
  [
    'process-coordinated-cooperation',
    'coordinated-cooperation',
    'proc_coordinated_cooperation',
    l('Coordinated cooperation (1-5)', 'Gecoördineerde samenwerking (1-5)', 'Coopération coordonnée (1-5)'),
  ],
  [
    'process-dedicated-team',
    'dedicated-team',
    'proc_dedicated_team',
    l('Dedicated team (1-5)', 'Toegewijd team (1-5)', 'Équipe dédiée (1-5)'),
  ],
  [
    'process-accessibility',
    'accessibility',
    'proc_accessibility',
    l('Accessibility (1-5)', 'Toegankelijkheid (1-5)', 'Accessibilité (1-5)'),
  ],
  [
    'process-communication',
    'communication',
    'proc_communication',
    l('Adequate communication (1-5)', 'Gepaste communicatie (1-5)', 'Communication adaptée (1-5)'),
  ],
  [
    'process-support-base',
    'support-base',
    'proc_support_base',
    l('Support base (1-5)', 'Draagvlak (1-5)', 'Assise (1-5)'),
  ],
  [
    'process-sustainability',
    'sustainability',
    'proc_sustainability',
    l('Sustainability (1-5)', 'Duurzaamheid (1-5)', 'Durabilité (1-5)'),
  ],
  [
    'process-co-development',
    'co-development',
    'proc_co_development',
    l('Co-development (1-5)', 'Co-creatie (1-5)', 'Co-construction (1-5)'),
  ],
];
const process: IndicatorDefinitionInput[] = [
  ...processItems.map(([id, objective, item, label]) =>
    // Volunteers are not asked about the project team.
    indicator(
      id,
      objective,
      [item],
      label,
      mean5,
      id === 'process-dedicated-team' ? ['professional', 'coordinator'] : processGroups,
    ),
  ),
  indicator(
    'volunteers-feel-supported',
    'dedicated-team',
    ['volunteer_supported'],
    l(
      '% of volunteers who feel supported',
      '% vrijwilligers dat zich ondersteund voelt',
      '% de bénévoles qui se sentent soutenus',
    ),
    agreeShare,
    ['volunteer'],
  ),
  indicator(
    'staff-fte',
    'dedicated-team',
    ['staff_fte'],
    l('Project staff (FTE)', 'Projectpersoneel (VTE)', 'Personnel du projet (ETP)'),
    { kind: 'mean', unit: 'count' },
    ['coordinator'],
  ),
];

const governanceGroups: RespondentGroup[] = ['professional', 'coordinator'];
const governance: IndicatorDefinitionInput[] = [
  indicator(
    'clear-mandate',
    'dedicated-team',
    ['clear_mandate'],
    l('% with a clear mandate', '% met een duidelijk mandaat', '% avec un mandat clair'),
    agreeShare,
    governanceGroups,
  ),
  indicator(
    'has-steering-group',
    'coordinated-cooperation',
    ['has_steering_group'],
    l('% reporting a steering group', '% dat een stuurgroep meldt', '% signalant un comité de pilotage'),
    yes,
    governanceGroups,
  ),
  indicator(
    'residents-in-steering',
    'co-development',
    ['residents_in_steering'],
    l(
      '% with residents in the steering group',
      '% met bewoners in de stuurgroep',
      '% avec des habitants au comité de pilotage',
    ),
    yes,
    governanceGroups,
  ),
  indicator(
    'local-government-support',
    'support-base',
    ['local_government_support'],
    l(
      'Support from local government (1-5)',
      'Steun van het lokaal bestuur (1-5)',
      'Soutien des autorités locales (1-5)',
    ),
    mean5,
    governanceGroups,
  ),
  indicator(
    'in-multiyear-plan',
    'sustainability',
    ['in_multiyear_plan'],
    l(
      '% in the municipal multi-year plan',
      '% opgenomen in het meerjarenplan',
      '% inscrit au plan pluriannuel',
    ),
    yes,
    governanceGroups,
  ),
  indicator(
    'partner-count',
    'coordinated-cooperation',
    ['partner_count'],
    l(
      'Partner organisations (mean)',
      'Partnerorganisaties (gemiddelde)',
      'Organisations partenaires (moyenne)',
    ),
    { kind: 'mean', unit: 'count' },
    ['coordinator'],
  ),
];

const labels: Record<SurveyRound, Label> = {
  outcomes: l(
    'Caring neighbourhood outcomes',
    'Resultaten zorgzame buurt',
    'Résultats du quartier solidaire',
  ),
  process: l('Caring neighbourhood process', 'Proces zorgzame buurt', 'Processus du quartier solidaire'),
  governance: l(
    'Caring neighbourhood governance',
    'Bestuur zorgzame buurt',
    'Gouvernance du quartier solidaire',
  ),
};

const byRound: Record<SurveyRound, IndicatorDefinitionInput[]> = { outcomes, process, governance };

/** The indicator set of one round's templates (all respondent groups), parsed by core's schema. @internal */
export function roundIndicatorSet(round: SurveyRound): IndicatorSet {
  return IndicatorSetSchema.parse({
    id: `caimer-${round}`,
    label: labels[round],
    frameworkId: 'caring-neighbourhoods',
    indicators: byRound[round],
  });
}
