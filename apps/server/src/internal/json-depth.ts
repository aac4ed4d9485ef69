/** The deepest nesting of objects and arrays a request body may have (a survey definition needs ~20). */
export const maxJsonDepth = 64;

/**
 * Whether a parsed JSON value nests objects and arrays deeper than `limit`, found without recursion, so
 * a hostile body of 100,000 levels (well under the size limit) cannot overflow the stack here or in any
 * recursive code it would reach later.
 */
export function exceedsJsonDepth(value: unknown, limit: number = maxJsonDepth): boolean {
  const stack: { node: object; depth: number }[] = [];
  if (typeof value === 'object' && value !== null) stack.push({ node: value, depth: 1 });
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > limit) return true;
    for (const child of Object.values(node)) {
      if (typeof child === 'object' && child !== null) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return false;
}
