/**
 * Small builders for report inputs: indicator results and wave comparisons made by hand, so the report
 * can be tested without the indicator engine. Values are deterministic (seeded).
 */
import type {
  GroupKey,
  IndicatorCell,
  IndicatorComparison,
  IndicatorDefinitionInput,
  IndicatorResults,
  LocalizedText,
  ProgressStatus,
  WaveComparison,
} from '@neighbourly/core';
import type { ImpactReportInput, ReportFramework } from '../src/index.js';

/** A seeded pseudo-random generator (mulberry32). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const text = (en: string, nl: string, fr: string): LocalizedText => ({ en, nl, fr });

/** The outcome and process objectives of the caring-neighbourhoods framework (labels only). */
export function buildFramework(): ReportFramework {
  return {
    label: text('Caring neighbourhoods', 'Zorgzame buurten', 'Quartiers solidaires'),
    outcomeObjectives: [
      {
        id: 'quality-of-life',
        label: text('Improving quality of life', 'Levenskwaliteit verbeteren', 'Améliorer la qualité de vie'),
      },
      {
        id: 'social-cohesion',
        label: text(
          'Strengthening social cohesion',
          'Sociale cohesie versterken',
          'Renforcer la cohésion sociale',
        ),
      },
      {
        id: 'encounters',
        label: text('Encounters between neighbours', 'Ontmoeting tussen buren', 'Rencontres entre voisins'),
      },
      {
        id: 'co-reliance',
        label: text('Strengthening co-reliance', 'Samenredzaamheid versterken', 'Renforcer l’entraide'),
      },
      {
        id: 'detecting-signalling',
        label: text(
          'Detecting and signalling care needs',
          'Zorgnoden detecteren en signaleren',
          'Détecter et signaler les besoins de soins',
        ),
      },
    ],
    processObjectives: [
      {
        id: 'coordinated-cooperation',
        label: text('Coordinated cooperation', 'Gecoördineerde samenwerking', 'Coopération coordonnée'),
      },
      { id: 'dedicated-team', label: text('A dedicated team', 'Een toegewijd team', 'Une équipe dédiée') },
      {
        id: 'accessibility',
        label: text('Increasing accessibility', 'Toegankelijkheid verhogen', 'Accroître l’accessibilité'),
      },
      {
        id: 'communication',
        label: text('Communicating adequately', 'Adequaat communiceren', 'Communiquer adéquatement'),
      },
      {
        id: 'support-base',
        label: text('Having a support base', 'Een draagvlak hebben', 'Disposer d’une assise'),
      },
      {
        id: 'sustainability',
        label: text('Increasing sustainability', 'Duurzaamheid verhogen', 'Accroître la durabilité'),
      },
      { id: 'co-development', label: text('Co-development', 'Co-creatie', 'Co-développement') },
    ],
  };
}

