import {
  type IndicatorDefinition,
  IndicatorDefinitionSchema,
  type ScoreFunction,
} from '../indicator-definition.js';
import type { Issue } from '../issue.js';
import { findCycles } from './graph.js';
import { fromZodIssues } from './zod-issues.js';

/** What {@link validateIndicatorDefinitions} checks definitions against. */
export interface ValidateIndicatorDefinitionsOptions {
  /** Question names that exist (e.g. from the survey definition); items are checked against them. */
  questions?: Iterable<string>;
  /**
   * Scoring functions for `scale` indicators that name an `instrument`, keyed `instrument` or
   * `instrument:subscale` (the latter wins).
   */
  scorers?: Readonly<Record<string, ScoreFunction>>;
  /** Where the definitions sit in the caller's input, for issue paths (default `['definitions']`). */
  path?: (string | number)[];
}

/** A definition that passed validation, with its position in the input and its scorer. */
export interface CheckedDefinition {
  index: number;
  definition: IndicatorDefinition;
  score?: ScoreFunction;
}

/** The scorer a `scale` definition uses: its own `score`, or the registered instrument's. */
export function resolveScorer(
  definition: IndicatorDefinition,
  scorers: Readonly<Record<string, ScoreFunction>> | undefined,
): ScoreFunction | undefined {
  if (definition.score) return definition.score;
  if (definition.instrument === undefined || !scorers) return undefined;
  const own = (key: string) => (Object.hasOwn(scorers, key) ? scorers[key] : undefined);
  if (definition.subscale !== undefined) {
    const specific = own(`${definition.instrument}:${definition.subscale}`);
    if (specific) return specific;
  }
  return own(definition.instrument);
}

/**
 * Checks indicator definitions one by one and as a set. Returns every definition that can be
 * computed and the issues of those that cannot (a definition is dropped, not the whole set, and
 * a composite is dropped when one of its components is). Used by `computeIndicators`; callers can
 * use it to check a set before they have any data.
 */
