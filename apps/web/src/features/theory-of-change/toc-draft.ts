import type { TheoryOfChange, TocNodeKind } from '@neighbourly/core';
import { emptyTexts, type Texts } from '../../ui/translation-fields';

/*
 * A theory of change being edited: boxes (nodes), arrows (edges) with their assumptions, and the links of
 * outcomes to framework objectives and indicators. `toTheoryOfChange` gives the JSON the server validates
 * (`PATCH /api/projects/:id`, checked with core's `validateTheoryOfChange`).
 */

export const nodeKinds: readonly TocNodeKind[] = ['input', 'activity', 'output', 'outcome', 'impact'];

export interface DraftNode {
  id: string;
  kind: TocNodeKind;
  label: Texts;
  description: Texts;
  objectiveIds: string[];
  indicatorIds: string[];
  buildingBlockIds: string[];
}

export interface DraftEdge {
  from: string;
  to: string;
  assumption: Texts;
}

export interface TocDraft {
  /** The model's own fields (id, label, description, frameworkId). */
  root: Record<string, unknown>;
  nodes: DraftNode[];
  edges: DraftEdge[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

function texts(value: unknown): Texts {
  const out = emptyTexts();
  if (!isObject(value)) return out;
  for (const lng of ['nl', 'fr', 'en'] as const) if (typeof value[lng] === 'string') out[lng] = value[lng];
  return out;
}

function localized(value: Texts): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const lng of ['nl', 'fr', 'en'] as const) if (value[lng].trim() !== '') out[lng] = value[lng].trim();
  return Object.keys(out).length === 0 ? undefined : out;
}

/** The draft of a stored theory of change (or of an empty one when the project has none). */
export function tocDraftFrom(value: unknown, frameworkId: string): TocDraft {
  if (!isObject(value)) {
    return {
      root: { id: 'theory-of-change', label: { en: 'Theory of change' }, frameworkId },
      nodes: [],
      edges: [],
    };
  }
  const { nodes, edges, ...root } = value;
  return {
    root,
    nodes: (Array.isArray(nodes) ? nodes : []).filter(isObject).map((node) => ({
      id: String(node.id ?? ''),
      kind: (nodeKinds as readonly string[]).includes(String(node.kind))
        ? (node.kind as TocNodeKind)
        : 'activity',
      label: texts(node.label),
      description: texts(node.description),
      objectiveIds: strings(node.objectiveIds),
      indicatorIds: strings(node.indicatorIds),
      buildingBlockIds: strings(node.buildingBlockIds),
    })),
    edges: (Array.isArray(edges) ? edges : []).filter(isObject).map((edge) => ({
      from: String(edge.from ?? ''),
      to: String(edge.to ?? ''),
      assumption: texts(edge.assumption),
    })),
  };
}

/** The JSON of the draft, as the server stores it (empty texts and lists left out). */
export function toTheoryOfChange(draft: TocDraft): Json {
  return {
    ...draft.root,
    nodes: draft.nodes.map((node) => {
      const description = localized(node.description);
      return {
        id: node.id,
        kind: node.kind,
        label: localized(node.label) ?? {},
        ...(description === undefined ? {} : { description }),
        ...(node.objectiveIds.length > 0 ? { objectiveIds: node.objectiveIds } : {}),
        ...(node.indicatorIds.length > 0 ? { indicatorIds: node.indicatorIds } : {}),
        ...(node.buildingBlockIds.length > 0 ? { buildingBlockIds: node.buildingBlockIds } : {}),
      };
    }),
    edges: draft.edges.map((edge) => {
      const assumption = localized(edge.assumption);
      return { from: edge.from, to: edge.to, ...(assumption === undefined ? {} : { assumption }) };
    }),
  };
}

/**
 * The draft as core's layout reads it (defaults applied); labels fall back to the node id so a box being
 * written still has a size. Arrows to boxes that are not there cannot be drawn (the server reports them):
 * `edgeIndex[i]` is the draft's index of the model's arrow `i`.
 */
export function forLayout(draft: TocDraft): { toc: TheoryOfChange; edgeIndex: number[] } {
  const ids = new Set(draft.nodes.map((node) => node.id));
  const edgeIndex = draft.edges.flatMap((edge, index) =>
    ids.has(edge.from) && ids.has(edge.to) ? [index] : [],
  );
  const toc: TheoryOfChange = {
    id: String(draft.root.id ?? 'theory-of-change'),
    label: { en: 'Theory of change' },
    nodes: draft.nodes.map((node) => ({
      id: node.id,
      kind: node.kind,
      label: localized(node.label) ?? { en: node.id },
      objectiveIds: node.objectiveIds,
      indicatorIds: node.indicatorIds,
      buildingBlockIds: node.buildingBlockIds,
    })),
    edges: edgeIndex.map((index) => {
      const edge = draft.edges[index] as DraftEdge;
      const assumption = localized(edge.assumption);
      return { from: edge.from, to: edge.to, ...(assumption === undefined ? {} : { assumption }) };
    }),
  };
  return { toc, edgeIndex };
}

/** A kebab-case id for a new box from its label, unique in the draft. */
export function newNodeId(draft: TocDraft, label: string): string {
  const base =
    label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'box';
  const used = new Set(draft.nodes.map((node) => node.id));
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** Removes a box and every arrow from or to it. */
export function removeNode(draft: TocDraft, id: string): TocDraft {
  return {
    ...draft,
    nodes: draft.nodes.filter((node) => node.id !== id),
    edges: draft.edges.filter((edge) => edge.from !== id && edge.to !== id),
  };
}

/** Where the server's errors belong: per box (`nodes[i]`), per arrow (`edges[i]`), or the whole model. */
export interface TocErrors {
  nodes: Map<number, string[]>;
  edges: Map<number, string[]>;
  general: string[];
}

/** Sorts the server's problem+json errors (`body.theoryOfChange.edges[3]…`) by the box or arrow they concern. */
export function sortErrors(errors: readonly { path: string; message: string }[]): TocErrors {
  const sorted: TocErrors = { nodes: new Map(), edges: new Map(), general: [] };
  for (const error of errors) {
    const match = /^body\.theoryOfChange\.(nodes|edges)\[(\d+)\]/.exec(error.path);
    if (match === null) {
      sorted.general.push(error.message);
      continue;
    }
    const map = match[1] === 'nodes' ? sorted.nodes : sorted.edges;
    const index = Number(match[2]);
    map.set(index, [...(map.get(index) ?? []), error.message]);
  }
  return sorted;
}
