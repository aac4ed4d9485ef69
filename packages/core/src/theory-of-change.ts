import { z } from 'zod';
import { type Framework, listObjectives } from './framework.js';
import { IdSchema } from './indicator-definition.js';
import { findCycles, reachableFrom } from './internal/graph.js';
import { fromZodIssues } from './internal/zod-issues.js';
import type { Issue, Result } from './issue.js';
import { LocalizedTextSchema } from './language.js';

/** The kinds of theory-of-change nodes, in the order the model reads (left to right). */
export const TocNodeKindSchema = z.enum(['input', 'activity', 'output', 'outcome', 'impact']);
/** `input`, `activity`, `output`, `outcome` or `impact`. */
export type TocNodeKind = z.infer<typeof TocNodeKindSchema>;
/** The node kinds in reading order. */
export const tocNodeKinds: readonly TocNodeKind[] = TocNodeKindSchema.options;

/** One box of a theory of change. */
export const TocNodeSchema = z
  .object({
    id: IdSchema,
    kind: TocNodeKindSchema,
    label: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    /** Framework objectives this node serves (outcome and process objective ids). */
    objectiveIds: z.array(IdSchema).default([]),
    /** Indicators that measure this node (mostly on outcome nodes). */
    indicatorIds: z.array(IdSchema).default([]),
    /** Framework building blocks this node belongs to (mostly on activity nodes). */
    buildingBlockIds: z.array(IdSchema).default([]),
  })
  .strict();
/** A node of a theory of change. */
export type TocNode = z.infer<typeof TocNodeSchema>;

/** One arrow: `from` is expected to lead to `to`, provided the `assumption` holds. */
export const TocEdgeSchema = z
  .object({
    from: IdSchema,
    to: IdSchema,
    /** What must hold for `from` to lead to `to`. */
    assumption: LocalizedTextSchema.optional(),
  })
  .strict();
/** An edge of a theory of change. */
export type TocEdge = z.infer<typeof TocEdgeSchema>;

/**
 * A theory of change: a directed graph from inputs and activities, through outputs, to outcomes
 * and impact, with the assumptions on its arrows. Outcome nodes name the framework objectives
 * they serve and the indicators that measure them.
 */
export const TheoryOfChangeSchema = z
  .object({
    id: IdSchema,
    label: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    /** The framework whose objective ids the nodes use. */
    frameworkId: IdSchema.optional(),
    nodes: z.array(TocNodeSchema).min(1),
    edges: z.array(TocEdgeSchema).default([]),
  })
  .strict();
/** A theory of change as used in code (defaults applied). */
export type TheoryOfChange = z.infer<typeof TheoryOfChangeSchema>;
/** A theory of change as written in JSON (defaults optional). */
export type TheoryOfChangeInput = z.input<typeof TheoryOfChangeSchema>;

/** What {@link validateTheoryOfChange} checks ids against. */
export interface ValidateTheoryOfChangeOptions {
  /** Check `objectiveIds` and `buildingBlockIds` against this framework. */
  framework?: Framework;
  /** Check `indicatorIds` against these indicators (definitions or bare ids). */
  indicators?: readonly (string | { id: string })[];
}

/**
 * Validates a theory of change (a parsed JSON value) and returns it with defaults applied, or the
 * issues found. Never throws.
 *
 * Errors (`ok: false`): schema problems, duplicate node ids (`duplicate-node`), edges to unknown
 * nodes (`unknown-node`), self-loops (`self-loop`), cycles (`cycle`), unknown objective, building
 * block or indicator ids (`unknown-objective`, `unknown-building-block`, `unknown-indicator`).
 *
 * Warnings (`ok: true` with `warnings`), which a draft model may still have: outcome nodes without
 * any indicator (`outcome-without-indicator`), impact nodes no activity leads to
 * (`unreachable-impact`), a model without impact (`no-impact`), arrows that go against the reading
 * order such as outcome → activity (`backward-edge`), duplicate arrows (`duplicate-edge`), nodes
 * without any arrow (`isolated-node`) and a framework id that differs from the given framework.
 *
 * @example
 * const result = validateTheoryOfChange(json, { framework: caringNeighbourhoodsFramework, indicators });
 * if (!result.ok) for (const issue of result.issues) console.log(formatPath(issue.path), issue.message);
 */
