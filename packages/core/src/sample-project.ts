import { type IndicatorSet, IndicatorSetSchema } from './indicator-definition.js';
import { type TheoryOfChange, TheoryOfChangeSchema } from './theory-of-change.js';

/**
 * Indicators of the sample project, measured with a resident questionnaire. The question names
 * they read are:
 *
 * - `meet_neighbours` (1 never … 5 daily: how often do you talk with neighbours),
 * - `cohesion_1` … `cohesion_4` (1-5 agreement; `cohesion_3` is negatively worded),
 * - `knows_neighbour_help` (`yes` / `no`),
 * - `knows_where_to_signal` (`yes` / `no`),
 * - `who5_1` … `who5_5` (WHO-5 items 0-5, scored by the `who-5` scorer from `@neighbourly/surveys`),
 * - `lonely` (`never` / `sometimes` / `often`).
 */
export const sampleIndicatorSet: IndicatorSet = IndicatorSetSchema.parse({
  id: 'sample-caring-neighbourhood',
  label: { nl: 'Voorbeeldproject zorgzame buurt', fr: 'Projet exemple', en: 'Sample caring neighbourhood' },
  frameworkId: 'caring-neighbourhoods',
  indicators: [
    {
      id: 'meets-neighbours-weekly',
      label: {
        nl: 'Praat minstens wekelijks met buren',
        fr: 'Parle avec des voisins au moins chaque semaine',
        en: 'Talks with neighbours at least weekly',
      },
      objectiveId: 'encounters',
      kind: 'proportion',
      items: ['meet_neighbours'],
      scale: { min: 1, max: 5 },
      success: { op: 'gte', value: 4 },
      unit: 'share',
      baseline: 0.35,
      target: 0.5,
      respondentGroups: ['resident'],
    },
    {
      id: 'social-cohesion-score',
      label: { nl: 'Sociale cohesie (1-5)', fr: 'Cohésion sociale (1-5)', en: 'Social cohesion (1-5)' },
      objectiveId: 'social-cohesion',
      kind: 'mean',
      items: ['cohesion_1', 'cohesion_2', 'cohesion_3', 'cohesion_4'],
      reverse: ['cohesion_3'],
      scale: { min: 1, max: 5 },
      minItems: 3,
      unit: 'score',
      target: 3.5,
      respondentGroups: ['resident'],
    },
    {
      id: 'knows-neighbour-for-help',
      label: {
        nl: 'Kent een buur om hulp te vragen',
        fr: 'Connaît un voisin à qui demander de l’aide',
        en: 'Knows a neighbour they could ask for help',
      },
      objectiveId: 'co-reliance',
      kind: 'proportion',
      items: ['knows_neighbour_help'],
      success: { anyOf: ['yes'] },
      unit: 'share',
      target: 0.75,
      respondentGroups: ['resident'],
    },
    {
      id: 'knows-where-to-signal',
      label: {
        nl: 'Weet waar een zorgnood te signaleren',
        fr: 'Sait où signaler un besoin de soins',
        en: 'Knows where to signal a care need',
      },
      objectiveId: 'detecting-signalling',
      kind: 'proportion',
      items: ['knows_where_to_signal'],
      success: { anyOf: ['yes'] },
      unit: 'share',
      target: 0.6,
    },
    {
      id: 'wellbeing-who5',
      label: { nl: 'Welbevinden (WHO-5)', fr: 'Bien-être (WHO-5)', en: 'Well-being (WHO-5)' },
      objectiveId: 'quality-of-life',
      kind: 'scale',
      instrument: 'who-5',
      items: ['who5_1', 'who5_2', 'who5_3', 'who5_4', 'who5_5'],
      scale: { min: 0, max: 5 },
      unit: 'score',
      respondentGroups: ['resident'],
    },
    {
      id: 'often-lonely',
      label: { nl: 'Voelt zich vaak eenzaam', fr: 'Se sent souvent seul·e', en: 'Often feels lonely' },
      objectiveId: 'quality-of-life',
      kind: 'proportion',
      items: ['lonely'],
      success: { anyOf: ['often'] },
      direction: 'lower-is-better',
      unit: 'share',
      baseline: 0.12,
      target: 0.08,
      respondentGroups: ['resident'],
    },
  ],
});

