import { type MetaResult, metaRegression, randomEffectsMeta, StatsError } from '@neighbourly/stats';
import { z } from 'zod';
import { CoreError } from './core-error.js';
import { type IndicatorDefinitionInput, IndicatorDefinitionSchema } from './indicator-definition.js';
import type { IndicatorCell, IndicatorResults } from './indicator-results.js';
import { type CellEstimate, cellEstimate } from './internal/project-estimate.js';
import type { Issue } from './issue.js';
import type {
  CoverageRow,
  PooledCell,
  PooledLevel,
  PooledMeta,
  PooledOverall,
  ProgrammeBreakdown,
  ProgrammeIndicator,
  ProgrammeMeasure,
  ProgrammeResults,
  ProjectEstimate,
} from './programme-results.js';
import { buildTypology, type Typology } from './typology.js';

const ContextValueSchema = z.union([z.string(), z.number(), z.null()]);

/** How a programme is pooled; see {@link aggregateProgramme}. */
export const ProgrammeOptionsSchema = z.strictObject({
  /** The programme's name, for reports. */
  name: z.string().min(1).optional(),
  /** τ² estimator: REML (default), DL, or FE (no between-project variance). */
  method: z.enum(['FE', 'DL', 'REML']).default('REML'),
  /** Confidence intervals of pooled values: Hartung–Knapp (default) or Wald. */
  ci: z.enum(['wald', 'hartung-knapp']).default('hartung-knapp'),
  /** Waves to pool, in order; default: every wave seen, in the order projects list them. */
  waves: z.array(z.string().min(1)).min(1).optional(),
  /** Changes to pool; default: each wave to the next and, with more than two waves, the first to the last. */
  changes: z.array(z.strictObject({ from: z.string().min(1), to: z.string().min(1) })).optional(),
  /** Indicators to pool (default: every indicator at least one project computed, counts excepted). */
  indicators: z.array(z.string().min(1)).optional(),
  /** Context variables to break down by: numbers give a slope, text gives subgroups. */
  by: z.array(z.string().min(1)).default([]),
  /** Build a typology (Ward on standardised context variables) and break down by its clusters. */
  typology: z
    .strictObject({ vars: z.array(z.string().min(1)).min(1), k: z.number().int().min(2) })
    .optional(),
});
/** Options of {@link aggregateProgramme} as written (defaults optional). */
export type ProgrammeOptions = z.input<typeof ProgrammeOptionsSchema>;

/** One project of a programme: its id, context variables and indicator results. */
export interface ProgrammeProject {
  id: string;
  name?: string;
  context?: Readonly<Record<string, string | number | null>>;
  /**
   * Results of `computeIndicators`. Results computed in this process also let projects below the cell size
   * be pooled (through their variance, never shown); results read back from storage leave them out.
   */
  results: IndicatorResults;
}

/** What `aggregateProgramme` needs besides the options. */
export interface AggregateProgrammeInput {
  projects: readonly ProgrammeProject[];
  /** Indicator definitions, for labels and objectives in the results (optional). */
  definitions?: readonly IndicatorDefinitionInput[];
}

interface Entry {
  project: number;
  value: CellEstimate;
}

const Z975 = 1.959963984540054;

/** Levels in natural order (`2` before `10`); built once, as collators are slow to make. */
const levelOrder = new Intl.Collator('en', { numeric: true });

function toMeta(r: MetaResult): PooledMeta {
  return {
    estimate: r.estimate,
    se: r.se,
    ci: r.ci,
    p: r.p,
    tau2: r.tau2,
    i2: r.i2,
    q: r.q,
    qDf: r.qDf,
    qP: r.qP,
    predictionInterval: r.predictionInterval,
  };
}

/**
 * The projects' estimates that may be pooled in one cell: every visible one, and the hidden (small) ones
 * only when together they have at least `minCellSize` respondents, so no small group's value can be worked
 * out from the pooled result.
 */
function eligible(entries: readonly Entry[], minCellSize: number): { use: Entry[]; leftOut: number } {
  const hidden = entries.filter((e) => e.value.hidden);
  const hiddenN = hidden.reduce((sum, e) => sum + e.value.n, 0);
  if (hidden.length === 0 || hiddenN >= minCellSize) return { use: [...entries], leftOut: 0 };
  return { use: entries.filter((e) => !e.value.hidden), leftOut: hidden.length };
}

