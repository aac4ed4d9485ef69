import { dirname, join } from 'node:path';
import {
  type Framework,
  formatPath,
  type IndicatorSet,
  IndicatorSetSchema,
  type Issue,
  parseFramework,
  type TheoryOfChange,
  validateIndicatorDefinitions,
  validateTheoryOfChange,
} from '@neighbourly/core';
import { CliError, type CliProblem } from '../../cli-error.js';
import { type ProjectFile, ProjectFileSchema } from '../../project-file.js';
import { issuesFromZod, problemsFromIssues } from '../files/issue-problems.js';
import { type JsonDocument, readJsonDocument } from '../files/json-document.js';
import { surveyIssuePaths } from '../validate/survey-issue-path.js';
import { builtinFrameworks, builtinIndicatorSets, scorers } from './builtins.js';

/** A `project.json` with its references resolved and validated. */
export interface LoadedProject {
  /** The path of `project.json` as given. */
  file: string;
  /** The folder relative paths in the project resolve against. */
  dir: string;
  project: ProjectFile;
  framework: Framework;
  indicatorSet?: IndicatorSet;
  theoryOfChange?: TheoryOfChange;
  /** Wave ids in order: from `waves`, else empty (the order responses come in). */
  waves: string[];
}

/** What checking a project found: the project when it has no errors, and every problem (warnings too). */
export interface ProjectCheck {
  loaded?: LoadedProject;
  problems: CliProblem[];
}

const hasErrors = (problems: readonly CliProblem[]) =>
  problems.some((problem) => (problem.severity ?? 'error') === 'error');

/**
 * A part of the project that is either inline in `project.json` (at `key`) or in a file it names: returns the
 * document to locate issues in, the value, and the path prefix of the value in that document.
 */
async function resolvePart(
  document: JsonDocument,
  dir: string,
  key: string,
  value: unknown,
): Promise<{ document: JsonDocument; value: unknown; prefix: (string | number)[] }> {
  if (typeof value === 'string') {
    const partDocument = await readJsonDocument(join(dir, value));
    return { document: partDocument, value: partDocument.value, prefix: [] };
  }
  return { document, value, prefix: [key] };
}

/**
 * Checks the definitions of an indicator set as a set (duplicate ids, items, success rules, composites, the
 * scorers of instruments …) with `validateIndicatorDefinitions` of `@neighbourly/core`.
 */
export function indicatorSetIssues(indicators: unknown): Issue[] {
  const result = validateIndicatorDefinitions(indicators, { path: ['indicators'], scorers });
  return result.ok ? [] : result.issues;
}

/** Options of {@link checkProject}. */
export interface CheckProjectOptions {
  /** Also lint the survey definitions the project lists (`validate` does; commands that compute do not). */
  surveys?: boolean;
}

