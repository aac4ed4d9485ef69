import {
  caringNeighbourhoodsFramework,
  formatPath,
  layoutTheoryOfChange,
  starterTheoryOfChange,
  validateTheoryOfChange,
} from '@neighbourly/core';
import { allTemplateIndicators } from '@neighbourly/surveys';
import { describe, expect, it } from 'vitest';
import { forLayout, newNodeId, removeNode, sortErrors, tocDraftFrom, toTheoryOfChange } from './toc-draft';

const starter = () =>
  JSON.parse(
    JSON.stringify(starterTheoryOfChange(caringNeighbourhoodsFramework, allTemplateIndicators())),
  ) as Record<string, unknown>;

describe('theory-of-change draft', () => {
  it('gives back the stored model as core reads it', () => {
    const draft = tocDraftFrom(starter(), 'caring-neighbourhoods');
    const result = validateTheoryOfChange(toTheoryOfChange(draft), {
      framework: caringNeighbourhoodsFramework,
    });
    const original = validateTheoryOfChange(starter(), { framework: caringNeighbourhoodsFramework });
    expect(result.ok && original.ok).toBe(true);
    if (result.ok && original.ok) expect(result.value).toEqual(original.value);
  });

  it('sorts the validation errors of a cycle and an unknown box next to the arrows they concern', () => {
    const draft = tocDraftFrom(starter(), 'caring-neighbourhoods');
    const first = draft.nodes.find((node) => node.kind === 'activity')?.id ?? '';
    const last = draft.nodes.find((node) => node.kind === 'impact')?.id ?? '';
    draft.edges.push({ from: last, to: first, assumption: { nl: '', fr: '', en: '' } });
    draft.edges.push({ from: first, to: 'nowhere', assumption: { nl: '', fr: '', en: '' } });
    const result = validateTheoryOfChange(toTheoryOfChange(draft));
    expect(result.ok).toBe(false);
    const errors = result.ok
      ? []
      : result.issues
          .filter((issue) => issue.severity !== 'warning')
          .map((issue) => ({
            path: formatPath(['body.theoryOfChange', ...issue.path]),
            message: issue.message,
          }));
    const sorted = sortErrors(errors);
    const cycleEdge = draft.edges.length - 2;
    expect(sorted.edges.get(cycleEdge)?.join(' ')).toMatch(/cycle/);
    expect(sorted.edges.get(draft.edges.length - 1)).toEqual(['unknown node "nowhere"']);
    expect(sorted.general).toEqual([]);
    // The layout still draws it: the unknown arrow is left out, the cycle's arrow runs back over the top.
    const { toc, edgeIndex } = forLayout(draft);
    const layout = layoutTheoryOfChange(toc);
    expect(edgeIndex).toEqual(draft.edges.slice(0, -1).map((_edge, index) => index));
    expect(layout.nodes).toHaveLength(draft.nodes.length);
    expect(layout.edges.filter((edge) => edge.direction === 'backward').map((edge) => edge.from)).toContain(
      last,
    );
  });

  it('makes unique kebab-case ids and removes a box with its arrows', () => {
    const draft = tocDraftFrom(starter(), 'caring-neighbourhoods');
    expect(newNodeId(draft, 'Buurtfeest in de zomer!')).toBe('buurtfeest-in-de-zomer');
    const taken = draft.nodes[0]?.id ?? '';
    expect(newNodeId(draft, taken)).toBe(`${taken}-2`);
    expect(newNodeId(draft, '¿?')).toBe('box');
    const removed = removeNode(draft, taken);
    expect(removed.nodes.some((node) => node.id === taken)).toBe(false);
    expect(removed.edges.some((edge) => edge.from === taken || edge.to === taken)).toBe(false);
  });

  it('starts an empty model when the project has none', () => {
    const draft = tocDraftFrom(undefined, 'caring-neighbourhoods');
    expect(draft.nodes).toEqual([]);
    expect(toTheoryOfChange(draft).frameworkId).toBe('caring-neighbourhoods');
  });
});