/**
 * Pools many projects' indicators: for each shared indicator and wave, and for each wave-over-wave change,
 * a random-effects meta-analysis of the projects' estimates weighted by their standard errors (from the
 * engine's intervals), overall, by typology cluster and by any project context variable. Projects below an
 * indicator's minimum cell size are pooled through their variances but never listed with numbers (and left
 * out of a cell when the small ones together have fewer respondents than the cell size). A change's
 * standard error is √(se_from² + se_to²), which treats the waves as independent samples (conservative
 * for panels).
 *
 * @throws {CoreError} `invalid-input` for invalid options, duplicate project ids or no projects.
 * @example
 * const programme = aggregateProgramme(
 *   { projects: [{ id: 'noord', context: { density: 5200 }, results }, …], definitions },
 *   { typology: { vars: ['density', 'older_share'], k: 4 }, by: ['density'] },
 * );
 * programme.pooled[0]?.meta; // { estimate, ci, tau2, i2, predictionInterval, … }
 */
export function aggregateProgramme(
  input: AggregateProgrammeInput,
  options: ProgrammeOptions = {},
): ProgrammeResults {
  const parsed = ProgrammeOptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new CoreError('invalid-input', `invalid programme options: ${z.prettifyError(parsed.error)}`);
  }
  const opts = parsed.data;
  const { projects } = input;
  if (projects.length === 0) throw new CoreError('invalid-input', 'a programme needs at least one project');
  const ids = new Set<string>();
  for (const project of projects) {
    if (ids.has(project.id)) throw new CoreError('invalid-input', `project id "${project.id}" appears twice`);
    ids.add(project.id);
    for (const [key, value] of Object.entries(project.context ?? {})) {
      if (!ContextValueSchema.safeParse(value).success) {
        throw new CoreError(
          'invalid-input',
          `project "${project.id}": context "${key}" must be text, a number or null`,
        );
      }
    }
  }
  const issues: Issue[] = [];
  const indicators = programmeIndicators(projects, input.definitions ?? [], opts.indicators);
  const waves = opts.waves ?? unionInOrder(projects.map((p) => p.results.waves));
  const changes = opts.changes ?? defaultChanges(waves);
  for (const change of changes) {
    for (const wave of [change.from, change.to]) {
      if (!waves.includes(wave))
        throw new CoreError('invalid-input', `change wave "${wave}" is not among the waves`);
    }
  }

  // Whole-wave cells of each project, by indicator and wave.
  const cellIndex = projects.map((project) => {
    const map = new Map<string, IndicatorCell>();
    for (const cell of project.results.cells) {
      if (Object.keys(cell.group).length === 0) map.set(`${cell.indicatorId}\u0000${cell.waveId}`, cell);
    }
    return map;
  });

  const coverage: CoverageRow[] = [];
  const perWave = new Map<string, (CellEstimate | undefined)[][]>(); // indicator → wave → project
  for (const indicator of indicators) {
    const table = waves.map(() => new Array<CellEstimate | undefined>(projects.length));
    projects.forEach((project, p) => {
      const summary = project.results.indicators?.find((s) => s.id === indicator.id);
      const row: CoverageRow = { projectId: project.id, indicatorId: indicator.id, waves: {} };
      waves.forEach((wave, w) => {
        const cell = cellIndex[p]?.get(`${indicator.id}\u0000${wave}`);
        row.waves[wave] = !cell || cell.n === 0 ? 'absent' : cell.suppressed ? 'suppressed' : 'measured';
        if (summary)
          (table[w] as (CellEstimate | undefined)[])[p] = cellEstimate(project.results, cell, summary);
      });
      coverage.push(row);
    });
    perWave.set(indicator.id, table);
  }

  let typology: Typology | undefined;
  const clusterOf = new Map<string, number>();
  if (opts.typology) {
    const { vars, k } = opts.typology;
    const complete = projects.filter((project) =>
      vars.every((name) => typeof project.context?.[name] === 'number'),
    );
    for (const project of projects) {
      if (!complete.includes(project)) {
        issues.push({
          code: 'incomplete-context',
          path: ['projects', project.id, 'context'],
          message: `project "${project.id}" lacks a number for ${vars.filter((v) => typeof project.context?.[v] !== 'number').join(', ')}: left out of the typology`,
          severity: 'warning',
        });
      }
    }
    typology = buildTypology(
      complete.map((project) => ({ id: project.id, context: project.context ?? {} })),
      { vars, k },
    );
    for (const [i, id] of typology.ids.entries()) clusterOf.set(id, typology.clusters[i] as number);
  }

  const measures: ProgrammeMeasure[] = [
    ...waves.map((waveId) => ({ kind: 'wave' as const, waveId })),
    ...changes.map(({ from, to }) => ({ kind: 'change' as const, from, to })),
  ];
  const pooled: PooledOverall[] = [];
  const breakdowns: ProgrammeBreakdown[] = [];
  for (const indicator of indicators) {
    const table = perWave.get(indicator.id) as (CellEstimate | undefined)[][];
    for (const measure of measures) {
      const entries = measureEntries(table, measure, waves, projects.length);
      const overall = poolCell(indicator, measure, entries, opts);
      const shown = new Map(overall.weights);
      pooled.push({
        ...overall.cell,
        projects: entries.map(({ project, value }) =>
          projectRow(projects[project]?.id as string, value, shown.get(project)),
        ),
      });
      const variables = [...(typology ? ['cluster'] : []), ...opts.by];
      for (const variable of variables) {
        const levelOf = (p: number): string | number | null | undefined =>
          variable === 'cluster' && typology
            ? clusterOf.get(projects[p]?.id as string)
            : projects[p]?.context?.[variable];
        const breakdown = breakDown(indicator, measure, entries, variable, levelOf, opts, issues);
        if (breakdown) breakdowns.push(breakdown);
      }
    }
  }

  return {
    ...(opts.name ? { name: opts.name } : {}),
    method: opts.method,
    ci: opts.ci,
    projects: projects.map((project) => ({
      id: project.id,
      ...(project.name ? { name: project.name } : {}),
      ...(clusterOf.has(project.id) ? { cluster: clusterOf.get(project.id) as number } : {}),
      context: { ...(project.context ?? {}) },
    })),
    indicators,
    waves,
    changes,
    pooled,
    breakdowns,
    coverage,
    ...(typology ? { typology } : {}),
    issues,
  };
}

