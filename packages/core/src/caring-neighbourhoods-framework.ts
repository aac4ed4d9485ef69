import { type Framework, FrameworkSchema } from './framework.js';

/**
 * The Flemish caring-neighbourhoods framework, Neighbourly's default: 3 pillars, 8 building blocks
 * (after the VVSG/SAAMO model), 5 outcome objectives and 7 process objectives (after the
 * research of the Policy Research Centre for Welfare, Public Health and Family), in Dutch,
 * French and English.
 *
 * Links: each pillar lists the objectives that belong to it, each building block the objectives
 * it serves and the pillars it mainly works on.
 *
 * @example
 * import { caringNeighbourhoodsFramework, localize } from '@neighbourly/core';
 * caringNeighbourhoodsFramework.pillars.map((pillar) => localize(pillar.label, 'nl'));
 */
export const caringNeighbourhoodsFramework: Framework = FrameworkSchema.parse({
  id: 'caring-neighbourhoods',
  version: '2025',
  label: {
    nl: 'Zorgzame buurten',
    fr: 'Quartiers solidaires et attentionnés',
    en: 'Caring neighbourhoods',
  },
  description: {
    nl: 'In een zorgzame buurt kunnen mensen, ongeacht hun leeftijd en hun grote of kleine ondersteuningsnoden, comfortabel (blijven) wonen in hun huis of vertrouwde buurt. Jong en oud leven er samen, mensen voelen zich er goed en veilig, bewoners kennen en helpen elkaar, en diensten en voorzieningen zijn toegankelijk en beschikbaar.',
    fr: "Dans un quartier attentionné, chacun, quel que soit son âge et l'ampleur de ses besoins de soutien, peut (continuer à) vivre confortablement chez soi ou dans un quartier familier. Jeunes et aînés y vivent ensemble, on s'y sent bien et en sécurité, les habitants se connaissent et s'entraident, et les services et équipements sont accessibles et disponibles.",
    en: 'In a caring neighbourhood, people of any age and with large or small support needs can (continue to) live comfortably in their home or familiar neighbourhood. Young and old live together, people feel good and safe, residents know and help each other, and services and facilities are accessible and available.',
  },
  pillars: [
    {
      id: 'participation-inclusion',
      label: {
        nl: 'Buurtparticipatie en inclusie',
        fr: 'Participation et inclusion dans le quartier',
        en: 'Neighbourhood participation and inclusion',
      },
      description: {
        nl: 'Een sociaal netwerk, solidariteit en zorgzaam samenleven opbouwen. Ontmoeting staat centraal: pas wie elkaar kent, wil elkaar na een tijd ook helpen. Een zorgzame buurt is participatief en is er voor iedereen.',
        fr: "Construire un réseau social, la solidarité et un vivre-ensemble attentionné. Les rencontres sont essentielles : ce n'est qu'en se connaissant que l'on finit par s'entraider. Un quartier attentionné est participatif et s'adresse à tous.",
        en: 'Building a social network, solidarity and caring coexistence. Encounters are crucial: only people who know each other will, after a while, offer each other support. A caring neighbourhood is participatory and there for everyone.',
      },
      objectiveIds: [
        'social-cohesion',
        'encounters',
        'co-reliance',
        'accessibility',
        'co-development',
        'support-base',
      ],
    },
    {
      id: 'informal-formal-care',
      label: {
        nl: 'Informele en formele zorg verbinden',
        fr: 'Relier soins informels et formels',
        en: 'Connecting informal and formal care',
      },
      description: {
        nl: 'Zelfzorg, burenhulp en vrijwilligerswerk verbinden met professionele zorg: voor het vroeg opsporen van kwetsbare mensen, snellere toegang tot hulp, preventie, minder gezondheidsongelijkheid en steun aan mantelzorgers.',
        fr: "Relier l'autonomie, l'entraide entre voisins et le bénévolat aux soins professionnels : pour repérer tôt les personnes vulnérables, accéder plus vite à l'aide, prévenir, réduire les inégalités de santé et soutenir les aidants proches.",
        en: 'Linking self-care, neighbourly help and volunteering with professional care: for early detection of vulnerable people, faster access to help, prevention, fewer health inequalities and support for informal carers.',
      },
      objectiveIds: [
        'quality-of-life',
        'co-reliance',
        'detecting-signalling',
        'accessibility',
        'communication',
      ],
    },
    {
      id: 'intersectoral-collaboration',
      label: {
        nl: 'Intersectorale samenwerking',
        fr: 'Collaboration intersectorielle',
        en: 'Intersectoral collaboration',
      },
      description: {
        nl: 'Welzijns- en zorgpartners werken in een netwerk samen met partners uit andere domeinen (wonen, ruimtelijke ordening, jeugd, cultuur, sport, werk, sociale economie) aan preventie, gezondheidsbevordering en geïntegreerde zorg en ondersteuning, met levenskwaliteit als focus.',
        fr: "Les partenaires du bien-être et des soins travaillent en réseau avec ceux d'autres domaines (logement, aménagement du territoire, jeunesse, culture, sport, emploi, économie sociale) sur la prévention, la promotion de la santé et des soins et un soutien intégrés, centrés sur la qualité de vie.",
        en: 'Welfare and care partners work in a network with partners from other domains (housing, spatial planning, youth, culture, sport, work, social economy) on prevention, health promotion and integrated care and support, focused on quality of life.',
      },
      objectiveIds: [
        'quality-of-life',
        'coordinated-cooperation',
        'dedicated-team',
        'communication',
        'sustainability',
        'support-base',
      ],
    },
  ],
  buildingBlocks: [
    {
      id: 'social-networks',
      label: { nl: 'Sociale netwerken', fr: 'Réseaux sociaux', en: 'Social networks' },
      description: {
        nl: 'Ontmoeting en contacten tussen buurtbewoners stimuleren en netwerken rond mensen versterken.',
        fr: 'Favoriser les rencontres et les contacts entre habitants et renforcer les réseaux autour des personnes.',
        en: 'Encouraging encounters and contacts between residents and strengthening the networks around people.',
      },
      objectiveIds: ['encounters', 'social-cohesion', 'co-reliance'],
      pillarIds: ['participation-inclusion'],
    },
    {
      id: 'powers-talents',
      label: { nl: 'Krachten en talenten', fr: 'Forces et talents', en: 'Powers and talents' },
      description: {
        nl: 'De krachten en talenten van bewoners zien en inzetten, zodat zij zelf en samen de buurt mee vormgeven.',
        fr: 'Reconnaître et mobiliser les forces et talents des habitants, pour qu’ils façonnent eux-mêmes et ensemble le quartier.',
        en: 'Recognising and using residents’ strengths and talents, so that they shape the neighbourhood themselves and together.',
      },
      objectiveIds: ['co-reliance', 'quality-of-life', 'co-development'],
      pillarIds: ['participation-inclusion'],
    },
    {
      id: 'awareness-information',
      label: {
        nl: 'Sensibiliseren en informeren',
        fr: 'Sensibiliser et informer',
        en: 'Raising awareness and informing',
      },
      description: {
        nl: 'Bewoners, vrijwilligers en professionals informeren over het aanbod en sensibiliseren rond zorgzaamheid.',
        fr: "Informer habitants, bénévoles et professionnels sur l'offre et les sensibiliser à l'attention mutuelle.",
        en: 'Informing residents, volunteers and professionals about what is on offer and raising awareness of caring for each other.',
      },
      objectiveIds: ['communication', 'accessibility', 'support-base'],
      pillarIds: ['participation-inclusion', 'informal-formal-care'],
    },
    {
      id: 'care-needs-detection',
      label: {
        nl: 'Zorgnoden detecteren',
        fr: 'Détecter les besoins de soins',
        en: 'Detecting care needs',
      },
      description: {
        nl: 'Kwetsbare mensen en verborgen zorg- en ondersteuningsnoden vroeg opmerken en signaleren.',
        fr: 'Repérer tôt les personnes vulnérables et les besoins de soins et de soutien cachés, et les signaler.',
        en: 'Noticing vulnerable people and hidden care and support needs early, and signalling them.',
      },
      objectiveIds: ['detecting-signalling'],
      pillarIds: ['informal-formal-care'],
    },
    {
      id: 'guidance-to-care',
      label: { nl: 'Toeleiden naar zorg', fr: 'Orienter vers les soins', en: 'Guidance to care' },
      description: {
        nl: 'Mensen sneller en beter de weg laten vinden naar professionele hulp en ondersteuning.',
        fr: "Aider les personnes à trouver plus vite et mieux le chemin de l'aide et du soutien professionnels.",
        en: 'Helping people find their way to professional help and support faster and better.',
      },
      objectiveIds: ['detecting-signalling', 'accessibility', 'quality-of-life'],
      pillarIds: ['informal-formal-care'],
    },
    {
      id: 'intersectoral-cooperation',
      label: {
        nl: 'Intersectorale samenwerking',
        fr: 'Coopération intersectorielle',
        en: 'Intersectoral cooperation',
      },
      description: {
        nl: 'Welzijn en zorg werken samen met wonen, ruimte, jeugd, cultuur, sport, werk en sociale economie.',
        fr: "Le bien-être et les soins coopèrent avec le logement, l'aménagement, la jeunesse, la culture, le sport, l'emploi et l'économie sociale.",
        en: 'Welfare and care work together with housing, spatial planning, youth, culture, sport, work and the social economy.',
      },
      objectiveIds: ['coordinated-cooperation', 'dedicated-team', 'sustainability'],
      pillarIds: ['intersectoral-collaboration'],
    },
    {
      id: 'analysis-evaluation-impact',
      label: {
        nl: 'Analyse, evaluatie en impact',
        fr: 'Analyse, évaluation et impact',
        en: 'Analysis, evaluation and impact',
      },
      description: {
        nl: 'Een (participatieve) buurtanalyse maken, prioriteiten kiezen en de impact van de werking opvolgen en evalueren.',
        fr: "Réaliser une analyse (participative) du quartier, choisir les priorités, suivre et évaluer l'impact de l'action.",
        en: 'Carrying out a (participatory) neighbourhood analysis, setting priorities, and monitoring and evaluating impact.',
      },
      objectiveIds: ['co-development', 'sustainability', 'support-base'],
      pillarIds: ['participation-inclusion', 'intersectoral-collaboration'],
    },
    {
      id: 'policy-advice',
      label: { nl: 'Beleidsadvies', fr: 'Avis politique', en: 'Policy advice' },
      description: {
        nl: 'Wat de buurt leert doorgeven aan het lokale en bovenlokale beleid, zodat de werking verankerd raakt.',
        fr: "Faire remonter les enseignements du quartier vers les politiques locales et supralocales, pour ancrer l'action.",
        en: 'Feeding what the neighbourhood learns into local and supra-local policy, so that the work becomes embedded.',
      },
      objectiveIds: ['sustainability', 'support-base'],
      pillarIds: ['intersectoral-collaboration'],
    },
  ],
  outcomeObjectives: [
    {
      id: 'quality-of-life',
      label: {
        nl: 'Levenskwaliteit verbeteren',
        fr: 'Améliorer la qualité de vie',
        en: 'Improving quality of life',
      },
      description: {
        nl: 'Mensen voelen zich goed en veilig en kunnen comfortabel in hun vertrouwde buurt blijven wonen.',
        fr: 'Les gens se sentent bien et en sécurité et peuvent continuer à vivre confortablement dans leur quartier.',
        en: 'People feel good and safe and can keep living comfortably in their familiar neighbourhood.',
      },
    },
    {
      id: 'social-cohesion',
      label: {
        nl: 'Sociale cohesie versterken',
        fr: 'Renforcer la cohésion sociale',
        en: 'Strengthening social cohesion',
      },
      description: {
        nl: 'Buurtbewoners voelen zich verbonden en solidair met elkaar.',
        fr: 'Les habitants se sentent liés et solidaires les uns des autres.',
        en: 'Residents feel connected to and solidarity with each other.',
      },
    },
    {
      id: 'encounters',
      label: {
        nl: 'Ontmoeting tussen buren',
        fr: 'Rencontres entre voisins',
        en: 'Encounters between neighbours',
      },
      description: {
        nl: 'Buren leren elkaar kennen en ontmoeten elkaar, binnen en buiten.',
        fr: 'Les voisins apprennent à se connaître et se rencontrent, à l’intérieur comme à l’extérieur.',
        en: 'Neighbours get to know and meet each other, indoors and outdoors.',
      },
    },
    {
      id: 'co-reliance',
      label: {
        nl: 'Samenredzaamheid versterken',
        fr: 'Renforcer l’autonomie partagée',
        en: 'Strengthening co-reliance',
      },
      description: {
        nl: 'Mensen kunnen op zichzelf en op elkaar rekenen: zelfzorg, burenhulp en vrijwillige inzet.',
        fr: 'Les gens peuvent compter sur eux-mêmes et les uns sur les autres : prendre soin de soi, entraide entre voisins, bénévolat.',
        en: 'People can rely on themselves and on each other: self-care, neighbourly help and volunteering.',
      },
    },
    {
      id: 'detecting-signalling',
      label: {
        nl: 'Detecteren en signaleren',
        fr: 'Détecter et signaler',
        en: 'Detecting and signalling',
      },
      description: {
        nl: 'Zorg- en ondersteuningsnoden worden tijdig opgemerkt en gesignaleerd.',
        fr: 'Les besoins de soins et de soutien sont repérés et signalés à temps.',
        en: 'Care and support needs are noticed and signalled in time.',
      },
    },
  ],
  processObjectives: [
    {
      id: 'coordinated-cooperation',
      label: {
        nl: 'Gecoördineerde samenwerking',
        fr: 'Coopération coordonnée',
        en: 'Coordinated cooperation',
      },
      description: {
        nl: 'Partners werken afgestemd samen, met een gedeelde taal en visie en duidelijke rollen.',
        fr: 'Les partenaires coopèrent de manière concertée, avec un langage et une vision partagés et des rôles clairs.',
        en: 'Partners work together in an aligned way, with a common language and vision and clear roles.',
      },
    },
    {
      id: 'dedicated-team',
      label: { nl: 'Een toegewijd team', fr: 'Une équipe dédiée', en: 'A dedicated team' },
      description: {
        nl: 'Er zijn vaste professionele aanspreekpunten met een mandaat en tijd voor de buurt.',
        fr: 'Des personnes de référence professionnelles stables disposent d’un mandat et de temps pour le quartier.',
        en: 'Permanent professional focal points have a mandate and time for the neighbourhood.',
      },
    },
    {
      id: 'accessibility',
      label: {
        nl: 'Toegankelijkheid verhogen',
        fr: 'Accroître l’accessibilité',
        en: 'Increasing accessibility',
      },
      description: {
        nl: 'Diensten, voorzieningen en ontmoetingsplekken zijn bereikbaar en toegankelijk voor iedereen.',
        fr: 'Services, équipements et lieux de rencontre sont accessibles à tous.',
        en: 'Services, facilities and meeting places are within reach and accessible to everyone.',
      },
    },
    {
      id: 'communication',
      label: {
        nl: 'Adequaat communiceren',
        fr: 'Communiquer de manière adéquate',
        en: 'Communicating adequately',
      },
      description: {
        nl: 'Open en tijdige communicatie tussen bewoners, vrijwilligers en partners, in een taal die iedereen begrijpt.',
        fr: 'Une communication ouverte et à temps entre habitants, bénévoles et partenaires, dans une langue que chacun comprend.',
        en: 'Open and timely communication between residents, volunteers and partners, in words everyone understands.',
      },
    },
    {
      id: 'support-base',
      label: { nl: 'Draagvlak hebben', fr: 'Disposer d’une assise', en: 'Having a support base' },
      description: {
        nl: 'Bewoners, partners en het lokaal bestuur kennen en steunen de zorgzame buurt.',
        fr: 'Habitants, partenaires et pouvoir local connaissent et soutiennent le quartier attentionné.',
        en: 'Residents, partners and local government know and support the caring neighbourhood.',
      },
    },
    {
      id: 'sustainability',
      label: {
        nl: 'Duurzaamheid van geïntegreerde buurtzorg verhogen',
        fr: 'Accroître la durabilité des soins intégrés de proximité',
        en: 'Increasing the sustainability of integrated community care',
      },
      description: {
        nl: 'De werking raakt verankerd in organisaties en in lokaal beleid en loopt door na de projectperiode.',
        fr: 'L’action s’ancre dans les organisations et les politiques locales et se poursuit après le projet.',
        en: 'The work becomes embedded in organisations and local policy and continues after the project period.',
      },
    },
    {
      id: 'co-development',
      label: { nl: 'Co-creatie', fr: 'Co-construction', en: 'Co-development' },
      description: {
        nl: 'Bewoners en partners bepalen samen de prioriteiten en werken ze samen uit, vanuit een participatieve buurtanalyse.',
        fr: 'Habitants et partenaires fixent et développent ensemble les priorités, à partir d’une analyse participative du quartier.',
        en: 'Residents and partners set and work out priorities together, starting from a participatory neighbourhood analysis.',
      },
    },
  ],
});
