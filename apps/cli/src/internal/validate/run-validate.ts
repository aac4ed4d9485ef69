import { basename } from 'node:path';
import {
  type Framework,
  formatPath,
  IndicatorSetSchema,
  parseFramework,
  validateTheoryOfChange,
} from '@neighbourly/core';
import { CliError, type CliProblem, formatProblem } from '../../cli-error.js';
import type { CliContext } from '../context.js';
import { issuesFromZod, problemsFromIssues } from '../files/issue-problems.js';
import { type JsonDocument, readJsonDocument } from '../files/json-document.js';
import type { OutputFormat } from '../options.js';
import { builtinFrameworks } from '../project/builtins.js';
import { checkProject, indicatorSetIssues } from '../project/load-project.js';
import { surveyIssuePaths } from './survey-issue-path.js';
import { type ValidateKind, validateKinds } from './validate-kinds.js';

/** Guesses what a JSON file holds from its name and its top-level keys. */
export function detectKind(file: string, value: unknown): ValidateKind | undefined {
  if (basename(file).toLowerCase() === 'project.json') return 'project';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const has = (key: string) => key in value;
  if (has('pages') || has('elements') || has('questions')) return 'survey';
  if (has('pillars') || has('outcomeObjectives')) return 'framework';
  if (has('nodes')) return 'theory-of-change';
  if (has('indicators')) return 'indicator-set';
  if (has('name') && (has('framework') || has('indicatorSet') || has('theoryOfChange') || has('waves'))) {
    return 'project';
  }
  return undefined;
}

interface FileReport {
  file: string;
  kind: ValidateKind | 'unknown';
  ok: boolean;
  problems: CliProblem[];
}

async function validateFile(
  file: string,
  forcedKind: ValidateKind | undefined,
  framework: Framework | undefined,
): Promise<FileReport> {
  let document: JsonDocument;
  try {
    document = await readJsonDocument(file);
  } catch (error) {
    if (error instanceof CliError && error.code === 'validation') {
      return { file, kind: forcedKind ?? 'unknown', ok: false, problems: [...error.problems] };
    }
    throw error;
  }
  const kind = forcedKind ?? detectKind(file, document.value);
  let problems: CliProblem[];
  switch (kind) {
    case undefined:
      problems = [
        {
          file,
          message: `cannot tell what this file is: name it project.json or pass --kind (${validateKinds.join(', ')})`,
        },
      ];
      break;
    case 'project':
      problems = (await checkProject(file, { surveys: true })).problems;
      break;
    case 'survey': {
      const { lintSurveyDefinition } = await import('@neighbourly/surveys');
      const result = lintSurveyDefinition(document.value, framework ? { framework } : {});
      const issues = result.ok ? result.warnings : result.issues;
      const paths = surveyIssuePaths(document.value, issues);
      problems = problemsFromIssues(
        document,
        issues.map((issue, index) => ({ ...issue, path: paths[index] ?? issue.path })),
        [],
      ).map((problem, index) => ({ ...problem, field: formatPath(issues[index]?.path ?? []) }));
      break;
    }
    case 'framework': {
      const result = parseFramework(document.value);
      problems = problemsFromIssues(document, result.ok ? (result.warnings ?? []) : result.issues);
      break;
    }
    case 'indicator-set': {
      const result = IndicatorSetSchema.safeParse(document.value);
      problems = result.success
        ? problemsFromIssues(
            document,
            indicatorSetIssues((document.value as { indicators?: unknown }).indicators),
          )
        : problemsFromIssues(document, issuesFromZod(result.error));
      break;
    }
    case 'theory-of-change': {
      const frameworkId = (document.value as { frameworkId?: unknown }).frameworkId;
      const against =
        framework ?? (typeof frameworkId === 'string' ? builtinFrameworks.get(frameworkId) : undefined);
      const result = validateTheoryOfChange(document.value, against ? { framework: against } : {});
      problems = problemsFromIssues(document, result.ok ? (result.warnings ?? []) : result.issues);
      break;
    }
  }
  const ok = !problems.some((problem) => (problem.severity ?? 'error') === 'error');
  return { file, kind: kind ?? 'unknown', ok, problems };
}

async function loadFrameworkOption(value: string | undefined): Promise<Framework | undefined> {
  if (value === undefined) return undefined;
  const builtin = builtinFrameworks.get(value);
  if (builtin) return builtin;
  const document = await readJsonDocument(value);
  const result = parseFramework(document.value);
  if (!result.ok) {
    throw new CliError('validation', `the framework ${value} has problems`, {
      problems: problemsFromIssues(document, result.issues),
    });
  }
  return result.value;
}

/** Options of `neighbourly validate`. */
export type ValidateOptions = { kind?: ValidateKind; framework?: string; format: OutputFormat };

/** Runs `neighbourly validate`. */
export async function runValidate(
  context: CliContext,
  files: string[],
  options: ValidateOptions,
): Promise<void> {
  const framework = await loadFrameworkOption(options.framework);
  const reports: FileReport[] = [];
  for (const file of files) reports.push(await validateFile(file, options.kind, framework));
  const failed = reports.filter((report) => !report.ok);
  if (options.format === 'json') {
    context.stdout.write(`${JSON.stringify({ ok: failed.length === 0, files: reports }, null, 2)}\n`);
  } else {
    const { green, red, yellow } = context.colours;
    for (const report of reports) {
      const errors = report.problems.filter((problem) => (problem.severity ?? 'error') === 'error').length;
      const warnings = report.problems.length - errors;
      const status = report.ok ? green('ok') : red(`${errors} error${errors === 1 ? '' : 's'}`);
      const warned = warnings > 0 ? yellow(`, ${warnings} warning${warnings === 1 ? '' : 's'}`) : '';
      context.stdout.write(`${report.file} (${report.kind}): ${status}${warned}\n`);
      for (const problem of report.problems) {
        const label = problem.severity === 'warning' ? yellow('warning') : red('error');
        context.stdout.write(`  ${label} ${formatProblem(problem)}\n`);
      }
    }
  }
  if (failed.length > 0) {
    throw new CliError('validation', `${failed.length} of ${reports.length} files have errors`);
  }
}
