/**
 * Survey lint issues name a question first (`q1.visibleIf`), not a JSON path. This finds that question among
 * the pages, panels and elements of the definition and returns the JSON path to it, so the problem can be shown
 * at the question's line; any other path is returned unchanged.
 */
export function surveyIssuePath(
  definition: unknown,
  path: readonly (string | number)[],
): (string | number)[] {
  const [first, ...rest] = path;
  if (typeof first !== 'string' || typeof definition !== 'object' || definition === null) return [...path];
  if (first in definition) return [...path];
  const search = (value: unknown, at: (string | number)[]): (string | number)[] | undefined => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const found = search(value[i], [...at, i]);
        if (found) return found;
      }
      return undefined;
    }
    if (typeof value !== 'object' || value === null) return undefined;
    const record = value as Record<string, unknown>;
    if (record.name === first && at.length > 0 && typeof at.at(-1) === 'number') return at;
    for (const key of ['pages', 'elements', 'questions', 'templateElements']) {
      if (key in record) {
        const found = search(record[key], [...at, key]);
        if (found) return found;
      }
    }
    return undefined;
  };
  const found = search(definition, []);
  return found ? [...found, ...rest] : [...path];
}
