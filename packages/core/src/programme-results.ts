/**
 * The shapes `aggregateProgramme` produces: plain JSON-safe data for the programme report, the CLI's tables
 * and the server's API.
 */
import type { Issue } from './issue.js';
import type { LocalizedText } from './language.js';
import type { Typology } from './typology.js';

/** What is pooled: an indicator's level in one wave, or its change between two waves. */
export type ProgrammeMeasure =
  | { kind: 'wave'; waveId: string }
  | { kind: 'change'; from: string; to: string };

/**
 * One project's estimate in a pooled cell. `hidden` projects (fewer respondents than the indicator's minimum
 * cell size) are pooled through their variance but carry no numbers here.
 */
export interface ProjectEstimate {
  projectId: string;
  /** Respondents behind the estimate (for a change, the smaller of the two waves). */
  n: number;
  hidden: boolean;
  estimate?: number;
  se?: number;
  /** estimate ± 1.96 · se. */
  ci?: [number, number];
  /** Share of the pooled weight (0-1). */
  weight?: number;
}

/** The pooled result of a cell: a random-effects meta-analysis of the projects' estimates. */
export interface PooledMeta {
  estimate: number;
  se: number;
  ci: [number, number];
  p: number;
  tau2: number;
  i2: number;
  q: number;
  qDf: number;
  qP: number;
  /** Where a new similar project's true value is expected; `null` with fewer than 3 projects. */
  predictionInterval: [number, number] | null;
}

/** Why a cell has no pooled result. */
export type PooledStatus = 'pooled' | 'too-few-projects';

/** One indicator × measure, pooled over all projects or over one level of a breakdown. */
export interface PooledCell {
  indicatorId: string;
  measure: ProgrammeMeasure;
  /** Projects pooled (visible and hidden). */
  k: number;
  /** Pooled projects below the cell-size rule (not listed with numbers). */
  hidden: number;
  /** Small projects left out because together they had fewer respondents than the cell size. */
  leftOut: number;
  status: PooledStatus;
  meta?: PooledMeta;
}

/** The overall pooled cell with each project's estimate (a forest plot's rows). */
export interface PooledOverall extends PooledCell {
  projects: ProjectEstimate[];
}

/** One level of a breakdown (a typology cluster or a value of a categorical context variable). */
export interface PooledLevel extends PooledCell {
  level: string;
}

/**
 * An indicator × measure broken down by a project variable: subgroups with a between-groups Q test for a
 * categorical variable (and the typology), or a meta-regression slope for a numeric one.
 */
export interface ProgrammeBreakdown {
  indicatorId: string;
  measure: ProgrammeMeasure;
  /** `cluster` for the typology, otherwise the context variable. */
  variable: string;
  kind: 'categorical' | 'continuous';
  levels?: PooledLevel[];
  /** Between-groups Q test over the levels with at least 2 projects. */
  test?: { qBetween: number; df: number; p: number };
  /** For a numeric variable: the change in the pooled value per unit of the variable. */
  slope?: { estimate: number; se: number; ci: [number, number]; p: number; tau2: number; k: number };
}

/** Which projects measured an indicator, per wave: published, below the cell size, or not at all. */
export interface CoverageRow {
  projectId: string;
  indicatorId: string;
  waves: Record<string, 'measured' | 'suppressed' | 'absent'>;
}

/** An indicator of the programme, as the report names it. */
export interface ProgrammeIndicator {
  id: string;
  label?: LocalizedText;
  objectiveId?: string;
  kind: 'mean' | 'proportion' | 'count' | 'scale' | 'composite';
  direction: 'higher-is-better' | 'lower-is-better';
  unit?: 'share' | 'score' | 'count';
  minCellSize: number;
}

/** Everything `aggregateProgramme` returns. */
export interface ProgrammeResults {
  name?: string;
  method: 'FE' | 'DL' | 'REML';
  ci: 'wald' | 'hartung-knapp';
  projects: {
    id: string;
    name?: string;
    cluster?: number;
    context: Record<string, string | number | null>;
  }[];
  /** Indicators pooled: those at least 2 projects share, in definition order. */
  indicators: ProgrammeIndicator[];
  waves: string[];
  changes: { from: string; to: string }[];
  pooled: PooledOverall[];
  breakdowns: ProgrammeBreakdown[];
  coverage: CoverageRow[];
  typology?: Typology;
  issues: Issue[];
}