/** Each wave to the next and, with more than two waves, the first to the last. */
function defaultChanges(waves: readonly string[]): { from: string; to: string }[] {
  const changes = waves.slice(1).map((to, i) => ({ from: waves[i] as string, to }));
  if (waves.length > 2) changes.push({ from: waves[0] as string, to: waves[waves.length - 1] as string });
  return changes;
}

function unionInOrder(lists: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (const list of lists) {
    let at = 0;
    for (const item of list) {
      const found = out.indexOf(item);
      if (found === -1) out.splice(at++, 0, item);
      else at = found + 1;
    }
  }
  return out;
}

function programmeIndicators(
  projects: readonly ProgrammeProject[],
  definitions: readonly IndicatorDefinitionInput[],
  only: readonly string[] | undefined,
): ProgrammeIndicator[] {
  const byId = new Map<string, ProgrammeIndicator>();
  for (const input of definitions) {
    const parsed = IndicatorDefinitionSchema.safeParse(input);
    if (!parsed.success) continue;
    const d = parsed.data;
    byId.set(d.id, {
      id: d.id,
      label: d.label,
      objectiveId: d.objectiveId,
      kind: d.kind,
      direction: d.direction,
      ...(d.unit ? { unit: d.unit } : {}),
      minCellSize: d.minCellSize,
    });
  }
  const seen = new Set<string>();
  for (const project of projects) {
    for (const summary of project.results.indicators ?? []) {
      seen.add(summary.id);
      if (!byId.has(summary.id)) {
        byId.set(summary.id, {
          id: summary.id,
          kind: summary.kind,
          direction: summary.direction,
          ...(summary.unit ? { unit: summary.unit } : {}),
          minCellSize: summary.minCellSize,
        });
      }
    }
  }
  return [...byId.values()].filter(
    (indicator) =>
      seen.has(indicator.id) && indicator.kind !== 'count' && (!only || only.includes(indicator.id)),
  );
}

function measureEntries(
  table: readonly (CellEstimate | undefined)[][],
  measure: ProgrammeMeasure,
  waves: readonly string[],
  projects: number,
): Entry[] {
  const entries: Entry[] = [];
  for (let p = 0; p < projects; p++) {
    if (measure.kind === 'wave') {
      const value = table[waves.indexOf(measure.waveId)]?.[p];
      if (value) entries.push({ project: p, value });
      continue;
    }
    const from = table[waves.indexOf(measure.from)]?.[p];
    const to = table[waves.indexOf(measure.to)]?.[p];
    if (!from || !to) continue;
    entries.push({
      project: p,
      value: {
        estimate: to.estimate - from.estimate,
        se: Math.sqrt(from.se * from.se + to.se * to.se),
        n: Math.min(from.n, to.n),
        hidden: from.hidden || to.hidden,
      },
    });
  }
  return entries;
}

