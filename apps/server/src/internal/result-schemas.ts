import {
  LocalizedTextSchema,
  type ProgressSummary,
  type PublishedIndicatorResults,
  type PublishedWaveComparison,
  TocNodeKindSchema,
} from '@neighbourly/core';
import { z } from 'zod';

/*
 * The answers of the indicator routes, for the OpenAPI document: the shapes @neighbourly/core computes
 * (`IndicatorResults`, `WaveComparison`, `ProgressSummary`). The type checks at the end keep them able to hold
 * whatever core produces; the conformance test checks real answers against them.
 */

const Interval = z.tuple([z.number(), z.number()]);
const Group = z.record(z.string(), z.string()).describe('The subgroup; `{}` is everyone');
const ProgressStatus = z.enum(['achieved', 'improving', 'no-change', 'worsening', 'insufficient-data']);
const Test = z.enum([
  'paired-t',
  'wilcoxon-signed-rank',
  'welch-t',
  'mann-whitney-u',
  'two-proportion-z',
  'mcnemar',
  'none',
]);

const Suppression = z
  .enum(['small-cell', 'complementary'])
  .describe(
    '`small-cell`: fewer respondents than minCellSize; `complementary`: hidden so a small neighbour group cannot be worked out',
  );

/** A suppressed cell: where it is and why, and no number at all (not even `n`). */
const SuppressedCell = z.object({
  indicatorId: z.string(),
  waveId: z.string(),
  group: Group,
  suppressed: z.literal(true),
  suppression: Suppression,
});

const VisibleCell = z.object({
  indicatorId: z.string(),
  waveId: z.string(),
  group: Group,
  n: z.int(),
  missing: z.int(),
  suppressed: z.literal(false),
  value: z.number().optional(),
  ci: Interval.optional().describe('95% confidence interval'),
  sd: z.number().optional(),
  alpha: z.number().optional().describe('Cronbach’s alpha of multi-item indicators'),
  distribution: z
    .array(z.object({ value: z.number(), count: z.int(), range: Interval.optional() }))
    .optional(),
});

const Cell = z.union([VisibleCell, SuppressedCell]);

/** `GET /api/projects/:projectId/indicators`. */
export const IndicatorResultsView = z.object({
  waves: z.array(z.string()),
  groupBy: z.array(z.string()),
  cells: z.array(Cell),
  respondents: z.record(z.string(), z.int()),
  issues: z.array(
    z.object({
      code: z.string(),
      path: z.array(z.union([z.string(), z.number()])),
      message: z.string(),
      severity: z.enum(['error', 'warning']).optional(),
    }),
  ),
  indicators: z
    .array(
      z.object({
        id: z.string(),
        kind: z.enum(['mean', 'proportion', 'count', 'scale', 'composite']),
        direction: z.enum(['higher-is-better', 'lower-is-better']),
        unit: z.enum(['share', 'score', 'count']).optional(),
        baseline: z.number().optional(),
        target: z.number().optional(),
        minCellSize: z.int(),
      }),
    )
    .optional(),
});

const Side = z.union([
  z.object({
    waveId: z.string(),
    n: z.int(),
    value: z.number().optional(),
    ci: Interval.optional(),
    suppressed: z.literal(false),
  }),
  z.object({ waveId: z.string(), suppressed: z.literal(true), suppression: Suppression }),
]);

/** `GET /api/projects/:projectId/comparison`. */
export const WaveComparisonView = z.object({
  from: z.string(),
  to: z.string(),
  adjustment: z.enum(['holm', 'bh', 'none']),
  alpha: z.number(),
  comparisons: z.array(
    z.object({
      indicatorId: z.string(),
      group: Group,
      from: Side,
      to: Side,
      linked: z.int().optional().describe('Left out when a side is suppressed'),
      change: z.number().optional(),
      changeCi: Interval.optional(),
      test: Test,
      secondaryTest: z.object({ test: Test, p: z.number() }).optional(),
      statistic: z.number().optional(),
      p: z.number().optional(),
      pAdjusted: z.number().optional(),
      significant: z.boolean().optional(),
      effectSize: z
        .object({ kind: z.enum(['cohens-d', 'hedges-g', 'cohens-h', 'dz']), value: z.number() })
        .optional(),
      status: ProgressStatus,
      progress: z.number().optional(),
      note: z.string().optional(),
    }),
  ),
});

const NodeStatus = z.enum([...ProgressStatus.options, 'mixed', 'not-measured']);

/** The progress of `GET /api/projects/:projectId/theory-of-change`. */
export const ProgressSummaryView = z.object({
  from: z.string().optional(),
  to: z.string().optional(),
  nodes: z.array(
    z.object({
      nodeId: z.string(),
      kind: TocNodeKindSchema,
      label: LocalizedTextSchema,
      objectiveIds: z.array(z.string()),
      indicators: z.array(
        z.object({
          indicatorId: z.string(),
          collected: z.boolean(),
          waves: z.array(z.string()),
          latest: z.object({ waveId: z.string(), value: z.number(), n: z.int() }).optional(),
          status: ProgressStatus.optional(),
          change: z.number().optional(),
          significant: z.boolean().optional(),
          pAdjusted: z.number().optional(),
        }),
      ),
      status: NodeStatus,
    }),
  ),
  counts: z
    .object(
      Object.fromEntries(NodeStatus.options.map((status) => [status, z.int()])) as Record<
        z.infer<typeof NodeStatus>,
        z.ZodInt
      >,
    )
    .describe('Nodes per status'),
});

// Whatever core computes fits these schemas (checked by the compiler).
type Fits<Core, Schema extends z.ZodType> = Core extends z.output<Schema> ? true : never;
const fits: [
  Fits<PublishedIndicatorResults, typeof IndicatorResultsView>,
  Fits<PublishedWaveComparison, typeof WaveComparisonView>,
  Fits<ProgressSummary, typeof ProgressSummaryView>,
] = [true, true, true];
void fits;
