import type { IndicatorDefinition, ResponseColumns } from '@neighbourly/core';
import { programmeIndicators } from './programme-indicators.js';
import { createRandom, type Random } from './random.js';

/** The four made-up kinds of neighbourhood the synthetic projects come from. */
export type ProgrammeKind = 'urban-deprived' | 'suburban-ageing' | 'rural-ageing' | 'small-town-network';

/** A project's context variables, the columns a typology clusters on. */
export interface ProgrammeContext {
  /** Inhabitants per km². */
  density: number;
  population: number;
  /** % of residents aged 65 and over. */
  older_share: number;
  /** Deprivation index, 0-100. */
  deprivation: number;
  /** Partner organisations. */
  partners: number;
  /** Building blocks the project works on (1-8). */
  focus_areas: number;
}

/** One synthetic project of a {@link DemoProgramme}. */
export interface DemoProgrammeProject {
  /** `project-001` … */
  id: string;
  name: string;
  kind: ProgrammeKind;
  context: ProgrammeContext;
  /** Residents answering per wave (some projects are tiny on purpose: their cells are suppressed). */
  respondentsPerWave: number;
  /** The waves this project ran (some have not reached the end yet). */
  waves: string[];
  /** The indicators it measured (a subset of the programme's). */
  indicators: string[];
  /** The true baseline level and the true change from baseline to end, on the 1-5 answer scale. */
  truth: Record<string, { baseline: number; change: number }>;
}

/** A synthetic programme: many projects sharing (a subset of) one indicator set. */
export interface DemoProgramme {
  name: string;
  seed: number;
  waves: string[];
  indicators: IndicatorDefinition[];
  projects: DemoProgrammeProject[];
  /** Responses over all projects and waves. */
  totalResponses: number;
}

/** Options of {@link createDemoProgramme}. */
export interface DemoProgrammeOptions {
  /** Seed of the generator (default 20). */
  seed?: number;
  /** Number of projects (default 132, as many as the Flemish programme had). */
  projects?: number;
  /** Median respondents per project and wave (default 275: about 120,000 responses for 132 projects). */
  medianRespondents?: number;
  /** Projects with only 2-4 respondents per wave, below any cell size (default 5). */
  smallProjects?: number;
}

const WAVES = ['baseline', 'mid-term', 'end'];

interface KindSpec {
  kind: ProgrammeKind;
  share: number;
  /** mean and sd of each context variable. */
  context: Record<keyof ProgrammeContext, [number, number]>;
  /** Added to every indicator's true change: some kinds of neighbourhood gain more. */
  effectShift: number;
}

const kinds: KindSpec[] = [
  {
    kind: 'urban-deprived',
    share: 0.27,
    context: {
      density: [6000, 1500],
      population: [12000, 3000],
      older_share: [14, 3],
      deprivation: [65, 10],
      partners: [14, 4],
      focus_areas: [5, 1],
    },
    effectShift: 0.12,
  },
  {
    kind: 'suburban-ageing',
    share: 0.3,
    context: {
      density: [1500, 500],
      population: [8000, 2000],
      older_share: [24, 3],
      deprivation: [25, 8],
      partners: [8, 3],
      focus_areas: [4, 1],
    },
    effectShift: 0,
  },
  {
    kind: 'rural-ageing',
    share: 0.28,
    context: {
      density: [200, 80],
      population: [3000, 1000],
      older_share: [27, 3],
      deprivation: [35, 8],
      partners: [5, 2],
      focus_areas: [3, 1],
    },
    effectShift: -0.08,
  },
  {
    kind: 'small-town-network',
    share: 0.15,
    context: {
      density: [2500, 600],
      population: [5000, 1500],
      older_share: [20, 3],
      deprivation: [50, 10],
      partners: [18, 4],
      focus_areas: [7, 1],
    },
    effectShift: 0.2,
  },
];

const bounds: Record<keyof ProgrammeContext, [number, number, number]> = {
  // low, high, decimals
  density: [30, 20000, 0],
  population: [500, 40000, 0],
  older_share: [5, 45, 1],
  deprivation: [0, 100, 1],
  partners: [1, 40, 0],
  focus_areas: [1, 8, 0],
};

/** The kind of neighbourhood at a position in [0, 1) of the cumulative shares. */
function kindAt(position: number): KindSpec {
  let cumulative = 0;
  for (const spec of kinds) {
    cumulative += spec.share;
    if (position < cumulative) return spec;
  }
  return kinds[kinds.length - 1] as KindSpec;
}

/** Indicators every project measures; the others each with probability 0.8. */
const CORE_INDICATORS = 8;

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

