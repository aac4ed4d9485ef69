import type { Language } from '@neighbourly/core';

/** Every text the programme report prints, in one language. */
export interface ProgrammeMessages {
  reportTitle: string;
  tagline: string;
  points: string;
  facts: { projects: string; waves: string; indicators: string; method: string; generated: string };
  methodName: (method: string, ci: string) => string;
  sections: { summary: string; typology: string; coverage: string; method: string };
  outcome: string;
  process: string;
  summaryIntro: string;
  columns: {
    indicator: string;
    projects: string;
    level: (wave: string) => string;
    change: (from: string, to: string) => string;
    ci: string;
    heterogeneity: string;
    prediction: string;
    wave: string;
    pooled: string;
    type: string;
    share: string;
    measured: string;
    belowCellSize: string;
    project: string;
    estimate: string;
    weight: string;
  };
  change: (from: string, to: string) => string;
  pooledSentence: (f: { k: string; measure: string; value: string; low: string; high: string }) => string;
  tooFew: string;
  hiddenNote: (hidden: number, leftOut: number) => string;
  heterogeneity: (f: { i2: string; level: 'low' | 'moderate' | 'substantial' | 'considerable' }) => string;
  prediction: (f: { low: string; high: string; crossesZero: boolean; isChange: boolean }) => string;
  subgroupTitle: string;
  subgroupTest: (f: { q: string; df: number; p: string; differs: boolean }) => string;
  type: (n: number) => string;
  overall: string;
  predictionInterval: string;
  forestLegend: string;
  levelsTitle: string;
  typologyIntro: (k: number, vars: string, n: number) => string;
  profileChart: string;
  dendrogram: string;
  coverageIntro: string;
  coverageGrid: string;
  coverageLegend: { all: string; some: string; small: string; none: string };
  methodText: string[];
  footer: (page: number, total: number) => string;
  empty: string;
}

const heterogeneityWords = {
  nl: { low: 'laag', moderate: 'matig', substantial: 'aanzienlijk', considerable: 'groot' },
  fr: { low: 'faible', moderate: 'modérée', substantial: 'importante', considerable: 'très importante' },
  en: { low: 'low', moderate: 'moderate', substantial: 'substantial', considerable: 'considerable' },
} as const;

