import { backEdges } from './internal/graph.js';
import { placeInOrder } from './internal/isotonic.js';
import { estimateTextWidth, type MeasureText, wrapText } from './internal/text-wrap.js';
import { type Language, type LocalizedText, localize } from './language.js';
import { type TheoryOfChange, type TocNodeKind, tocNodeKinds } from './theory-of-change.js';

/** Column headings per node kind, in each language. */
export const tocKindLabels: Readonly<Record<TocNodeKind, LocalizedText>> = {
  input: { nl: 'Middelen', fr: 'Ressources', en: 'Inputs' },
  activity: { nl: 'Activiteiten', fr: 'Activités', en: 'Activities' },
  output: { nl: 'Prestaties', fr: 'Réalisations', en: 'Outputs' },
  outcome: { nl: 'Effecten', fr: 'Effets', en: 'Outcomes' },
  impact: { nl: 'Impact', fr: 'Impact', en: 'Impact' },
};

/** Options of {@link layoutTheoryOfChange}; all sizes are in points (SVG user units). */
export interface LayoutTheoryOfChangeOptions {
  /** Language of the labels, which decides how they wrap (default `en`). */
  lang?: Language;
  /** Width of every node box (default 190). */
  nodeWidth?: number;
  /** Font size of node labels (default 11). */
  fontSize?: number;
  /** Distance between baselines (default 1.3 × fontSize). */
  lineHeight?: number;
  /** Inner padding of node boxes (default 8). */
  padding?: number;
  /** Horizontal gap between columns, where the arrows run (default 70). */
  columnGap?: number;
  /** Vertical gap between boxes (and arrows passing a column) (default 18). */
  rowGap?: number;
  /** Outer margin (default 20). */
  margin?: number;
  /** Labels longer than this many lines end with an ellipsis (default 6). */
  maxLines?: number;
  /**
   * Measures text in the renderer's font, e.g. pdfkit's `widthOfString`; default: an estimate
   * for sans-serif fonts.
   */
  measureText?: MeasureText;
}

