import type { IndicatorDefinition, LocalizedText } from '@neighbourly/core';
import { IndicatorDefinitionSchema } from '@neighbourly/core';

type Row = [id: string, objectiveId: string, kind: 'mean' | 'proportion', label: LocalizedText];

/** The 25 indicators every programme project draws from: 18 outcome, 7 process, each read from one 1-5 item. */
const rows: Row[] = [
  [
    'life-satisfaction',
    'quality-of-life',
    'mean',
    { nl: 'Tevredenheid met het leven', fr: 'Satisfaction de vie', en: 'Life satisfaction' },
  ],
  [
    'feels-healthy',
    'quality-of-life',
    'mean',
    { nl: 'Ervaren gezondheid', fr: 'Santé perçue', en: 'Perceived health' },
  ],
  [
    'rarely-lonely',
    'quality-of-life',
    'proportion',
    { nl: 'Aandeel zelden eenzaam', fr: 'Part rarement seul·e', en: 'Share rarely lonely' },
  ],
  ['wellbeing', 'quality-of-life', 'mean', { nl: 'Welbevinden', fr: 'Bien-être', en: 'Well-being' }],
  [
    'trust-neighbours',
    'social-cohesion',
    'mean',
    { nl: 'Vertrouwen in buren', fr: 'Confiance dans les voisins', en: 'Trust in neighbours' },
  ],
  [
    'belonging',
    'social-cohesion',
    'mean',
    { nl: 'Thuisgevoel in de buurt', fr: "Sentiment d'appartenance", en: 'Sense of belonging' },
  ],
  [
    'solidarity',
    'social-cohesion',
    'mean',
    { nl: 'Solidariteit in de buurt', fr: 'Solidarité dans le quartier', en: 'Neighbourhood solidarity' },
  ],
  [
    'feels-safe',
    'social-cohesion',
    'mean',
    { nl: 'Veiligheidsgevoel', fr: 'Sentiment de sécurité', en: 'Feeling safe' },
  ],
  [
    'meets-neighbours',
    'encounters',
    'mean',
    { nl: 'Ontmoetingen met buren', fr: 'Rencontres entre voisins', en: 'Meeting neighbours' },
  ],
  [
    'meeting-places',
    'encounters',
    'mean',
    { nl: 'Plekken om elkaar te ontmoeten', fr: 'Lieux de rencontre', en: 'Places to meet' },
  ],
  [
    'joins-activities',
    'encounters',
    'proportion',
    {
      nl: 'Aandeel dat deelneemt aan activiteiten',
      fr: 'Part qui participe aux activités',
      en: 'Share joining activities',
    },
  ],
  [
    'knows-names',
    'encounters',
    'proportion',
    {
      nl: 'Aandeel dat buren bij naam kent',
      fr: 'Part qui connaît ses voisins par leur nom',
      en: 'Share who know neighbours by name',
    },
  ],
  [
    'can-ask-help',
    'co-reliance',
    'proportion',
    {
      nl: 'Aandeel dat een buur om hulp kan vragen',
      fr: "Part qui peut demander de l'aide à un voisin",
      en: 'Share who can ask a neighbour for help',
    },
  ],
  [
    'gives-help',
    'co-reliance',
    'mean',
    { nl: 'Hulp geven aan buren', fr: 'Aide apportée aux voisins', en: 'Helping neighbours' },
  ],
  ['self-reliance', 'co-reliance', 'mean', { nl: 'Zelfredzaamheid', fr: 'Autonomie', en: 'Self-reliance' }],
  [
    'knows-where-to-signal',
    'detecting-signalling',
    'mean',
    {
      nl: 'Weet waar zorgen te melden',
      fr: 'Sait où signaler une inquiétude',
      en: 'Knows where to signal concerns',
    },
  ],
  [
    'needs-noticed',
    'detecting-signalling',
    'mean',
    { nl: 'Zorgnoden worden opgemerkt', fr: 'Les besoins sont repérés', en: 'Care needs are noticed' },
  ],
  [
    'referred-in-time',
    'detecting-signalling',
    'mean',
    { nl: 'Tijdig toegeleid naar zorg', fr: "Orienté·e à temps vers l'aide", en: 'Referred to care in time' },
  ],
  [
    'partners-cooperate',
    'coordinated-cooperation',
    'mean',
    { nl: 'Partners werken samen', fr: 'Les partenaires coopèrent', en: 'Partners cooperate' },
  ],
  [
    'team-capacity',
    'dedicated-team',
    'mean',
    { nl: 'Draagkracht van het team', fr: "Capacité de l'équipe", en: 'Team capacity' },
  ],
  [
    'easy-to-reach',
    'accessibility',
    'mean',
    { nl: 'Vlot bereikbaar', fr: 'Facile à joindre', en: 'Easy to reach' },
  ],
  [
    'clear-communication',
    'communication',
    'mean',
    { nl: 'Duidelijke communicatie', fr: 'Communication claire', en: 'Clear communication' },
  ],
  [
    'local-support',
    'support-base',
    'mean',
    { nl: 'Draagvlak in de buurt', fr: 'Soutien local', en: 'Local support base' },
  ],
  [
    'sustainable-embedding',
    'sustainability',
    'mean',
    { nl: 'Duurzame verankering', fr: 'Ancrage durable', en: 'Sustainable embedding' },
  ],
  [
    'co-development',
    'co-development',
    'mean',
    { nl: 'Samen ontwikkeld', fr: 'Co-construction', en: 'Co-development' },
  ],
];

/**
 * The programme's shared indicator definitions: one 1-5 item each (named like the indicator), means of the item
 * or the share answering 4 or 5.
 */
export const programmeIndicators: IndicatorDefinition[] = rows.map(([id, objectiveId, kind, label]) =>
  IndicatorDefinitionSchema.parse({
    id,
    label,
    objectiveId,
    kind,
    items: [id],
    scale: { min: 1, max: 5 },
    ...(kind === 'proportion' ? { success: { op: 'gte', value: 4 }, unit: 'share' } : { unit: 'score' }),
  }),
);