const realistic: IndicatorDefinitionInput[] = [
  {
    id: 'knows-neighbour-for-help',
    label: text(
      'Knows a neighbour to ask for help',
      'Kent een buur om hulp te vragen',
      'Connaît un voisin à qui demander de l’aide',
    ),
    objectiveId: 'co-reliance',
    kind: 'proportion',
    items: ['q_help'],
    success: { op: 'gte', value: 4 },
    unit: 'share',
    target: 0.5,
  },
  {
    id: 'well-being',
    label: text('Well-being (WHO-5)', 'Welbevinden (WHO-5)', 'Bien-être (WHO-5)'),
    objectiveId: 'quality-of-life',
    kind: 'scale',
    instrument: 'who-5',
    unit: 'score',
    target: 60,
  },
  {
    id: 'loneliness',
    label: text(
      'Loneliness (De Jong Gierveld)',
      'Eenzaamheid (De Jong Gierveld)',
      'Solitude (De Jong Gierveld)',
    ),
    objectiveId: 'quality-of-life',
    kind: 'scale',
    instrument: 'djg-6',
    unit: 'score',
    direction: 'lower-is-better',
    target: 2,
  },
  {
    id: 'trust-in-neighbours',
    label: text('Trust in neighbours', 'Vertrouwen in buren', 'Confiance envers les voisins'),
    objectiveId: 'social-cohesion',
    kind: 'mean',
    items: ['q_trust_1', 'q_trust_2', 'q_trust_3'],
    scale: { min: 1, max: 5 },
    unit: 'score',
    target: 3.8,
  },
  {
    id: 'met-neighbours-monthly',
    label: text(
      'Met neighbours at a local activity in the last month',
      'Ontmoette buren op een buurtactiviteit in de voorbije maand',
      'A rencontré des voisins lors d’une activité locale le mois dernier',
    ),
    objectiveId: 'encounters',
    kind: 'proportion',
    items: ['q_meet'],
    success: { anyOf: ['yes'] },
    unit: 'share',
    target: 0.4,
  },
  {
    id: 'knows-where-to-signal',
    label: text(
      'Knows where to signal a neighbour’s care need',
      'Weet waar een zorgnood van een buur te melden',
      'Sait où signaler un besoin de soins d’un voisin',
    ),
    objectiveId: 'detecting-signalling',
    kind: 'proportion',
    items: ['q_signal'],
    success: { anyOf: ['yes'] },
    unit: 'share',
  },
  {
    id: 'partners-feel-coordinated',
    label: text(
      'Partners feel the work is well coordinated',
      'Partners ervaren het werk als goed gecoördineerd',
      'Les partenaires estiment le travail bien coordonné',
    ),
    objectiveId: 'coordinated-cooperation',
    kind: 'mean',
    items: ['q_coord_1', 'q_coord_2'],
    scale: { min: 1, max: 5 },
    unit: 'score',
  },
  {
    id: 'services-easy-to-reach',
    label: text(
      'Finds services easy to reach',
      'Vindt diensten makkelijk bereikbaar',
      'Trouve les services faciles d’accès',
    ),
    objectiveId: 'accessibility',
    kind: 'proportion',
    items: ['q_access'],
    success: { op: 'gte', value: 4 },
    unit: 'share',
    target: 0.7,
  },
];

export interface BuildInputOptions {
  /** How many indicators (the first eight are realistic, the rest generated). */
  indicators?: number;
  /** Respondents per wave. */
  respondents?: number;
  waves?: number;
  lang?: 'nl' | 'fr' | 'en';
  seed?: number;
}

const waveIds = ['w1', 'w2', 'w3', 'w4', 'w5'];
const objectiveIds = [
  'quality-of-life',
  'social-cohesion',
  'encounters',
  'co-reliance',
  'detecting-signalling',
  'coordinated-cooperation',
  'accessibility',
  'communication',
  'support-base',
];

/** Indicator definitions: the realistic eight, then generated ones until `count`. */
export function buildIndicators(count: number): IndicatorDefinitionInput[] {
  const list = realistic.slice(0, count);
  for (let index = list.length; index < count; index += 1) {
    const share = index % 2 === 0;
    list.push({
      id: `extra-indicator-${index + 1}`,
      label: text(
        `Additional indicator ${index + 1}: feels at home in the neighbourhood`,
        `Bijkomende indicator ${index + 1}: voelt zich thuis in de buurt`,
        `Indicateur supplémentaire ${index + 1} : se sent chez soi dans le quartier`,
      ),
      objectiveId: objectiveIds[index % objectiveIds.length]!,
      kind: share ? 'proportion' : 'mean',
      items: [`q_extra_${index}`],
      ...(share ? { success: { op: 'gte' as const, value: 4 } } : { scale: { min: 1, max: 5 } }),
      unit: share ? 'share' : 'score',
    });
  }
  return list;
}

const groups: GroupKey[] = [
  { age_band: 'under-65' },
  { age_band: '65-plus' },
  { informal_carer: 'yes' },
  { informal_carer: 'no' },
];