/** A placed node: its box (top-left corner and size) and its wrapped label lines. */
export interface TocLayoutNode {
  id: string;
  kind: TocNodeKind;
  /** Column index, counting from the left (a kind may span several columns). */
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

/** A routed arrow. */
export interface TocLayoutEdge {
  /** Index of the edge in `toc.edges`. */
  index: number;
  from: string;
  to: string;
  /**
   * `forward` arrows run left to right through the gaps between columns; `backward` arrows
   * (against the reading order, or closing a cycle) run over the top of the diagram.
   */
  direction: 'forward' | 'backward';
  /** The route's points, from the source box's side to the target box's side. */
  points: [number, number][];
  /** The same route as an SVG path (`M … C … L …`), ending at the target box. */
  path: string;
  /** Where the assumption marker sits, when the edge has an assumption. */
  assumption?: { marker: string; x: number; y: number };
}

/** A column heading over all columns of one kind. */
export interface TocLayoutColumn {
  kind: TocNodeKind;
  label: string;
  x: number;
  width: number;
  y: number;
}

/** One line of the assumptions legend under the diagram. */
export interface TocLayoutLegendEntry {
  marker: string;
  edgeIndex: number;
  x: number;
  y: number;
  lines: string[];
}

/**
 * Positions for drawing a theory of change, shared by the SVG renderer, the PDF report and the
 * web page so that they all show the same picture. Plain data (JSON-safe).
 */
export interface TheoryOfChangeLayout {
  lang: Language;
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  padding: number;
  columns: TocLayoutColumn[];
  nodes: TocLayoutNode[];
  edges: TocLayoutEdge[];
  legend: TocLayoutLegendEntry[];
}

interface Item {
  column: number;
  node?: number;
  height: number;
  left: number[];
  right: number[];
  top: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Lays a theory of change out in columns by kind (inputs, activities, outputs, outcomes, impact):
 * a layered drawing in which nodes of one kind that lead to each other get successive columns,
 * boxes never overlap, arrows spanning several columns pass between the boxes, and the order
 * within columns is chosen to reduce crossings. Unknown edge ends and self-loops are skipped, so
 * an invalid model still gets a picture.
 *
 * @example
 * const layout = layoutTheoryOfChange(toc, { lang: 'nl' });
 * const svg = renderTheoryOfChangeSvg(toc, layout);
 */
export function layoutTheoryOfChange(
  toc: TheoryOfChange,
  options: LayoutTheoryOfChangeOptions = {},
): TheoryOfChangeLayout {
  const lang = options.lang ?? 'en';
  const nodeWidth = options.nodeWidth ?? 190;
  const fontSize = options.fontSize ?? 11;
  const lineHeight = options.lineHeight ?? Math.round(fontSize * 1.3 * 100) / 100;
  const padding = options.padding ?? 8;
  const columnGap = options.columnGap ?? 70;
  const rowGap = options.rowGap ?? 18;
  const margin = options.margin ?? 20;
  const measure = options.measureText ?? estimateTextWidth;

  // Nodes (first of duplicate ids wins) and usable edges (known ends, no self-loops, no repeats).
  const nodes = toc.nodes.filter((node, i) => toc.nodes.findIndex((other) => other.id === node.id) === i);
  const indexOf = new Map(nodes.map((node, i) => [node.id, i]));
  const edges: { index: number; from: number; to: number }[] = [];
  const seen = new Set<string>();
  toc.edges.forEach((edge, index) => {
    const from = indexOf.get(edge.from);
    const to = indexOf.get(edge.to);
    if (from === undefined || to === undefined || from === to || seen.has(`${from}>${to}`)) return;
    seen.add(`${from}>${to}`);
    edges.push({ index, from, to });
  });
  const n = nodes.length;
  const back = new Set(
    backEdges(
      n,
      edges.map((edge) => [edge.from, edge.to] as const),
    ),
  );

  // Columns: each kind gets as many columns as its longest chain of same-kind arrows.
  const kindOf = (i: number) => nodes[i]?.kind ?? 'input';
  const depth = new Int32Array(n);
  const sameKind = edges.filter((edge, e) => !back.has(e) && kindOf(edge.from) === kindOf(edge.to));
  for (let pass = 0; pass < n; pass++) {
    let changed = false;
    for (const edge of sameKind) {
      const candidate = (depth[edge.from] as number) + 1;
      if (candidate > (depth[edge.to] as number)) {
        depth[edge.to] = candidate;
        changed = true;
      }
    }
    if (!changed) break;
  }
  const bands: { kind: TocNodeKind; start: number; size: number }[] = [];
  let columnCount = 0;
  for (const kind of tocNodeKinds) {
    let size = 0;
    nodes.forEach((node, i) => {
      if (node.kind === kind) size = Math.max(size, (depth[i] as number) + 1);
    });
    if (size === 0) continue;
    bands.push({ kind, start: columnCount, size });
    columnCount += size;
  }
  const bandStart = new Map(bands.map((band) => [band.kind, band.start]));
  const columnOf = (i: number) => (bandStart.get(kindOf(i)) ?? 0) + (depth[i] as number);

  // Wrapped labels and box heights.
  const lines = nodes.map((node) =>
    wrapText(localize(node.label, lang), {
      width: nodeWidth - 2 * padding,
      fontSize,
      measure,
      maxLines: options.maxLines ?? 6,
    }),
  );
  const heightOf = (i: number) => Math.max(1, lines[i]?.length ?? 1) * lineHeight + 2 * padding;

  // Items: nodes, plus one dummy per column an arrow passes through.
  const items: Item[] = nodes.map((_, i) => ({
    column: columnOf(i),
    node: i,
    height: heightOf(i),
    left: [],
    right: [],
    top: 0,
  }));
  const chains = new Map<number, number[]>();
  edges.forEach((edge, e) => {
    const fromColumn = columnOf(edge.from);
    const toColumn = columnOf(edge.to);
    if (back.has(e) || fromColumn >= toColumn) return;
    const chain = [edge.from];
    for (let column = fromColumn + 1; column < toColumn; column++) {
      items.push({ column, height: 0, left: [], right: [], top: 0 });
      chain.push(items.length - 1);
    }
    chain.push(edge.to);
    for (let k = 1; k < chain.length; k++) {
      const a = chain[k - 1] as number;
      const b = chain[k] as number;
      items[a]?.right.push(b);
      items[b]?.left.push(a);
    }
    chains.set(e, chain);
  });

  // Order within columns: barycentre sweeps, keeping the order with the fewest crossings.
  const columns: number[][] = Array.from({ length: columnCount }, () => []);
  items.forEach((item, i) => {
    columns[item.column]?.push(i);
  });
  const position = new Float64Array(items.length);
  const refresh = () =>
    columns.forEach((column) => {
      column.forEach((item, p) => {
        position[item] = p;
      });
    });
  refresh();
  const crossings = () => {
    let count = 0;
    for (const column of columns) {
      const segments: [number, number][] = [];
      for (const a of column)
        for (const b of items[a]?.right ?? []) segments.push([position[a] ?? 0, position[b] ?? 0]);
      for (let s = 0; s < segments.length; s++) {
        for (let t = s + 1; t < segments.length; t++) {
          const [a1, b1] = segments[s] as [number, number];
          const [a2, b2] = segments[t] as [number, number];
          if ((a1 - a2) * (b1 - b2) < 0) count++;
        }
      }
    }
    return count;
  };
  let best = columns.map((column) => [...column]);
  let bestCrossings = crossings();
  for (let sweep = 0; sweep < 8 && bestCrossings > 0; sweep++) {
    const leftToRight = sweep % 2 === 0;
    const order = leftToRight ? columns.keys() : [...columns.keys()].reverse();
    for (const c of order) {
      const column = columns[c] as number[];
      const key = new Map<number, number>();
      for (const item of column) {
        const neighbours = leftToRight ? items[item]?.left : items[item]?.right;
        key.set(
          item,
          neighbours && neighbours.length > 0
            ? neighbours.reduce((sum, other) => sum + (position[other] ?? 0), 0) / neighbours.length
            : (position[item] ?? 0),
        );
      }
      column.sort((a, b) => (key.get(a) ?? 0) - (key.get(b) ?? 0));
      column.forEach((item, p) => {
        position[item] = p;
      });
    }
    const count = crossings();
    if (count < bestCrossings) {
      bestCrossings = count;
      best = columns.map((column) => [...column]);
    }
  }
  best.forEach((column, c) => {
    columns[c] = column;
  });
  refresh();

  // Vertical placement: each column as close as possible to its neighbours, never overlapping.
  const centre = (i: number) => (items[i]?.top ?? 0) + (items[i]?.height ?? 0) / 2;
  for (const column of columns) {
    let top = 0;
    for (const i of column) {
      const item = items[i] as Item;
      item.top = top;
      top += item.height + rowGap;
    }
  }
  const place = (column: number[], side: 'left' | 'right' | 'both') => {
    const desired = column.map((i) => {
      const item = items[i] as Item;
      const neighbours = side === 'both' ? [...item.left, ...item.right] : item[side];
      if (neighbours.length === 0) return item.top;
      return neighbours.reduce((sum, other) => sum + centre(other), 0) / neighbours.length - item.height / 2;
    });
    const tops = placeInOrder(
      desired,
      column.map((i) => items[i]?.height ?? 0),
      rowGap,
    );
    column.forEach((i, k) => {
      (items[i] as Item).top = tops[k] ?? 0;
    });
  };
  for (let pass = 0; pass < 6; pass++) {
    if (pass % 2 === 0) for (let c = 1; c < columnCount; c++) place(columns[c] as number[], 'left');
    else for (let c = columnCount - 2; c >= 0; c--) place(columns[c] as number[], 'right');
  }
  for (const column of columns) place(column, 'both');

  // Coordinates.
  const backward = edges.filter((edge, e) => back.has(e) || columnOf(edge.from) >= columnOf(edge.to));
  const headerHeight = fontSize * 1.2 + 10;
  const channelGap = 10;
  const channelTop = margin + headerHeight;
  const bodyTop = channelTop + (backward.length > 0 ? backward.length * channelGap + 6 : 0);
  const minTop = Math.min(0, ...items.map((item) => item.top));
  const leftEdge = margin + (backward.some((edge) => columnOf(edge.to) === 0) ? columnGap / 2 : 0);
  const columnX = (c: number) => leftEdge + c * (nodeWidth + columnGap);
  for (const item of items) item.top = round(item.top - minTop + bodyTop);

  const layoutNodes: TocLayoutNode[] = nodes.map((node, i) => ({
    id: node.id,
    kind: node.kind,
    column: columnOf(i),
    x: round(columnX(columnOf(i))),
    y: items[i]?.top ?? 0,
    width: nodeWidth,
    height: heightOf(i),
    lines: lines[i] ?? [],
  }));

  // Ports: arrows spread along a box's side, ordered by where they come from or go to.
  const ports = new Map<string, number>();
  items.forEach((item, i) => {
    if (item.node === undefined) return;
    for (const side of ['left', 'right'] as const) {
      const others = [...item[side]].sort((a, b) => centre(a) - centre(b));
      others.forEach((other, k) => {
        ports.set(`${i}${side}${other}`, round(item.top + (item.height * (k + 1)) / (others.length + 1)));
      });
    }
  });

  let marker = 0;
  const layoutEdges: TocLayoutEdge[] = [];
  let backwardIndex = 0;
  edges.forEach((edge, e) => {
    const source = layoutNodes[edge.from] as TocLayoutNode;
    const target = layoutNodes[edge.to] as TocLayoutNode;
    const chain = chains.get(e);
    let points: [number, number][];
    let path: string;
    let label: [number, number];
    if (chain) {
      points = [];
      chain.forEach((item, k) => {
        if (k === 0) {
          points.push([round(source.x + source.width), ports.get(`${item}right${chain[1]}`) ?? centre(item)]);
        } else if (k === chain.length - 1) {
          points.push([target.x, ports.get(`${item}left${chain[k - 1]}`) ?? centre(item)]);
        } else {
          const x = columnX((items[item] as Item).column);
          const y = round(centre(item));
          points.push([round(x), y], [round(x + nodeWidth), y]);
        }
      });
      path = `M ${points[0]?.[0]} ${points[0]?.[1]}`;
      for (let k = 1; k < points.length; k++) {
        const [x0, y0] = points[k - 1] as [number, number];
        const [x1, y1] = points[k] as [number, number];
        if (k % 2 === 1) {
          const mx = round((x0 + x1) / 2);
          path += ` C ${mx} ${y0} ${mx} ${y1} ${x1} ${y1}`;
        } else path += ` L ${x1} ${y1}`;
      }
      const [x0, y0] = points[0] as [number, number];
      const [x1, y1] = points[1] as [number, number];
      label = [round((x0 + x1) / 2), round((y0 + y1) / 2)];
    } else {
      const channel = round(channelTop + channelGap * (backward.length - backwardIndex++) - channelGap / 2);
      const outX = round(source.x + source.width + columnGap / 2);
      const inX = round(target.x - columnGap / 2);
      const sourceY = round(source.y + source.height / 2);
      const targetY = round(target.y + target.height / 2);
      points = [
        [round(source.x + source.width), sourceY],
        [outX, sourceY],
        [outX, channel],
        [inX, channel],
        [inX, targetY],
        [target.x, targetY],
      ];
      path = `M ${points.map(([x, y]) => `${x} ${y}`).join(' L ')}`;
      label = [round((outX + inX) / 2), channel];
    }
    const layoutEdge: TocLayoutEdge = {
      index: edge.index,
      from: source.id,
      to: target.id,
      direction: chain ? 'forward' : 'backward',
      points,
      path,
    };
    if (toc.edges[edge.index]?.assumption) {
      layoutEdge.assumption = { marker: `A${++marker}`, x: label[0], y: label[1] };
    }
    layoutEdges.push(layoutEdge);
  });

  // Headings, extent and the assumptions legend.
  const layoutColumns: TocLayoutColumn[] = bands.map((band) => ({
    kind: band.kind,
    label: localize(tocKindLabels[band.kind], lang),
    x: round(columnX(band.start)),
    width: round(band.size * nodeWidth + (band.size - 1) * columnGap),
    y: round(margin + fontSize * 1.2),
  }));
  let right = columnX(Math.max(0, columnCount - 1)) + nodeWidth;
  if (backward.length > 0)
    right = Math.max(right, ...layoutEdges.flatMap((edge) => edge.points.map(([x]) => x)));
  const width = round(right + margin);
  let bottom = Math.max(bodyTop, ...layoutNodes.map((node) => node.y + node.height));
  const legend: TocLayoutLegendEntry[] = [];
  const markerWidth = fontSize * 2.6;
  let y = bottom + margin;
  for (const edge of layoutEdges) {
    const assumption = toc.edges[edge.index]?.assumption;
    if (!edge.assumption || !assumption) continue;
    const text = `${localize(nodes[indexOf.get(edge.from) ?? 0]?.label ?? {}, lang)} → ${localize(
      nodes[indexOf.get(edge.to) ?? 0]?.label ?? {},
      lang,
    )}: ${localize(assumption, lang)}`;
    const entryLines = wrapText(text, {
      width: Math.max(nodeWidth, width - 2 * margin - markerWidth),
      fontSize,
      measure,
    });
    legend.push({
      marker: edge.assumption.marker,
      edgeIndex: edge.index,
      x: margin,
      y: round(y),
      lines: entryLines,
    });
    y += entryLines.length * lineHeight + 4;
  }
  if (legend.length > 0) bottom = y;
  return {
    lang,
    width,
    height: round(bottom + margin),
    fontSize,
    lineHeight,
    padding,
    columns: layoutColumns,
    nodes: layoutNodes,
    edges: layoutEdges,
    legend,
  };
}