export function validateTheoryOfChange(
  input: unknown,
  options: ValidateTheoryOfChangeOptions = {},
): Result<TheoryOfChange> {
  const parsed = TheoryOfChangeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error) };
  const toc = parsed.data;
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const warn = (code: string, path: Issue['path'], message: string) =>
    warnings.push({ code, path, message, severity: 'warning' });

  const index = new Map<string, number>();
  toc.nodes.forEach((node, i) => {
    if (index.has(node.id)) {
      issues.push({
        code: 'duplicate-node',
        path: ['nodes', i, 'id'],
        message: `node id "${node.id}" is already used by nodes[${index.get(node.id)}]`,
      });
    } else index.set(node.id, i);
  });

  const usable: [number, number][] = [];
  const seenEdges = new Map<string, number>();
  toc.edges.forEach((edge, i) => {
    let ok = true;
    for (const end of ['from', 'to'] as const) {
      if (!index.has(edge[end])) {
        issues.push({
          code: 'unknown-node',
          path: ['edges', i, end],
          message: `unknown node "${edge[end]}"`,
        });
        ok = false;
      }
    }
    if (!ok) return;
    if (edge.from === edge.to) {
      issues.push({ code: 'self-loop', path: ['edges', i], message: `node "${edge.from}" points at itself` });
      return;
    }
    const key = `${edge.from}\u0000${edge.to}`;
    const first = seenEdges.get(key);
    if (first !== undefined) {
      warn('duplicate-edge', ['edges', i], `same arrow as edges[${first}] (${edge.from} → ${edge.to})`);
      return;
    }
    seenEdges.set(key, i);
    const from = index.get(edge.from) as number;
    const to = index.get(edge.to) as number;
    usable.push([from, to]);
    const fromKind = toc.nodes[from]?.kind ?? 'input';
    const toKind = toc.nodes[to]?.kind ?? 'input';
    if (tocNodeKinds.indexOf(toKind) < tocNodeKinds.indexOf(fromKind)) {
      warn(
        'backward-edge',
        ['edges', i],
        `arrow goes back from ${fromKind} "${edge.from}" to ${toKind} "${edge.to}"`,
      );
    }
  });

  const edgeIndexByPair = new Map<string, number>();
  toc.edges.forEach((edge, i) => {
    const key = `${index.get(edge.from)}>${index.get(edge.to)}`;
    if (!edgeIndexByPair.has(key)) edgeIndexByPair.set(key, i);
  });
  for (const cycle of findCycles(toc.nodes.length, usable)) {
    const names = cycle.map((i) => toc.nodes[i]?.id ?? '?');
    const closing = `${cycle[cycle.length - 1]}>${cycle[0]}`;
    issues.push({
      code: 'cycle',
      path: ['edges', edgeIndexByPair.get(closing) ?? 0],
      message: `cycle: ${[...names, names[0]].join(' → ')}`,
    });
  }

  const { framework, indicators } = options;
  if (framework && toc.frameworkId !== undefined && toc.frameworkId !== framework.id) {
    warn(
      'framework-mismatch',
      ['frameworkId'],
      `model names framework "${toc.frameworkId}", checked against "${framework.id}"`,
    );
  }
  const objectiveIds = framework ? new Set(listObjectives(framework).map((o) => o.id)) : undefined;
  const blockIds = framework ? new Set(framework.buildingBlocks.map((b) => b.id)) : undefined;
  const indicatorIds = indicators
    ? new Set(indicators.map((indicator) => (typeof indicator === 'string' ? indicator : indicator.id)))
    : undefined;
  const connected = new Set<number>();
  for (const [from, to] of usable) {
    connected.add(from);
    connected.add(to);
  }
  toc.nodes.forEach((node, i) => {
    const checkIds = (
      field: 'objectiveIds' | 'buildingBlockIds' | 'indicatorIds',
      known: Set<string> | undefined,
      code: string,
      what: string,
    ) => {
      if (!known) return;
      node[field].forEach((id, j) => {
        if (!known.has(id))
          issues.push({ code, path: ['nodes', i, field, j], message: `unknown ${what} "${id}"` });
      });
    };
    checkIds('objectiveIds', objectiveIds, 'unknown-objective', 'objective');
    checkIds('buildingBlockIds', blockIds, 'unknown-building-block', 'building block');
    checkIds('indicatorIds', indicatorIds, 'unknown-indicator', 'indicator');
    if (node.kind === 'outcome' && node.indicatorIds.length === 0) {
      warn(
        'outcome-without-indicator',
        ['nodes', i, 'indicatorIds'],
        `outcome "${node.id}" has no indicator`,
      );
    }
    if (!connected.has(i) && toc.nodes.length > 1) {
      warn('isolated-node', ['nodes', i], `node "${node.id}" has no arrow`);
    }
  });

  const activities = toc.nodes.flatMap((node, i) => (node.kind === 'activity' ? [i] : []));
  const reached = reachableFrom(toc.nodes.length, usable, activities);
  let impacts = 0;
  toc.nodes.forEach((node, i) => {
    if (node.kind !== 'impact') return;
    impacts++;
    if (!reached.has(i)) warn('unreachable-impact', ['nodes', i], `no activity leads to impact "${node.id}"`);
  });
  if (impacts === 0) warn('no-impact', ['nodes'], 'the model has no impact node');

  if (issues.length > 0) return { ok: false, issues: [...issues, ...warnings] };
  return warnings.length > 0 ? { ok: true, value: toc, warnings } : { ok: true, value: toc };
}
