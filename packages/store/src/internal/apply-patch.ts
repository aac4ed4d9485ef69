/**
 * Applies a patch to a record: `undefined` (absent) keeps a field, `null` removes it, any other value replaces
 * it. Sets `updatedAt`.
 */
export function applyPatch<T extends { updatedAt: string }>(record: T, patch: object, updatedAt: string): T {
  const next: Record<string, unknown> = { ...record };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  next.updatedAt = updatedAt;
  return next as T;
}