function base(indicator: IndicatorDefinitionInput): { mean: number; spread: number; step: number } {
  if (indicator.unit === 'share') return { mean: 0.42, spread: 0.2, step: 0.05 };
  if (indicator.id === 'well-being') return { mean: 54, spread: 18, step: 2.5 };
  if (indicator.id === 'loneliness') return { mean: 2.6, spread: 1.4, step: -0.2 };
  return { mean: 3.2, spread: 0.8, step: 0.12 };
}

function makeCell(
  indicator: IndicatorDefinitionInput,
  waveId: string,
  group: GroupKey,
  n: number,
  value: number,
  spread: number,
): IndicatorCell {
  if (n < 5) return { indicatorId: indicator.id, waveId, group, n, missing: 0, suppressed: true };
  const share = indicator.unit === 'share';
  const se = share ? Math.sqrt((value * (1 - value)) / n) : spread / Math.sqrt(n);
  const cell: IndicatorCell = {
    indicatorId: indicator.id,
    waveId,
    group,
    n,
    missing: Math.round(n * 0.04),
    suppressed: false,
    value,
    ci: [value - 1.96 * se, value + 1.96 * se],
  };
  if (!share) cell.sd = spread;
  if (indicator.kind === 'mean') cell.alpha = 0.78;
  if (indicator.kind === 'mean' || indicator.kind === 'proportion') {
    // A 1-5 answer distribution whose mean sits near the value.
    const centre = share ? 1 + value * 4 : Math.min(5, Math.max(1, value));
    const weights = [1, 2, 3, 4, 5].map((answer) => Math.exp(-((answer - centre) ** 2) / 1.6));
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    cell.distribution = weights.map((weight, index) => ({
      value: index + 1,
      count: Math.round((weight / total) * n),
    }));
  }
  return cell;
}

/** Indicator results for `waves` waves, everyone plus two equity variables; some small groups are suppressed. */
export function buildResults(
  indicators: readonly IndicatorDefinitionInput[],
  options: BuildInputOptions = {},
) {
  const random = seeded(options.seed ?? 7);
  const waves = waveIds.slice(0, options.waves ?? 3);
  const respondents = options.respondents ?? 180;
  const cells: IndicatorCell[] = [];
  indicators.forEach((indicator) => {
    const { mean, spread, step } = base(indicator);
    waves.forEach((waveId, waveIndex) => {
      const value = mean + step * waveIndex + (random() - 0.5) * step * 0.6;
      const n = Math.round(respondents * (0.9 + random() * 0.08));
      cells.push(makeCell(indicator, waveId, {}, n, value, spread));
      for (const group of groups) {
        // Informal carers who answered are few in the last wave: that cell is suppressed.
        const small = group.informal_carer === 'yes' && waveIndex === waves.length - 1;
        const groupN = small ? 3 : Math.round(n * (group.age_band === '65-plus' ? 0.35 : 0.5));
        const shift = group.age_band === '65-plus' ? -spread * 0.15 : spread * 0.05;
        cells.push(makeCell(indicator, waveId, group, groupN, value + shift, spread));
      }
    });
  });
  const results: IndicatorResults = {
    waves,
    groupBy: ['age_band', 'informal_carer'],
    cells,
    respondents: Object.fromEntries(waves.map((waveId) => [waveId, respondents])),
    issues: [],
  };
  return results;
}

function statusFor(
  indicator: IndicatorDefinitionInput,
  change: number,
  significant: boolean,
  to: number,
): ProgressStatus {
  const better = indicator.direction === 'lower-is-better' ? change < 0 : change > 0;
  const targetMet =
    indicator.target !== undefined &&
    (indicator.direction === 'lower-is-better' ? to <= indicator.target : to >= indicator.target);
  if (targetMet) return 'achieved';
  if (!significant) return 'no-change';
  return better ? 'improving' : 'worsening';
}

