import { escapeXml } from '@neighbourly/core';
import type { Merge } from '@neighbourly/stats';

/** Colour-blind-safe colours for types (Okabe–Ito, reordered for contrast on white); they repeat after 8. */
export const typeColours = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#882255',
  '#999933',
];
const aboveCutColour = '#6b6b6b';

/** Options of {@link renderDendrogramSvg}. */
export interface DendrogramOptions {
  /** The hierarchy in scipy linkage format. */
  merges: readonly Merge[];
  /** One label per input row (n = merges + 1). */
  labels: readonly string[];
  /** The type of each row (0-based, from `cutTree`): links inside a type get its colour. */
  clusters?: readonly number[];
  title?: string;
  /** Label of the distance axis, e.g. `Ward distance`. */
  distanceLabel?: string;
}

/**
 * The order in which leaves appear left to right, as scipy's `dendrogram(merges)['leaves']` draws them:
 * each merge puts its first cluster left of its second.
 */
export function dendrogramLeafOrder(merges: readonly Merge[]): number[] {
  const n = merges.length + 1;
  const order: number[] = [];
  const stack = [2 * n - 2];
  while (stack.length > 0) {
    const node = stack.pop() as number;
    if (node < n) {
      order.push(node);
      continue;
    }
    const merge = merges[node - n];
    if (!merge) throw new RangeError(`merge ${node - n} is missing`);
    stack.push(merge[1], merge[0]);
  }
  return order;
}