/**
 * A sample theory of change for the default framework: a neighbourhood café, a neighbour-help
 * network and signalling training leading to more encounters, cohesion, co-reliance and early
 * detection, and to a better quality of life. Its indicators are {@link sampleIndicatorSet}'s.
 * Meant for demos, tests and as a starting point.
 */
export const sampleTheoryOfChange: TheoryOfChange = TheoryOfChangeSchema.parse({
  id: 'sample-caring-neighbourhood',
  label: {
    nl: 'Veranderingstheorie van een zorgzame buurt',
    fr: 'Théorie du changement d’un quartier attentionné',
    en: 'Theory of change of a caring neighbourhood',
  },
  frameworkId: 'caring-neighbourhoods',
  nodes: [
    {
      id: 'project-team',
      kind: 'input',
      label: {
        nl: 'Buurtwerker en coördinator',
        fr: 'Travailleur de quartier et coordinatrice',
        en: 'Neighbourhood worker and coordinator',
      },
      objectiveIds: ['dedicated-team'],
    },
    {
      id: 'partner-network',
      kind: 'input',
      label: {
        nl: 'Partners uit zorg, welzijn, wonen en cultuur',
        fr: 'Partenaires des soins, du bien-être, du logement et de la culture',
        en: 'Partners from care, welfare, housing and culture',
      },
      objectiveIds: ['coordinated-cooperation'],
    },
    {
      id: 'neighbourhood-analysis',
      kind: 'activity',
      label: {
        nl: 'Participatieve buurtanalyse',
        fr: 'Analyse participative du quartier',
        en: 'Participatory neighbourhood analysis',
      },
      objectiveIds: ['co-development'],
      buildingBlockIds: ['analysis-evaluation-impact'],
    },
    {
      id: 'neighbourhood-cafe',
      kind: 'activity',
      label: {
        nl: 'Wekelijks buurtcafé',
        fr: 'Café de quartier hebdomadaire',
        en: 'Weekly neighbourhood café',
      },
      objectiveIds: ['accessibility'],
      buildingBlockIds: ['social-networks'],
    },
    {
      id: 'neighbour-help-network',
      kind: 'activity',
      label: {
        nl: 'Burenhulpnetwerk met vrijwilligers',
        fr: 'Réseau d’entraide entre voisins avec des bénévoles',
        en: 'Neighbour-help network with volunteers',
      },
      buildingBlockIds: ['powers-talents', 'social-networks'],
    },
    {
      id: 'signalling-training',
      kind: 'activity',
      label: {
        nl: 'Vorming signaalfunctie voor buurtpartners',
        fr: 'Formation au repérage pour les partenaires du quartier',
        en: 'Training local partners to detect care needs',
      },
      buildingBlockIds: ['care-needs-detection', 'guidance-to-care'],
    },
    {
      id: 'cafe-visits',
      kind: 'output',
      label: {
        nl: 'Bewoners bezoeken het buurtcafé',
        fr: 'Des habitants fréquentent le café',
        en: 'Residents visit the café',
      },
    },
    {
      id: 'help-matches',
      kind: 'output',
      label: {
        nl: 'Hulpvragen gekoppeld aan vrijwilligers',
        fr: 'Demandes d’aide confiées à des bénévoles',
        en: 'Help requests matched with volunteers',
      },
    },
    {
      id: 'trained-signallers',
      kind: 'output',
      label: {
        nl: 'Getrainde signaalgevers in de buurt',
        fr: 'Personnes formées au repérage',
        en: 'Trained signallers in the neighbourhood',
      },
    },
    {
      id: 'more-encounters',
      kind: 'outcome',
      label: {
        nl: 'Meer ontmoeting tussen buren',
        fr: 'Plus de rencontres entre voisins',
        en: 'More encounters between neighbours',
      },
      objectiveIds: ['encounters'],
      indicatorIds: ['meets-neighbours-weekly'],
    },
    {
      id: 'stronger-cohesion',
      kind: 'outcome',
      label: {
        nl: 'Sterkere sociale cohesie',
        fr: 'Une cohésion sociale plus forte',
        en: 'Stronger social cohesion',
      },
      objectiveIds: ['social-cohesion'],
      indicatorIds: ['social-cohesion-score'],
    },
    {
      id: 'more-co-reliance',
      kind: 'outcome',
      label: {
        nl: 'Bewoners rekenen op elkaar',
        fr: 'Les habitants comptent les uns sur les autres',
        en: 'Residents rely on each other',
      },
      objectiveIds: ['co-reliance'],
      indicatorIds: ['knows-neighbour-for-help'],
    },
    {
      id: 'needs-detected-early',
      kind: 'outcome',
      label: {
        nl: 'Zorgnoden worden vroeger gesignaleerd',
        fr: 'Les besoins de soins sont signalés plus tôt',
        en: 'Care needs are signalled earlier',
      },
      objectiveIds: ['detecting-signalling'],
      indicatorIds: ['knows-where-to-signal'],
    },
    {
      id: 'better-quality-of-life',
      kind: 'impact',
      label: {
        nl: 'Betere levenskwaliteit in de buurt',
        fr: 'Une meilleure qualité de vie dans le quartier',
        en: 'Better quality of life in the neighbourhood',
      },
      objectiveIds: ['quality-of-life'],
      indicatorIds: ['wellbeing-who5', 'often-lonely'],
    },
  ],
  edges: [
    { from: 'project-team', to: 'neighbourhood-analysis' },
    { from: 'project-team', to: 'neighbourhood-cafe' },
    { from: 'partner-network', to: 'neighbourhood-analysis' },
    { from: 'partner-network', to: 'signalling-training' },
    { from: 'neighbourhood-analysis', to: 'neighbour-help-network' },
    { from: 'project-team', to: 'neighbour-help-network' },
    {
      from: 'neighbourhood-cafe',
      to: 'cafe-visits',
      assumption: {
        nl: 'Het café ligt centraal en voelt voor iedereen toegankelijk.',
        fr: 'Le café est central et accueillant pour tous.',
        en: 'The café is central and feels welcoming to everyone.',
      },
    },
    { from: 'neighbour-help-network', to: 'help-matches' },
    { from: 'signalling-training', to: 'trained-signallers' },
    {
      from: 'cafe-visits',
      to: 'more-encounters',
      assumption: {
        nl: 'Bewoners die elkaar in het café ontmoeten, blijven elkaar ook daarbuiten zien.',
        fr: 'Les habitants qui se rencontrent au café continuent à se voir ailleurs.',
        en: 'Residents who meet at the café keep meeting outside it.',
      },
    },
    {
      from: 'more-encounters',
      to: 'stronger-cohesion',
      assumption: {
        nl: 'Wie elkaar kent, is na een tijd bereid elkaar te steunen.',
        fr: 'Ceux qui se connaissent finissent par s’entraider.',
        en: 'People who know each other will, after a while, support each other.',
      },
    },
    { from: 'help-matches', to: 'more-co-reliance' },
    { from: 'stronger-cohesion', to: 'more-co-reliance' },
    { from: 'trained-signallers', to: 'needs-detected-early' },
    { from: 'more-co-reliance', to: 'better-quality-of-life' },
    { from: 'needs-detected-early', to: 'better-quality-of-life' },
    { from: 'stronger-cohesion', to: 'better-quality-of-life' },
  ],
});
