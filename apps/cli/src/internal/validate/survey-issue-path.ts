/**
 * Survey lint issues name a question first (`q1.visibleIf`), not a JSON path. This finds that question among
 * the pages, panels and elements of the definition and returns the JSON path to it, so the problem can be shown
 * at the question's line; any other path is returned unchanged. `occurrence` picks among questions that share
 * the name (0: the first).
 */
export function surveyIssuePath(
  definition: unknown,
  path: readonly (string | number)[],
  occurrence = 0,
): (string | number)[] {
  const [first, ...rest] = path;
  if (typeof first !== 'string' || typeof definition !== 'object' || definition === null) return [...path];
  if (first in definition) return [...path];
  // Every element with the name, in document order (the order survey-core lists questions in).
  const matches: (string | number)[][] = [];
  const search = (value: unknown, at: (string | number)[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        search(item, [...at, i]);
      });
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (record.name === first && at.length > 0 && typeof at.at(-1) === 'number') matches.push(at);
    for (const key of ['pages', 'elements', 'questions', 'templateElements']) {
      if (key in record) search(record[key], [...at, key]);
    }
  };
  search(definition, []);
  const found = matches[occurrence] ?? matches[0];
  return found ? [...found, ...rest] : [...path];
}

/**
 * The JSON paths of a survey lint's issues ({@link surveyIssuePath} each): a `duplicate-name` issue points at
 * the repeated question (the second of two, then the third …), not at the first one that has the name.
 */
export function surveyIssuePaths(
  definition: unknown,
  issues: readonly { code: string; path: readonly (string | number)[] }[],
): (string | number)[][] {
  const repeats = new Map<string, number>();
  return issues.map((issue) => {
    const name = issue.path[0];
    if (issue.code !== 'duplicate-name' || typeof name !== 'string')
      return surveyIssuePath(definition, issue.path);
    const occurrence = (repeats.get(name) ?? 0) + 1;
    repeats.set(name, occurrence);
    return surveyIssuePath(definition, issue.path, occurrence);
  });
}
