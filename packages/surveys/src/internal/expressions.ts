import { ConditionRunner } from 'survey-core';

/**
 * Functions of survey-core's expression language that only read their arguments, so they give the
 * same result outside a survey model. Any other function (custom ones, `displayValue`,
 * `propertyValue`, `isContainerReady`, async functions…) needs the model and sends the definition to
 * the fallback.
 */
const pureFunctions = new Set([
  'iif',
  'age',
  'dateDiff',
  'dateAdd',
  'today',
  'currentDate',
  'currentYear',
  'getDate',
  'year',
  'month',
  'day',
  'weekday',
  'sum',
  'max',
  'min',
  'avg',
  'round',
  'trunc',
  'sumInArray',
  'maxInArray',
  'minInArray',
  'avgInArray',
  'countInArray',
]);

/** Variable prefixes that only mean something inside a survey-core model (rows, panels, choice items…). */
const contextualPrefixes = [
  '$',
  'row.',
  'panel.',
  'item.',
  'survey.',
  'parentpanel.',
  'rootpanel.',
  'composite.',
];
const contextualNames = new Set([
  'row',
  'panel',
  'item',
  'choice',
  'survey',
  'question',
  'pageno',
  'pagecount',
  'locale',
]);

/** A condition or expression parsed once by survey-core's own parser. */
export interface CompiledExpression {
  readonly text: string;
  /** Position in its cache, for per-response memoisation. */
  readonly index: number;
  readonly runner: ConditionRunner;
  /** Variable names the expression reads, as survey-core reports them (`q1`, `q1.row`, …). */
  readonly variables: readonly string[];
  /** Why this expression cannot be evaluated without a survey-core model; `undefined` when it can. */
  readonly unsupported: string | undefined;
}

/** Parses expressions with survey-core's `ConditionRunner` and keeps each distinct text once. */
export class ExpressionCache {
  private readonly byText = new Map<string, CompiledExpression>();

  get(text: string): CompiledExpression {
    const cached = this.byText.get(text);
    if (cached) return cached;
    const runner = new ConditionRunner(text);
    const variables = runner.getVariables();
    const compiled: CompiledExpression = {
      text,
      index: this.byText.size,
      runner,
      variables,
      unsupported: findUnsupported(text, runner, variables),
    };
    this.byText.set(text, compiled);
    return compiled;
  }

  get size(): number {
    return this.byText.size;
  }

  texts(): string[] {
    return [...this.byText.keys()];
  }
}

/** Runs a condition against a response: survey-core's own evaluator, without a model. */
export function runCondition(expression: CompiledExpression, values: Record<string, unknown>): boolean {
  return expression.runner.runValues(values) === true;
}

function findUnsupported(
  text: string,
  runner: ConditionRunner,
  variables: readonly string[],
): string | undefined {
  if (!runner.canRun()) return `expression "${text}" cannot be parsed by survey-core`;
  if (runner.isAsync) return `expression "${text}" uses an asynchronous function`;
  for (const variable of variables) {
    const lower = variable.toLowerCase();
    if (
      contextualNames.has(lower) ||
      contextualPrefixes.some((prefix) => lower.startsWith(prefix)) ||
      lower.endsWith('-unwrapped') ||
      lower.endsWith('.containserrors')
    ) {
      return `expression "${text}" reads {${variable}}, which only exists inside a survey-core model`;
    }
  }
  if (runner.hasFunction()) {
    // Function names are identifiers followed by "("; quoted strings are removed first.
    const unquoted = text.replace(/'[^']*'|"[^"]*"/g, '');
    for (const match of unquoted.matchAll(/([A-Za-z_][\w]*)\s*\(/g)) {
      const name = match[1] ?? '';
      if (!pureFunctions.has(name))
        return `expression "${text}" calls ${name}(), which needs a survey-core model`;
    }
  }
  return undefined;
}