/** Compares the first and last wave of `results` for every indicator and group. */
export function buildComparison(
  indicators: readonly IndicatorDefinitionInput[],
  results: IndicatorResults,
): WaveComparison {
  const from = results.waves[0]!;
  const to = results.waves[results.waves.length - 1]!;
  const comparisons: IndicatorComparison[] = [];
  const find = (indicatorId: string, waveId: string, group: GroupKey) =>
    results.cells.find(
      (cell) =>
        cell.indicatorId === indicatorId &&
        cell.waveId === waveId &&
        JSON.stringify(cell.group) === JSON.stringify(group),
    );
  for (const indicator of indicators) {
    for (const group of [{}, ...groups]) {
      const a = find(indicator.id, from, group);
      const b = find(indicator.id, to, group);
      if (a === undefined || b === undefined) continue;
      const side = (cell: IndicatorCell) => ({
        waveId: cell.waveId,
        n: cell.n,
        suppressed: cell.suppressed,
        ...(cell.suppressed ? {} : { value: cell.value!, ci: cell.ci! }),
      });
      const entry: IndicatorComparison = {
        indicatorId: indicator.id,
        group,
        from: side(a),
        to: side(b),
        linked: Math.round(Math.min(a.n, b.n) * 0.6),
        test: indicator.unit === 'share' ? 'mcnemar' : 'paired-t',
        status: 'insufficient-data',
      };
      if (!a.suppressed && !b.suppressed) {
        const change = b.value! - a.value!;
        const half = ((a.ci![1] - a.ci![0]) / 2) * 1.1;
        const significant = Math.abs(change) > half;
        entry.change = change;
        entry.changeCi = [change - half, change + half];
        entry.p = significant ? 0.004 : 0.31;
        entry.pAdjusted = significant ? 0.02 : 0.6;
        entry.significant = significant;
        entry.status = statusFor(indicator, change, significant, b.value!);
      }
      comparisons.push(entry);
    }
  }
  return { from, to, adjustment: 'holm', alpha: 0.05, comparisons };
}

/** A complete report input: project, framework, indicators, results and comparison. */
export function buildReportInput(options: BuildInputOptions = {}): ImpactReportInput {
  const indicators = buildIndicators(options.indicators ?? 8);
  const results = buildResults(indicators, options);
  const comparison = buildComparison(indicators, results);
  const waveLabels = [
    text('Baseline', 'Nulmeting', 'Mesure initiale'),
    text('Mid-term', 'Tussentijdse meting', 'Mesure intermédiaire'),
    text('End line', 'Eindmeting', 'Mesure finale'),
    text('Follow-up', 'Opvolgmeting', 'Suivi'),
    text('Second follow-up', 'Tweede opvolgmeting', 'Second suivi'),
  ];
  return {
    project: {
      id: 'zorgzame-buurt-sint-amands',
      name: 'Zorgzame buurt Sint-Amands',
      neighbourhood: 'Sint-Amands centrum',
      municipality: 'Sint-Amands',
      organisation: 'OCMW Sint-Amands',
      period: { start: '2023-01-01', end: '2025-12-31' },
      waves: results.waves.map((id, index) => ({
        id,
        label: waveLabels[index]!,
        date: `${2023 + index}-03-15`,
        invited: 400,
      })),
      languages: ['nl', 'fr'],
      groups: {
        age_band: {
          label: text('Age', 'Leeftijd', 'Âge'),
          values: { 'under-65': text('under 65', 'jonger dan 65', 'moins de 65 ans'), '65-plus': '65+' },
        },
        informal_carer: {
          label: text('Informal carer', 'Mantelzorger', 'Aidant proche'),
          values: { yes: text('yes', 'ja', 'oui'), no: text('no', 'nee', 'non') },
        },
      },
    },
    framework: buildFramework(),
    indicators,
    results,
    comparison,
    lang: options.lang ?? 'en',
    options: { generatedAt: '2025-12-15' },
  };
}
