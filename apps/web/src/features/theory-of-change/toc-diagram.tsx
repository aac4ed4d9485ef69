import '@xyflow/react/dist/style.css';
import { type Language, layoutTheoryOfChange, tocKindColours } from '@neighbourly/core';
import {
  BaseEdge,
  Controls,
  type Edge,
  EdgeLabelRenderer,
  type EdgeProps,
  Handle,
  type Node,
  type NodeProps,
  Position,
  ReactFlow,
} from '@xyflow/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { forLayout, type TocDraft } from './toc-draft';

type BoxData = {
  lines: string[];
  kind: keyof typeof tocKindColours;
  errors: string[];
  selected: boolean;
  links: number;
};
type HeadingData = { label: string };
type ArrowData = { path: string; marker?: { text: string; x: number; y: number }; invalid: boolean };

/** One box: its wrapped label (as core laid it out), red with its first problem when the server found one. */
function BoxNode({ data, width, height }: NodeProps<Node<BoxData>>) {
  const colours = tocKindColours[data.kind];
  return (
    <div
      className={data.errors.length > 0 ? 'toc-box toc-box-invalid' : 'toc-box'}
      style={{
        width,
        minHeight: height,
        background: colours.fill,
        borderColor: data.errors.length > 0 ? undefined : colours.stroke,
        outline: data.selected ? `3px solid ${colours.stroke}` : undefined,
      }}
    >
      {/* React Flow draws an edge only between handles; the route itself is core's. */}
      <Handle type="target" position={Position.Left} className="toc-handle" isConnectable={false} />
      {data.lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label, in order.
        <span key={index}>{line}</span>
      ))}
      {data.links > 0 ? <span className="toc-box-links">◆ {data.links}</span> : null}
      {data.errors.length > 0 ? <span className="toc-box-error">⚠ {data.errors[0]}</span> : null}
      <Handle type="source" position={Position.Right} className="toc-handle" isConnectable={false} />
    </div>
  );
}

function HeadingNode({ data, width }: NodeProps<Node<HeadingData>>) {
  return (
    <div className="toc-heading" style={{ width }}>
      {data.label}
    </div>
  );
}

/** An arrow along core's route; its assumption marker where core put it. */
function ArrowEdge({ id, data, markerEnd }: EdgeProps<Edge<ArrowData>>) {
  if (data === undefined) return null;
  return (
    <>
      <BaseEdge
        id={id}
        path={data.path}
        {...(markerEnd === undefined ? {} : { markerEnd })}
        style={{ stroke: data.invalid ? '#a61b1b' : '#505a6b', strokeWidth: data.invalid ? 3 : 1.5 }}
      />
      {data.marker ? (
        <EdgeLabelRenderer>
          <span
            className="toc-marker"
            style={{ transform: `translate(-50%, -50%) translate(${data.marker.x}px, ${data.marker.y}px)` }}
          >
            {data.marker.text}
          </span>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}

const nodeTypes = { box: BoxNode, heading: HeadingNode };
const edgeTypes = { arrow: ArrowEdge };

/**
 * The theory of change drawn with React Flow at the positions core's own layout gives (the same picture as
 * the report): columns by kind, arrows routed between the boxes. Zoom and pan with the controls, the mouse
 * wheel or a pinch; clicking a box selects it for editing.
 */
export function TocDiagram({
  draft,
  lang,
  nodeErrors,
  edgeErrors,
  selected,
  onSelect,
}: {
  draft: TocDraft;
  lang: Language;
  nodeErrors: ReadonlyMap<number, string[]>;
  edgeErrors: ReadonlyMap<number, string[]>;
  selected?: string | undefined;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation('theory-of-change');
  const { layout, edgeIndex } = useMemo(() => {
    const drawn = forLayout(draft);
    return { layout: layoutTheoryOfChange(drawn.toc, { lang }), edgeIndex: drawn.edgeIndex };
  }, [draft, lang]);
  const nodes = useMemo<Node[]>(() => {
    const headings: Node<HeadingData>[] = layout.columns.map((column, index) => ({
      id: `heading-${index}`,
      type: 'heading',
      position: { x: column.x, y: Math.max(0, column.y - 24) },
      width: column.width,
      data: { label: t(`kind.${column.kind}`) },
      draggable: false,
      selectable: false,
      focusable: false,
    }));
    const boxes: Node<BoxData>[] = layout.nodes.map((placed) => {
      const index = draft.nodes.findIndex((node) => node.id === placed.id);
      const node = draft.nodes[index];
      return {
        id: placed.id,
        type: 'box',
        position: { x: placed.x, y: placed.y },
        width: placed.width,
        height: placed.height,
        data: {
          lines: placed.lines,
          kind: placed.kind,
          errors: nodeErrors.get(index) ?? [],
          selected: placed.id === selected,
          links: (node?.objectiveIds.length ?? 0) + (node?.indicatorIds.length ?? 0),
        },
        draggable: false,
        connectable: false,
        ariaLabel: placed.lines.join(' '),
      };
    });
    return [...headings, ...boxes];
  }, [layout, draft, nodeErrors, selected, t]);
  const edges = useMemo<Edge<ArrowData>[]>(
    () =>
      layout.edges.map((placed) => {
        const index = edgeIndex[placed.index] ?? -1;
        return {
          id: `edge-${placed.index}`,
          source: placed.from,
          target: placed.to,
          type: 'arrow',
          ...(edgeErrors.has(index) ? { className: 'toc-arrow-invalid' } : {}),
          markerEnd: { type: 'arrowclosed', color: edgeErrors.has(index) ? '#a61b1b' : '#505a6b' },
          data: {
            path: placed.path,
            invalid: edgeErrors.has(index),
            ...(placed.assumption
              ? { marker: { text: placed.assumption.marker, x: placed.assumption.x, y: placed.assumption.y } }
              : {}),
          },
          focusable: false,
        };
      }),
    [layout, edgeIndex, edgeErrors],
  );
  const structure = `${draft.nodes.length}:${draft.edges.length}:${lang}`;
  return (
    <div className="toc-canvas">
      <ReactFlow
        key={structure}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        fitView
        minZoom={0.2}
        maxZoom={2.5}
        nodesDraggable={false}
        nodesConnectable={false}
        edgesFocusable={false}
        onNodeClick={(_event, node) => {
          if (node.type === 'box') onSelect(node.id);
        }}
      >
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