export function checkIndicatorDefinitions(
  input: readonly unknown[],
  options: ValidateIndicatorDefinitionsOptions = {},
): { checked: CheckedDefinition[]; issues: Issue[] } {
  const base = options.path ?? ['definitions'];
  const issues: Issue[] = [];
  const questions = options.questions ? new Set(options.questions) : undefined;
  const candidates: CheckedDefinition[] = [];
  const firstIndex = new Map<string, number>();

  input.forEach((raw, index) => {
    const parsed = IndicatorDefinitionSchema.safeParse(raw);
    if (!parsed.success) {
      issues.push(...fromZodIssues(parsed.error, [...base, index]));
      return;
    }
    const definition = parsed.data;
    const at = (...rest: (string | number)[]) => [...base, index, ...rest];
    const problems: Issue[] = [];
    const problem = (code: string, path: (string | number)[], message: string) =>
      problems.push({ code, path, message });

    const previous = firstIndex.get(definition.id);
    if (previous !== undefined) {
      problem(
        'duplicate-id',
        at('id'),
        `indicator id "${definition.id}" is already used by definitions[${previous}]`,
      );
    } else firstIndex.set(definition.id, index);

    const { kind, items } = definition;
    if ((kind === 'mean' || kind === 'proportion' || kind === 'count') && items.length === 0) {
      problem('missing-items', at('items'), `a ${kind} indicator needs at least one item`);
    }
    if (kind === 'proportion' && !definition.success) {
      problem('missing-success', at('success'), 'a proportion indicator needs a success rule');
    }
    if (kind === 'mean' && definition.success) {
      problem(
        'unexpected-success',
        at('success'),
        'a mean indicator has no success rule (use kind "proportion")',
      );
    }
    const seenItems = new Set<string>();
    items.forEach((item, position) => {
      if (seenItems.has(item))
        problem('duplicate-item', at('items', position), `item "${item}" is listed twice`);
      seenItems.add(item);
      if (questions && !questions.has(item)) {
        problem('unknown-question', at('items', position), `unknown question "${item}"`);
      }
    });
    if (definition.reverse && definition.reverse.length > 0 && !definition.scale) {
      problem(
        'reverse-without-scale',
        at('reverse'),
        'reverse coding needs the answer scale (`scale: { min, max }`)',
      );
    }
    definition.reverse?.forEach((item, position) => {
      if (!seenItems.has(item))
        problem('unknown-item', at('reverse', position), `reverse item "${item}" is not in items`);
    });
    if (definition.scale && !(definition.scale.min < definition.scale.max)) {
      problem('invalid-scale', at('scale'), 'scale.min must be below scale.max');
    }
    if (definition.minItems !== undefined && items.length > 0 && definition.minItems > items.length) {
      problem(
        'invalid-min-items',
        at('minItems'),
        `minItems (${definition.minItems}) is more than the ${items.length} item(s)`,
      );
    }
    let score: ScoreFunction | undefined;
    if (kind === 'scale') {
      score = resolveScorer(definition, options.scorers);
      if (!score) {
        if (definition.instrument === undefined) {
          problem(
            'missing-scorer',
            at('instrument'),
            'a scale indicator needs a `score` function or an `instrument`',
          );
        } else {
          const key = definition.subscale
            ? `${definition.instrument}:${definition.subscale}`
            : definition.instrument;
          problem('unknown-instrument', at('instrument'), `no scorer registered for instrument "${key}"`);
        }
      }
    }
    if (kind === 'composite' && (definition.components ?? []).length === 0) {
      problem('missing-components', at('components'), 'a composite indicator needs components');
    }
    issues.push(...problems);
    if (problems.length === 0) candidates.push(score ? { index, definition, score } : { index, definition });
  });

  // Composites: components must exist, be computable, not be counts, and not form cycles.
  let accepted = new Map(candidates.map((candidate) => [candidate.definition.id, candidate]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const candidate of [...accepted.values()]) {
      const { definition, index } = candidate;
      if (definition.kind !== 'composite') continue;
      for (const [position, component] of (definition.components ?? []).entries()) {
        const target = accepted.get(component.indicatorId);
        const path = [...base, index, 'components', position, 'indicatorId'];
        let message: string | undefined;
        if (!target) {
          message = firstIndex.has(component.indicatorId)
            ? `component "${component.indicatorId}" cannot be computed (see its own issues)`
            : `unknown indicator "${component.indicatorId}"`;
        } else if (target.definition.kind === 'count') {
          message = `component "${component.indicatorId}" is a count, which has no per-respondent value to combine`;
        }
        if (message !== undefined) {
          issues.push({ code: 'invalid-component', path, message });
          accepted.delete(definition.id);
          changed = true;
          break;
        }
      }
    }
  }
  const composites = [...accepted.values()].filter((candidate) => candidate.definition.kind === 'composite');
  const ids = composites.map((candidate) => candidate.definition.id);
  const position = new Map(ids.map((id, i) => [id, i]));
  const edges: [number, number][] = [];
  composites.forEach((candidate, i) => {
    for (const component of candidate.definition.components ?? []) {
      const j = position.get(component.indicatorId);
      if (j !== undefined) edges.push([j, i]);
    }
  });
  const inCycle = new Set<number>();
  for (const cycle of findCycles(ids.length, edges)) {
    for (const i of cycle) inCycle.add(i);
    const first = composites[cycle[0] ?? 0];
    issues.push({
      code: 'component-cycle',
      path: [...base, first?.index ?? 0, 'components'],
      message: `composite indicators form a cycle: ${[...cycle, cycle[0] ?? 0].map((i) => ids[i]).join(' → ')}`,
    });
  }
  if (inCycle.size > 0) {
    accepted = new Map([...accepted].filter(([id]) => !inCycle.has(position.get(id) ?? -1)));
    // Composites built on a dropped composite go too.
    for (let changed = true; changed; ) {
      changed = false;
      for (const [id, candidate] of accepted) {
        const broken = (candidate.definition.components ?? []).some((c) => !accepted.has(c.indicatorId));
        if (candidate.definition.kind === 'composite' && broken) {
          accepted.delete(id);
          changed = true;
        }
      }
    }
  }
  return {
    checked: candidates.filter((candidate) => accepted.get(candidate.definition.id) === candidate),
    issues,
  };
}
