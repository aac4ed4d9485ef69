/** Small directed-graph helpers over node indices `0..n-1` and edges `[from, to]`. */

function adjacency(n: number, edges: readonly (readonly [number, number])[]): number[][] {
  const out: number[][] = Array.from({ length: n }, () => []);
  edges.forEach(([from, to]) => {
    out[from]?.push(to);
  });
  return out;
}

/**
 * Depth-first search from every node (in index order) that classifies edges. Returns the indices
 * (into `edges`) of back edges: removing them leaves an acyclic graph, and each closes one cycle.
 */
export function backEdges(n: number, edges: readonly (readonly [number, number])[]): number[] {
  const out: { to: number; edge: number }[][] = Array.from({ length: n }, () => []);
  edges.forEach(([from, to], edge) => {
    out[from]?.push({ to, edge });
  });
  const state = new Uint8Array(n); // 0 new, 1 on stack, 2 done
  const result: number[] = [];
  for (let root = 0; root < n; root++) {
    if (state[root] !== 0) continue;
    const stack: { node: number; next: number }[] = [{ node: root, next: 0 }];
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { node: number; next: number };
      const list = out[top.node] ?? [];
      if (top.next >= list.length) {
        state[top.node] = 2;
        stack.pop();
        continue;
      }
      const { to, edge } = list[top.next++] as { to: number; edge: number };
      if (state[to] === 1) result.push(edge);
      else if (state[to] === 0) {
        state[to] = 1;
        stack.push({ node: to, next: 0 });
      }
    }
  }
  return result.sort((a, b) => a - b);
}

/**
 * One cycle per back edge: the node indices along the cycle, starting at the back edge's target
 * and ending at its source.
 */
export function findCycles(n: number, edges: readonly (readonly [number, number])[]): number[][] {
  const back = backEdges(n, edges);
  if (back.length === 0) return [];
  const out = adjacency(n, edges);
  return back.map((edge) => {
    const [from, to] = edges[edge] as readonly [number, number];
    // Shortest path to -> from (breadth first), which exists because the edge closes a cycle.
    const previous = new Int32Array(n).fill(-1);
    previous[to] = to;
    const queue = [to];
    for (let head = 0; head < queue.length && previous[from] === -1; head++) {
      const node = queue[head] as number;
      for (const next of out[node] ?? []) {
        if (previous[next] === -1) {
          previous[next] = node;
          queue.push(next);
        }
      }
    }
    const path = [from];
    for (let node = from; node !== to && previous[node] !== -1; ) {
      node = previous[node] as number;
      path.push(node);
    }
    return path.reverse();
  });
}

/** Nodes reachable from any of `starts` (the starts included). */
export function reachableFrom(
  n: number,
  edges: readonly (readonly [number, number])[],
  starts: readonly number[],
): Set<number> {
  const out = adjacency(n, edges);
  const seen = new Set<number>(starts);
  const queue = [...starts];
  for (let head = 0; head < queue.length; head++) {
    for (const next of out[queue[head] as number] ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}