function poolCell(
  indicator: ProgrammeIndicator,
  measure: ProgrammeMeasure,
  entries: readonly Entry[],
  opts: z.output<typeof ProgrammeOptionsSchema>,
): { cell: PooledCell; weights: [number, number][] } {
  const { use, leftOut } = eligible(entries, indicator.minCellSize);
  const cell: PooledCell = {
    indicatorId: indicator.id,
    measure,
    k: use.length,
    hidden: use.filter((e) => e.value.hidden).length,
    leftOut,
    status: use.length >= 2 ? 'pooled' : 'too-few-projects',
  };
  if (use.length < 2) return { cell, weights: [] };
  const result = randomEffectsMeta(
    use.map((e) => e.value.estimate),
    use.map((e) => e.value.se * e.value.se),
    { method: opts.method, ci: opts.ci },
  );
  cell.meta = toMeta(result);
  return { cell, weights: use.map((e, i) => [e.project, result.weights[i] as number]) };
}

function projectRow(projectId: string, value: CellEstimate, weight: number | undefined): ProjectEstimate {
  if (value.hidden) return { projectId, n: value.n, hidden: true };
  const half = Z975 * value.se;
  return {
    projectId,
    n: value.n,
    hidden: false,
    estimate: value.estimate,
    se: value.se,
    ci: [value.estimate - half, value.estimate + half],
    ...(weight !== undefined ? { weight } : {}),
  };
}

function breakDown(
  indicator: ProgrammeIndicator,
  measure: ProgrammeMeasure,
  entries: readonly Entry[],
  variable: string,
  levelOf: (project: number) => string | number | null | undefined,
  opts: z.output<typeof ProgrammeOptionsSchema>,
  issues: Issue[],
): ProgrammeBreakdown | undefined {
  const withValue = entries.filter((e) => {
    const value = levelOf(e.project);
    return value !== null && value !== undefined && value !== '';
  });
  const numeric = variable !== 'cluster' && withValue.every((e) => typeof levelOf(e.project) === 'number');
  const base = { indicatorId: indicator.id, measure, variable };
  if (numeric) {
    const { use } = eligible(withValue, indicator.minCellSize);
    const breakdown: ProgrammeBreakdown = { ...base, kind: 'continuous' };
    if (use.length < 3) return breakdown;
    try {
      const r = metaRegression(
        use.map((e) => e.value.estimate),
        use.map((e) => e.value.se * e.value.se),
        use.map((e) => levelOf(e.project) as number),
        { method: opts.method, ci: opts.ci, moderator: 'continuous' },
      );
      if (r.kind === 'continuous') {
        const { estimate, se, ci, p } = r.slope;
        breakdown.slope = { estimate, se, ci, p, tau2: r.tau2, k: r.k };
      }
    } catch (error) {
      if (!(error instanceof StatsError)) throw error;
      issues.push({
        code: 'no-slope',
        path: ['breakdowns', indicator.id, variable],
        message: error.message,
        severity: 'warning',
      });
    }
    return breakdown;
  }
  const groups = new Map<string, Entry[]>();
  for (const entry of withValue) {
    const level = String(levelOf(entry.project));
    const list = groups.get(level) ?? [];
    list.push(entry);
    groups.set(level, list);
  }
  const levelNames = [...groups.keys()].sort(levelOrder.compare);
  const levels: PooledLevel[] = [];
  const tested: Entry[] = [];
  const testedLevels: string[] = [];
  for (const level of levelNames) {
    const { cell } = poolCell(indicator, measure, groups.get(level) as Entry[], opts);
    levels.push({ ...cell, level });
    if (cell.status === 'pooled') {
      const { use } = eligible(groups.get(level) as Entry[], indicator.minCellSize);
      tested.push(...use);
      testedLevels.push(...use.map(() => level));
    }
  }
  const breakdown: ProgrammeBreakdown = { ...base, kind: 'categorical', levels };
  if (new Set(testedLevels).size >= 2) {
    try {
      const r = metaRegression(
        tested.map((e) => e.value.estimate),
        tested.map((e) => e.value.se * e.value.se),
        testedLevels,
        { method: opts.method, ci: opts.ci, moderator: 'categorical' },
      );
      if (r.kind === 'categorical')
        breakdown.test = { qBetween: r.qBetween, df: r.qBetweenDf, p: r.qBetweenP };
    } catch (error) {
      if (!(error instanceof StatsError)) throw error;
      issues.push({
        code: 'no-subgroup-test',
        path: ['breakdowns', indicator.id, variable],
        message: error.message,
        severity: 'warning',
      });
    }
  }
  return breakdown;
}