function drawContext(spec: KindSpec, random: Random): ProgrammeContext {
  const context = {} as ProgrammeContext;
  for (const key of Object.keys(bounds) as (keyof ProgrammeContext)[]) {
    const [mean, sd] = spec.context[key];
    const [low, high, decimals] = bounds[key];
    context[key] = round(clamp(mean + sd * random.normal(), low, high), decimals);
  }
  return context;
}

/**
 * A seeded synthetic programme: by default 132 projects from four kinds of neighbourhood, each with context
 * variables, a size (median 275 residents per wave, a few tiny projects), the waves it ran, the indicators it
 * measured and true effects that differ between projects (a mean per indicator, a shift per kind of
 * neighbourhood and project-level noise with sd 0.12). {@link programmeColumns} generates a project's answers.
 *
 * @example
 * const programme = createDemoProgramme();
 * for (const project of programme.projects) {
 *   const results = computeIndicatorsSync({
 *     definitions: programme.indicators,
 *     records: [programmeColumns(programme, project)],
 *   });
 * }
 */
export function createDemoProgramme(options: DemoProgrammeOptions = {}): DemoProgramme {
  const { seed = 20, projects: count = 132, medianRespondents = 275, smallProjects = 5 } = options;
  const random = createRandom(seed);
  const indicators = programmeIndicators;
  // Mean true change per indicator: most improve a little, a few hardly move.
  const meanChange = indicators.map((_, i) => [0.25, 0.15, 0.05, 0.3, 0.1][i % 5] as number);
  const baselineLevel = indicators.map(() => 2.7 + 0.6 * random.next());
  const projects: DemoProgrammeProject[] = [];
  let totalResponses = 0;
  for (let p = 0; p < count; p++) {
    const spec = kindAt((p + 0.5) / count);
    const small = p % Math.max(1, Math.floor(count / Math.max(1, smallProjects))) === 3 && smallProjects > 0;
    const respondentsPerWave = small
      ? 2 + random.int(3)
      : Math.round(clamp(medianRespondents * Math.exp(0.6 * random.normal()), 12, 8 * medianRespondents));
    const waves = random.next() < 0.1 ? WAVES.slice(0, 2) : [...WAVES];
    const measured = indicators.filter((_, i) => i < CORE_INDICATORS || random.next() < 0.8).map((d) => d.id);
    const truth: DemoProgrammeProject['truth'] = {};
    indicators.forEach((definition, i) => {
      truth[definition.id] = {
        baseline: (baselineLevel[i] as number) + 0.25 * random.normal(),
        change: (meanChange[i] as number) + spec.effectShift + 0.12 * random.normal(),
      };
    });
    const id = `project-${String(p + 1).padStart(3, '0')}`;
    projects.push({
      id,
      name: `Zorgzame buurt ${p + 1}`,
      kind: spec.kind,
      context: drawContext(spec, random),
      respondentsPerWave,
      waves,
      indicators: measured,
      truth,
    });
    totalResponses += respondentsPerWave * waves.length;
  }
  return { name: 'Zorgzame buurten', seed, waves: [...WAVES], indicators, projects, totalResponses };
}

/**
 * One project's answers as a column batch for the indicator engine: `respondentsPerWave` residents per wave,
 * each item answered 1-5 from the project's true level (baseline + change × share of the way to the end) plus
 * person-level noise, about 3% missing. Deterministic per programme seed and project.
 */
export function programmeColumns(programme: DemoProgramme, project: DemoProgrammeProject): ResponseColumns {
  const index = Math.max(
    0,
    programme.projects.findIndex((p) => p.id === project.id),
  );
  const random = createRandom(programme.seed * 100_003 + index * 7919 + 1);
  const n = project.respondentsPerWave;
  const length = n * project.waves.length;
  const waveId: string[] = [];
  for (const wave of project.waves) for (let r = 0; r < n; r++) waveId.push(wave);
  const answers: Record<string, Float64Array> = {};
  for (const id of project.indicators) {
    const truth = project.truth[id] as { baseline: number; change: number };
    const column = new Float64Array(length);
    for (let row = 0; row < length; row++) {
      const step = programme.waves.indexOf(waveId[row] as string) / (programme.waves.length - 1);
      column[row] =
        random.next() < 0.03
          ? Number.NaN
          : clamp(Math.round(truth.baseline + step * truth.change + 0.9 * random.normal()), 1, 5);
    }
    answers[id] = column;
  }
  return { kind: 'columns', length, waveId, answers };
}

/** The projects' context table as CSV (`id,name,kind,density,…`), as `neighbourly programme --context` reads it. */
export function programmeContextCsv(programme: DemoProgramme): string {
  const keys = Object.keys(bounds) as (keyof ProgrammeContext)[];
  const lines = [['id', 'name', 'kind', ...keys].join(',')];
  for (const project of programme.projects) {
    lines.push(
      [project.id, project.name, project.kind, ...keys.map((key) => project.context[key])].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