const nl: ProgrammeMessages = {
  reportTitle: 'Programmarapport',
  tagline:
    'Wat de projecten samen bereikten: gepoolde indicatoren, verschillen tussen projecten en een typologie.',
  points: 'pp',
  facts: {
    projects: 'Projecten',
    waves: 'Metingen',
    indicators: 'Indicatoren',
    method: 'Methode',
    generated: 'Gemaakt op',
  },
  methodName: (method, ci) =>
    `Random-effects meta-analyse (${method}), betrouwbaarheidsintervallen volgens ${ci === 'hartung-knapp' ? 'Hartung–Knapp' : 'Wald'}`,
  sections: {
    summary: 'Samenvatting',
    typology: 'Typologie van de buurten',
    coverage: 'Dekking: wie mat wat',
    method: 'Methode',
  },
  outcome: 'Uitkomstdoelstelling',
  process: 'Procesdoelstelling',
  summaryIntro:
    'Per indicator: de gepoolde waarde over alle projecten bij de laatste meting en de gepoolde verandering, elk met een 95%-betrouwbaarheidsinterval. I² zegt hoeveel van de spreiding tussen projecten echte verschillen zijn en geen toeval.',
  columns: {
    indicator: 'Indicator',
    projects: 'Projecten',
    level: (wave) => `Niveau (${wave})`,
    change: (from, to) => `Verandering ${from} → ${to}`,
    ci: '95%-BI',
    heterogeneity: 'I²',
    prediction: 'Voorspellingsinterval',
    wave: 'Meting',
    pooled: 'Gepoold',
    type: 'Type',
    share: 'Aandeel',
    measured: 'Gemeten',
    belowCellSize: 'Te klein',
    project: 'Project',
    estimate: 'Schatting [95%-BI]',
    weight: 'Gewicht',
  },
  change: (from, to) => `verandering ${from} → ${to}`,
  pooledSentence: ({ k, measure, value, low, high }) =>
    `Over ${k} projecten samen is de ${measure} ${value} (95%-BI ${low} tot ${high}).`,
  tooFew: 'Te weinig projecten om te poolen.',
  hiddenNote: (hidden, leftOut) =>
    [
      hidden > 0
        ? `${hidden} kleine projecten tellen mee via hun variantie maar worden niet apart getoond.`
        : '',
      leftOut > 0
        ? `${leftOut} kleine projecten zijn weggelaten: samen te weinig respondenten om veilig te poolen.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  heterogeneity: ({ i2, level }) =>
    `De verschillen tussen de projecten zijn ${heterogeneityWords.nl[level]} (I² = ${i2}): ${
      level === 'low'
        ? 'ze zijn ongeveer zo groot als toeval alleen zou geven.'
        : 'een deel van de spreiding zijn echte verschillen tussen projecten, niet alleen toeval.'
    }`,
  prediction: ({ low, high, crossesZero, isChange }) =>
    `In een nieuw, vergelijkbaar project verwachten we de ware waarde tussen ${low} en ${high} (95%-voorspellingsinterval)${
      isChange && crossesZero ? '; sommige projecten gaan er dus mogelijk niet op vooruit.' : '.'
    }`,
  subgroupTitle: 'Per type buurt',
  subgroupTest: ({ q, df, p, differs }) =>
    differs
      ? `De types buurten verschillen meer dan toeval verklaart (Q = ${q}, df = ${df}, p = ${p}).`
      : `Geen duidelijk verschil tussen de types buurten (Q = ${q}, df = ${df}, p = ${p}).`,
  type: (n) => `Type ${n}`,
  overall: 'Alle projecten',
  predictionInterval: 'Voorspellingsinterval',
  forestLegend:
    'Elk project: schatting (vierkant, groter = meer gewicht) met 95%-BI. Ruit: gepoolde schatting met 95%-BI. Lijn onder de ruit: voorspellingsinterval.',
  levelsTitle: 'Niveau per meting',
  typologyIntro: (k, vars, n) =>
    `${n} projecten, gegroepeerd in ${k} types met hiërarchische clusteranalyse (Ward) op gestandaardiseerde contextvariabelen: ${vars}.`,
  profileChart: 'Profiel per type (gemiddelde in standaarddeviaties t.o.v. alle projecten)',
  dendrogram: 'Dendrogram: hoe de projecten samengevoegd werden',
  coverageIntro:
    'Per indicator: hoeveel projecten ze maten bij elke meting, en hoeveel daarvan te weinig respondenten hadden om apart te tonen.',
  coverageGrid: 'Per project (kolommen) en indicator (rijen)',
  coverageLegend: {
    all: 'alle metingen',
    some: 'een deel van de metingen',
    small: 'te weinig respondenten',
    none: 'niet gemeten',
  },
  methodText: [
    'Elk project levert per indicator en meting een schatting met een standaardfout (het gemiddelde: sd/√n; een aandeel: de halve breedte van het Wilson-interval gedeeld door 1,96). Een verandering tussen twee metingen heeft als standaardfout √(se₁² + se₂²): voorzichtig, want dezelfde mensen antwoorden vaak twee keer.',
    'De schattingen worden gepoold met een random-effects meta-analyse: elk project weegt volgens zijn precisie, en de ware waarden mogen van project tot project verschillen (τ², geschat met REML). Het voorspellingsinterval (Higgins, Thompson & Spiegelhalter 2009) toont waar de ware waarde van een nieuw, vergelijkbaar project zou liggen.',
    'Kleine projecten (minder respondenten dan de minimale celgrootte) tellen mee via hun variantie maar worden nooit apart getoond; als ze samen te weinig respondenten hebben, worden ze weggelaten zodat niemands antwoord te herleiden is.',
    'De types buurten komen uit een hiërarchische clusteranalyse (Ward) op gestandaardiseerde contextvariabelen. Verschillen tussen types worden getoetst met de Q-toets tussen subgroepen.',
  ],
  footer: (page, total) => `Pagina ${page} van ${total}`,
  empty: 'Geen gegevens.',
};

const fr: ProgrammeMessages = {
  reportTitle: 'Rapport de programme',
  tagline:
    'Ce que les projets ont accompli ensemble : indicateurs agrégés, différences entre projets et typologie.',
  points: 'pp',
  facts: {
    projects: 'Projets',
    waves: 'Mesures',
    indicators: 'Indicateurs',
    method: 'Méthode',
    generated: 'Généré le',
  },
  methodName: (method, ci) =>
    `Méta-analyse à effets aléatoires (${method}), intervalles de confiance de ${ci === 'hartung-knapp' ? 'Hartung–Knapp' : 'Wald'}`,
  sections: {
    summary: 'Résumé',
    typology: 'Typologie des quartiers',
    coverage: 'Couverture : qui a mesuré quoi',
    method: 'Méthode',
  },
  outcome: 'Objectif de résultat',
  process: 'Objectif de processus',
  summaryIntro:
    "Pour chaque indicateur : la valeur agrégée sur tous les projets à la dernière mesure et l'évolution agrégée, chacune avec un intervalle de confiance à 95 %. I² indique quelle part de la dispersion entre projets reflète de vraies différences plutôt que le hasard.",
  columns: {
    indicator: 'Indicateur',
    projects: 'Projets',
    level: (wave) => `Niveau (${wave})`,
    change: (from, to) => `Évolution ${from} → ${to}`,
    ci: 'IC 95 %',
    heterogeneity: 'I²',
    prediction: 'Intervalle de prédiction',
    wave: 'Mesure',
    pooled: 'Agrégé',
    type: 'Type',
    share: 'Part',
    measured: 'Mesuré',
    belowCellSize: 'Trop petit',
    project: 'Projet',
    estimate: 'Estimation [IC 95 %]',
    weight: 'Poids',
  },
  change: (from, to) => `évolution ${from} → ${to}`,
  pooledSentence: ({ k, measure, value, low, high }) =>
    `Sur ${k} projets ensemble, l'${measure} est de ${value} (IC 95 % ${low} à ${high}).`,
  tooFew: 'Trop peu de projets pour agréger.',
  hiddenNote: (hidden, leftOut) =>
    [
      hidden > 0
        ? `${hidden} petits projets comptent par leur variance mais ne sont pas montrés séparément.`
        : '',
      leftOut > 0
        ? `${leftOut} petits projets sont écartés : ensemble, trop peu de répondants pour agréger sans risque.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  heterogeneity: ({ i2, level }) =>
    `Les différences entre projets sont ${heterogeneityWords.fr[level]}s (I² = ${i2}) : ${
      level === 'low'
        ? 'elles sont à peu près celles que le hasard seul produirait.'
        : 'une partie de la dispersion reflète de vraies différences entre projets, pas seulement le hasard.'
    }`,
  prediction: ({ low, high, crossesZero, isChange }) =>
    `Dans un nouveau projet comparable, la vraie valeur devrait se situer entre ${low} et ${high} (intervalle de prédiction à 95 %)${
      isChange && crossesZero ? ' ; certains projets pourraient donc ne pas progresser.' : '.'
    }`,
  subgroupTitle: 'Par type de quartier',
  subgroupTest: ({ q, df, p, differs }) =>
    differs
      ? `Les types de quartiers diffèrent plus que le hasard ne l'explique (Q = ${q}, df = ${df}, p = ${p}).`
      : `Pas de différence nette entre les types de quartiers (Q = ${q}, df = ${df}, p = ${p}).`,
  type: (n) => `Type ${n}`,
  overall: 'Tous les projets',
  predictionInterval: 'Intervalle de prédiction',
  forestLegend:
    'Chaque projet : estimation (carré, plus grand = plus de poids) avec IC 95 %. Losange : estimation agrégée avec IC 95 %. Trait sous le losange : intervalle de prédiction.',
  levelsTitle: 'Niveau par mesure',
  typologyIntro: (k, vars, n) =>
    `${n} projets, regroupés en ${k} types par classification hiérarchique (Ward) sur des variables de contexte standardisées : ${vars}.`,
  profileChart: 'Profil par type (moyenne en écarts-types par rapport à tous les projets)',
  dendrogram: 'Dendrogramme : comment les projets ont été regroupés',
  coverageIntro:
    "Pour chaque indicateur : combien de projets l'ont mesuré à chaque mesure, et combien avaient trop peu de répondants pour être montrés.",
  coverageGrid: 'Par projet (colonnes) et indicateur (lignes)',
  coverageLegend: {
    all: 'toutes les mesures',
    some: 'une partie des mesures',
    small: 'trop peu de répondants',
    none: 'non mesuré',
  },
  methodText: [
    "Chaque projet fournit, par indicateur et par mesure, une estimation et son erreur type (une moyenne : sd/√n ; une part : la demi-largeur de l'intervalle de Wilson divisée par 1,96). L'erreur type d'une évolution entre deux mesures est √(se₁² + se₂²) : prudente, car les mêmes personnes répondent souvent deux fois.",
    "Les estimations sont agrégées par une méta-analyse à effets aléatoires : chaque projet pèse selon sa précision, et les vraies valeurs peuvent varier d'un projet à l'autre (τ², estimé par REML). L'intervalle de prédiction (Higgins, Thompson & Spiegelhalter 2009) montre où se situerait la vraie valeur d'un nouveau projet comparable.",
    "Les petits projets (moins de répondants que la taille minimale de cellule) comptent par leur variance mais ne sont jamais montrés séparément ; s'ils ont ensemble trop peu de répondants, ils sont écartés pour que la réponse de personne ne puisse être déduite.",
    'Les types de quartiers viennent d’une classification hiérarchique (Ward) sur des variables de contexte standardisées. Les différences entre types sont testées par le test Q entre sous-groupes.',
  ],
  footer: (page, total) => `Page ${page} sur ${total}`,
  empty: 'Pas de données.',
};

const en: ProgrammeMessages = {
  reportTitle: 'Programme report',
  tagline:
    'What the projects achieved together: pooled indicators, differences between projects and a typology.',
  points: 'pp',
  facts: {
    projects: 'Projects',
    waves: 'Waves',
    indicators: 'Indicators',
    method: 'Method',
    generated: 'Generated',
  },
  methodName: (method, ci) =>
    `Random-effects meta-analysis (${method}), ${ci === 'hartung-knapp' ? 'Hartung–Knapp' : 'Wald'} confidence intervals`,
  sections: {
    summary: 'Summary',
    typology: 'Typology of neighbourhoods',
    coverage: 'Coverage: who measured what',
    method: 'Method',
  },
  outcome: 'Outcome objective',
  process: 'Process objective',
  summaryIntro:
    'Per indicator: the value pooled over all projects at the last wave and the pooled change, each with a 95% confidence interval. I² says how much of the spread between projects is real difference rather than chance.',
  columns: {
    indicator: 'Indicator',
    projects: 'Projects',
    level: (wave) => `Level (${wave})`,
    change: (from, to) => `Change ${from} → ${to}`,
    ci: '95% CI',
    heterogeneity: 'I²',
    prediction: 'Prediction interval',
    wave: 'Wave',
    pooled: 'Pooled',
    type: 'Type',
    share: 'Share',
    measured: 'Measured',
    belowCellSize: 'Too small',
    project: 'Project',
    estimate: 'Estimate [95% CI]',
    weight: 'Weight',
  },
  change: (from, to) => `change ${from} → ${to}`,
  pooledSentence: ({ k, measure, value, low, high }) =>
    `Over ${k} projects together, the ${measure} is ${value} (95% CI ${low} to ${high}).`,
  tooFew: 'Too few projects to pool.',
  hiddenNote: (hidden, leftOut) =>
    [
      hidden > 0
        ? `${hidden} small projects count through their variance but are not shown on their own.`
        : '',
      leftOut > 0
        ? `${leftOut} small projects are left out: together too few respondents to pool safely.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  heterogeneity: ({ i2, level }) =>
    `The differences between projects are ${heterogeneityWords.en[level]} (I² = ${i2}): ${
      level === 'low'
        ? 'about as large as chance alone would make them.'
        : 'part of the spread is real difference between projects, not just chance.'
    }`,
  prediction: ({ low, high, crossesZero, isChange }) =>
    `In a new, similar project the true value is expected between ${low} and ${high} (95% prediction interval)${
      isChange && crossesZero ? '; so some projects may not improve.' : '.'
    }`,
  subgroupTitle: 'By type of neighbourhood',
  subgroupTest: ({ q, df, p, differs }) =>
    differs
      ? `The types of neighbourhood differ more than chance explains (Q = ${q}, df = ${df}, p = ${p}).`
      : `No clear difference between the types of neighbourhood (Q = ${q}, df = ${df}, p = ${p}).`,
  type: (n) => `Type ${n}`,
  overall: 'All projects',
  predictionInterval: 'Prediction interval',
  forestLegend:
    'Each project: estimate (square, larger = more weight) with its 95% CI. Diamond: pooled estimate with its 95% CI. Line below the diamond: prediction interval.',
  levelsTitle: 'Level per wave',
  typologyIntro: (k, vars, n) =>
    `${n} projects, grouped into ${k} types by hierarchical cluster analysis (Ward) on standardised context variables: ${vars}.`,
  profileChart: 'Profile per type (mean in standard deviations from all projects)',
  dendrogram: 'Dendrogram: how the projects were merged',
  coverageIntro:
    'Per indicator: how many projects measured it in each wave, and how many of those had too few respondents to show.',
  coverageGrid: 'Per project (columns) and indicator (rows)',
  coverageLegend: {
    all: 'every wave',
    some: 'some waves',
    small: 'too few respondents',
    none: 'not measured',
  },
  methodText: [
    "Each project gives, per indicator and wave, an estimate with a standard error (a mean: sd/√n; a share: half the Wilson interval's width divided by 1.96). A change between two waves has standard error √(se₁² + se₂²): cautious, as the same people often answer twice.",
    'The estimates are pooled by a random-effects meta-analysis: each project weighs by its precision, and the true values may differ from project to project (τ², estimated by REML). The prediction interval (Higgins, Thompson & Spiegelhalter 2009) shows where the true value of a new, similar project would lie.',
    'Small projects (fewer respondents than the minimum cell size) count through their variance but are never shown on their own; when together they have too few respondents, they are left out so that no one’s answer can be worked out.',
    'The types of neighbourhood come from hierarchical cluster analysis (Ward) on standardised context variables. Differences between types are tested with the between-subgroups Q test.',
  ],
  footer: (page, total) => `Page ${page} of ${total}`,
  empty: 'No data.',
};

const all: Record<Language, ProgrammeMessages> = { nl, fr, en };

/** The programme report's texts in a language. */
export function programmeMessagesFor(lang: Language): ProgrammeMessages {
  return all[lang];
}