function niceStep(range: number, targetTicks: number): number {
  const raw = range / targetTicks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

const format = (value: number) => Number(value.toFixed(2)).toString();

/**
 * Draws a dendrogram as a standalone SVG string: leaves along the bottom in scipy's order with their labels,
 * merge heights on a distance axis, links coloured by type below the cut, a dashed line where the tree is cut
 * into the types, and a legend with each type's size.
 *
 * @example
 * const svg = renderDendrogramSvg({ merges, labels: projectIds, clusters: cutTree(merges, 4) });
 */
export function renderDendrogramSvg(options: DendrogramOptions): string {
  const { merges, labels, clusters } = options;
  const n = merges.length + 1;
  if (labels.length !== n) {
    throw new RangeError(`a dendrogram of ${merges.length} merges needs ${n} labels, got ${labels.length}`);
  }
  const k = clusters ? new Set(clusters).size : 1;
  const order = dendrogramLeafOrder(merges);
  const step = n <= 60 ? 18 : n <= 200 ? 11 : Math.max(2, 2200 / n);
  const fontSize = Math.min(11, step - 1);
  const showLabels = fontSize >= 5;
  const longest = Math.max(...labels.map((label) => label.length));
  const labelSpace = showLabels ? Math.min(170, Math.ceil(longest * fontSize * 0.62) + 12) : 10;
  const margin = { top: options.title ? 48 : 20, right: 24, bottom: labelSpace + 36, left: 64 };
  const plotHeight = 380;
  const legendWidth = clusters ? 130 : 0;
  const plotWidth = n * step;
  const width = Math.ceil(margin.left + plotWidth + margin.right + legendWidth);
  const height = Math.ceil(margin.top + plotHeight + margin.bottom);
  const maxHeight = (Math.max(...merges.map((merge) => merge[2]), 0) || 1) * 1.05;
  const y = (distance: number) => margin.top + plotHeight * (1 - distance / maxHeight);

  const xs = new Float64Array(2 * n - 1);
  order.forEach((leaf, index) => {
    xs[leaf] = margin.left + (index + 0.5) * step;
  });
  const nodeCluster = new Int32Array(2 * n - 1).fill(-1);
  if (clusters) nodeCluster.set(clusters);
  const parts: string[] = [];
  merges.forEach(([left, right, distance], r) => {
    const node = n + r;
    xs[node] = ((xs[left] ?? 0) + (xs[right] ?? 0)) / 2;
    const leftCluster = nodeCluster[left] ?? -1;
    if (leftCluster >= 0 && leftCluster === nodeCluster[right]) nodeCluster[node] = leftCluster;
    const heightOf = (id: number) => (id < n ? 0 : (merges[id - n]?.[2] ?? 0));
    const colour =
      nodeCluster[node] === -1
        ? aboveCutColour
        : (typeColours[(nodeCluster[node] ?? 0) % typeColours.length] ?? '');
    parts.push(
      `<path class="link" d="M${format(xs[left] ?? 0)} ${format(y(heightOf(left)))}V${format(y(distance))}H${format(xs[right] ?? 0)}V${format(y(heightOf(right)))}" stroke="${colour}"/>`,
    );
  });

  const axis: string[] = [];
  const tick = niceStep(maxHeight, 5);
  for (let value = 0; value <= maxHeight + tick * 1e-9; value += tick) {
    axis.push(
      `<line x1="${margin.left - 5}" x2="${margin.left}" y1="${format(y(value))}" y2="${format(y(value))}" stroke="#333"/>`,
      `<text x="${margin.left - 8}" y="${format(y(value) + 4)}" text-anchor="end">${format(value)}</text>`,
    );
  }
  axis.unshift(
    `<line x1="${margin.left}" x2="${margin.left}" y1="${margin.top}" y2="${margin.top + plotHeight}" stroke="#333"/>`,
  );
  const axisMiddle = margin.top + plotHeight / 2;
  axis.push(
    `<text transform="translate(16 ${format(axisMiddle)}) rotate(-90)" text-anchor="middle">${escapeXml(options.distanceLabel ?? 'distance')}</text>`,
  );

  const leafLabels = showLabels
    ? order.map((leaf) => {
        const x = format((xs[leaf] ?? 0) + fontSize * 0.35);
        const top = margin.top + plotHeight + 6;
        return `<text class="leaf" transform="translate(${x} ${top}) rotate(-90)" text-anchor="end">${escapeXml(labels[leaf] ?? '')}</text>`;
      })
    : [];

  const extras: string[] = [];
  if (clusters && k > 1 && k <= n) {
    const below = merges[n - k - 1]?.[2] ?? 0;
    const above = merges[n - k]?.[2] ?? maxHeight;
    const cut = y((below + above) / 2);
    extras.push(
      `<line class="cut" x1="${margin.left}" x2="${format(margin.left + plotWidth)}" y1="${format(cut)}" y2="${format(cut)}" stroke="#333" stroke-dasharray="5 4"/>`,
      `<text x="${format(margin.left + plotWidth)}" y="${format(cut - 5)}" text-anchor="end">${k} types</text>`,
    );
    const sizes = new Array<number>(k).fill(0);
    for (const cluster of clusters) sizes[cluster] = (sizes[cluster] ?? 0) + 1;
    const legendX = margin.left + plotWidth + margin.right;
    sizes.forEach((size, cluster) => {
      const top = margin.top + cluster * 20;
      extras.push(
        `<rect x="${format(legendX)}" y="${top}" width="12" height="12" fill="${typeColours[cluster % typeColours.length]}"/>`,
        `<text x="${format(legendX + 18)}" y="${top + 10}">Type ${cluster + 1} (n = ${size})</text>`,
      );
    });
  }
  const title = options.title
    ? `<text x="${margin.left}" y="28" font-size="16" font-weight="bold">${escapeXml(options.title)}</text>`
    : '';
  const description = `Dendrogram of ${n} rows${clusters ? ` cut into ${k} types` : ''}`;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">`,
    `<title>${escapeXml(options.title ?? 'Dendrogram')}</title>`,
    `<desc>${escapeXml(description)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    title,
    `<g class="axis">${axis.join('')}</g>`,
    `<g class="links" fill="none" stroke-width="1.4">${parts.join('')}</g>`,
    `<g class="leaves" font-size="${format(fontSize)}">${leafLabels.join('')}</g>`,
    extras.join(''),
    '</svg>',
    '',
  ].join('\n');
}