/** Reads a `project.json` and everything it references, collecting every problem with its file and line. */
export async function checkProject(file: string, options: CheckProjectOptions = {}): Promise<ProjectCheck> {
  const document = await readJsonDocument(file);
  const parsed = ProjectFileSchema.safeParse(document.value);
  if (!parsed.success) return { problems: problemsFromIssues(document, issuesFromZod(parsed.error)) };
  const project = parsed.data;
  const dir = dirname(file);
  const problems: CliProblem[] = [];

  let framework: Framework | undefined;
  if (typeof project.framework === 'string' && !project.framework.toLowerCase().endsWith('.json')) {
    framework = builtinFrameworks.get(project.framework);
    if (!framework) {
      problems.push(
        ...problemsFromIssues(document, [
          {
            code: 'unknown-framework',
            path: ['framework'],
            message: `unknown framework "${project.framework}" (built in: ${[...builtinFrameworks.keys()].join(', ')})`,
          },
        ]),
      );
    }
  } else {
    const part = await resolvePart(document, dir, 'framework', project.framework);
    const result = parseFramework(part.value);
    if (result.ok) {
      framework = result.value;
      problems.push(...problemsFromIssues(part.document, result.warnings ?? [], part.prefix));
    } else problems.push(...problemsFromIssues(part.document, result.issues, part.prefix));
  }

  let indicatorSet: IndicatorSet | undefined;
  if (typeof project.indicatorSet === 'string' && !project.indicatorSet.toLowerCase().endsWith('.json')) {
    indicatorSet = builtinIndicatorSets.get(project.indicatorSet);
    if (!indicatorSet) {
      problems.push(
        ...problemsFromIssues(document, [
          {
            code: 'unknown-indicator-set',
            path: ['indicatorSet'],
            message: `unknown indicator set "${project.indicatorSet}" (built in: ${[...builtinIndicatorSets.keys()].join(', ')})`,
          },
        ]),
      );
    }
  } else if (project.indicatorSet !== undefined) {
    const part = await resolvePart(document, dir, 'indicatorSet', project.indicatorSet);
    const result = IndicatorSetSchema.safeParse(part.value);
    if (result.success) {
      const setIssues = indicatorSetIssues((part.value as { indicators?: unknown }).indicators);
      problems.push(...problemsFromIssues(part.document, setIssues, part.prefix));
      if (!setIssues.some((issue) => (issue.severity ?? 'error') === 'error')) indicatorSet = result.data;
    } else problems.push(...problemsFromIssues(part.document, issuesFromZod(result.error), part.prefix));
  }

  let theoryOfChange: TheoryOfChange | undefined;
  if (project.theoryOfChange !== undefined) {
    const part = await resolvePart(document, dir, 'theoryOfChange', project.theoryOfChange);
    const result = validateTheoryOfChange(part.value, {
      ...(framework ? { framework } : {}),
      ...(indicatorSet ? { indicators: indicatorSet.indicators } : {}),
    });
    if (result.ok) {
      theoryOfChange = result.value;
      problems.push(...problemsFromIssues(part.document, result.warnings ?? [], part.prefix));
    } else problems.push(...problemsFromIssues(part.document, result.issues, part.prefix));
  }

  if (options.surveys && project.surveys.length > 0) {
    const { lintSurveyDefinition } = await import('@neighbourly/surveys');
    for (const surveyFile of project.surveys) {
      const surveyDocument = await readJsonDocument(join(dir, surveyFile));
      // Each survey feeds only part of the project's indicators: the lint takes the indicator set the
      // definition itself declares (`neighbourly.indicatorSet`).
      const result = lintSurveyDefinition(surveyDocument.value, framework ? { framework } : {});
      const issues = result.ok ? result.warnings : result.issues;
      const paths = surveyIssuePaths(surveyDocument.value, issues);
      const located = issues.map((issue, index) => ({ ...issue, path: paths[index] ?? issue.path }));
      problems.push(
        ...problemsFromIssues(surveyDocument, located).map((problem, index) => ({
          ...problem,
          field: formatPath(issues[index]?.path ?? []),
        })),
      );
    }
  }

  const waves = (project.waves ?? []).map((wave) => wave.id);
  (project.compare ?? []).forEach((pair, index) => {
    for (const end of ['from', 'to'] as const) {
      if (project.waves && !waves.includes(pair[end])) {
        problems.push(
          ...problemsFromIssues(document, [
            {
              code: 'unknown-wave',
              path: ['compare', index, end],
              message: `wave "${pair[end]}" is not in "waves"`,
            },
          ]),
        );
      }
    }
  });

  if (hasErrors(problems) || !framework) return { problems };
  const loaded: LoadedProject = {
    file,
    dir,
    project,
    framework,
    waves,
    ...(indicatorSet ? { indicatorSet } : {}),
    ...(theoryOfChange ? { theoryOfChange } : {}),
  };
  return { loaded, problems };
}

/**
 * Reads a `project.json` for a command that uses it: problems that are errors end the command with exit 1,
 * listing each with its file, line and field.
 */
export async function loadProject(file: string): Promise<{ loaded: LoadedProject; warnings: CliProblem[] }> {
  const { loaded, problems } = await checkProject(file);
  if (!loaded) throw new CliError('validation', `${file} has problems`, { problems });
  return { loaded, warnings: problems };
}
