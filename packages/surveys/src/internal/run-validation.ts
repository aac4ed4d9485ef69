import { Model } from 'survey-core';
import type { ResponseIssue, ResponseIssueCode } from '../response-issue.js';
import type { CompiledQuestion, CompiledSurvey, Gates } from './compile-survey.js';
import { type CompiledExpression, runCondition } from './expressions.js';
import type { CoreElement, CoreModel, CoreQuestion } from './survey-core-shapes.js';
import { isBlankAnswer, isEmptyAnswer, type ValueProblem } from './value-rules.js';

/** What to do with answers the definition does not expect. */
export interface AnswerPolicy {
  hiddenAnswers: 'drop' | 'reject';
  unknownAnswers: 'drop' | 'reject';
}

/** The outcome of one validation run: the cleaned response and every issue found. */
export interface ValidationRun {
  cleaned: Record<string, unknown>;
  issues: ResponseIssue[];
}

/** Decides, for one response, whether questions are visible, enabled and required. */
interface Gatekeeper {
  isVisible(element: GatedElement): boolean;
  isReadOnly(element: GatedElement): boolean;
  isRequired(element: GatedElement): boolean;
}

type GatedElement = Gates & { name: string; isRequired: boolean; requiredIf: CompiledExpression | undefined };

function issue(code: ResponseIssueCode, path: (string | number)[], message: string): ResponseIssue {
  return { code, path, message: `${path.join('.')}: ${message}` };
}

function problemIssue(question: CompiledQuestion, problem: ValueProblem): ResponseIssue {
  return issue(problem.code, [question.name, ...(problem.subPath ?? [])], problem.message);
}

/**
 * Checks unknown keys, hidden answers and every visible answer's type and value (the strict rules),
 * and returns the cleaned response plus the questions whose answers are well-formed enough for
 * survey-core's own rules to be meaningful.
 */
function checkAnswers(
  compiled: CompiledSurvey,
  data: Record<string, unknown>,
  gates: Gatekeeper,
  policy: AnswerPolicy,
  issues: ResponseIssue[],
): { cleaned: Record<string, unknown>; wellFormed: CompiledQuestion[] } {
  const cleaned: Record<string, unknown> = {};
  for (const key of Object.keys(data)) {
    if (compiled.keys.has(key)) continue;
    if (compiled.computedKeys.has(key)) {
      cleaned[key] = data[key];
      continue;
    }
    if (policy.unknownAnswers === 'reject') {
      issues.push(issue('unknown-question', [key], 'the survey has no question with this name'));
    }
  }
  const wellFormed: CompiledQuestion[] = [];
  for (const question of compiled.questions) {
    const present = Object.hasOwn(data, question.key);
    const commentPresent = question.commentKey !== undefined && Object.hasOwn(data, question.commentKey);
    if (!gates.isVisible(question)) {
      if ((present || commentPresent) && policy.hiddenAnswers === 'reject') {
        issues.push(
          issue('hidden-answer', [question.name], 'answers a question that is hidden by its conditions'),
        );
      }
      continue;
    }
    if (present) cleaned[question.key] = data[question.key];
    if (commentPresent && question.commentKey) {
      const comment = data[question.commentKey];
      if (typeof comment !== 'string') {
        issues.push(issue('wrong-type', [question.commentKey], 'a comment must be text'));
        continue;
      }
      cleaned[question.commentKey] = comment;
    }
    if (question.computed) continue;
    const value = data[question.key];
    // Type checks run on every answer but a blank one: survey-core calls `{ "$gt": "" }` and `"   "`
    // empty, but neither is an answer to a rating or a yes/no question, and neither may be stored.
    if (present && question.strict && !isBlankAnswer(value, question.freeText)) {
      const problem = question.strict(value);
      if (problem) {
        issues.push(problemIssue(question, problem));
        continue;
      }
    }
    wellFormed.push(question);
  }
  return { cleaned, wellFormed };
}

/** Validates a response with compiled rules only (no survey-core model). */
export function runCompiled(
  compiled: CompiledSurvey,
  data: Record<string, unknown>,
  policy: AnswerPolicy,
): ValidationRun {
  const memo = new Int8Array(compiled.expressions.size);
  const holds = (expression: CompiledExpression): boolean => {
    const known = memo[expression.index];
    if (known) return known === 1;
    const result = runCondition(expression, data);
    memo[expression.index] = result ? 1 : 2;
    return result;
  };
  const gates: Gatekeeper = {
    isVisible: (element) => !element.hidden && element.visibleIf.every(holds),
    isReadOnly: (element) => element.readOnly || !element.enableIf.every(holds),
    isRequired: (element) => (element.requiredIf ? holds(element.requiredIf) : element.isRequired),
  };
  const issues: ResponseIssue[] = [];
  const { cleaned, wellFormed } = checkAnswers(compiled, data, gates, policy, issues);
  for (const question of wellFormed) {
    if (gates.isReadOnly(question)) continue;
    const value = data[question.key];
    const problems: ValueProblem[] = [];
    if (gates.isRequired(question) && isEmptyAnswer(value)) {
      problems.push({ code: 'required', message: 'needs an answer' });
    }
    if (question.core) problems.push(...question.core(value, data));
    if (problems.length === 0) {
      for (const validator of question.validators) {
        const problem = validator(value, data);
        if (problem) problems.push(problem);
      }
    }
    for (const problem of problems) issues.push(problemIssue(question, problem));
  }
  for (const container of compiled.containers) {
    if (!gates.isVisible(container) || gates.isReadOnly(container)) continue;
    if (!(container.requiredIf ? holds(container.requiredIf) : container.isRequired)) continue;
    const visible = container.questions.filter((question) => gates.isVisible(question));
    if (visible.length > 0 && visible.every((question) => isEmptyAnswer(data[question.key]))) {
      issues.push(issue('required', [container.name], 'needs at least one answer'));
    }
  }
  return { cleaned, issues };
}

function isShown(element: CoreElement): boolean {
  const shown = element as CoreElement & { isVisible?: boolean; isParentVisible?: boolean };
  return shown.isVisible !== false && shown.isParentVisible !== false;
}

const coreErrorCodes: Record<string, ResponseIssueCode> = {
  required: 'required',
  requireoneanswer: 'required',
  requiredinallrowserror: 'rows-required',
  otherempty: 'comment-required',
  custom: 'validator',
  requirenumeric: 'validator',
};

/**
 * Validates with a survey-core model, for definitions the compiler does not fully cover. The model
 * is built once and reused: cleared, given the data, validated. The strict rules still apply to
 * every question the compiler understands.
 */
export class ModelValidation {
  private model: CoreModel;
  private readonly byName = new Map<string, CoreQuestion>();

  constructor(
    private readonly definition: object,
    private readonly compiled: CompiledSurvey,
  ) {
    this.model = this.newModel();
  }

  private newModel(): CoreModel {
    const model = new Model(this.definition) as unknown as CoreModel;
    this.byName.clear();
    for (const question of model.getAllQuestions(false, false, false))
      this.byName.set(question.name, question);
    return model;
  }

  run(data: Record<string, unknown>, policy: AnswerPolicy): ValidationRun {
    const model = this.model;
    // Assigning `data` replaces every value and reruns the conditions; `clear()` would also rebuild
    // the pages and costs ten times more. Errors left from an earlier response on elements that are
    // now hidden are ignored below (survey-core only revalidates visible elements).
    const gates: Gatekeeper = {
      isVisible: (element) => {
        const question = this.byName.get(element.name);
        return question ? question.isVisible && question.isParentVisible : false;
      },
      isReadOnly: () => false,
      isRequired: () => false,
    };
    // The model sees the answers only once their types are known to be right: survey-core was not
    // written for `"   "` as a dropdown matrix and may throw, or keep state that changes its next verdict.
    const typeIssues: ResponseIssue[] = [];
    const typed = checkAnswers(this.compiled, data, alwaysVisible, policy, typeIssues);
    const modelData = { ...data };
    const typedWell = new Set(typed.wellFormed);
    for (const question of this.compiled.questions) {
      if (typedWell.has(question)) continue;
      delete modelData[question.key];
      if (question.commentKey) delete modelData[question.commentKey];
    }
    try {
      model.data = modelData;
    } catch {
      return this.crashed(data, policy);
    }
    const issues: ResponseIssue[] = [];
    const { cleaned, wellFormed } = checkAnswers(this.compiled, data, gates, policy, issues);
    const malformed = new Set(this.compiled.questions.map((q) => q.name));
    for (const question of wellFormed) malformed.delete(question.name);
    try {
      model.validate(true, false);
    } catch {
      return this.crashed(data, policy);
    }
    const report = (element: CoreElement, name: string): void => {
      if (malformed.has(name) || !isShown(element)) return;
      for (const error of element.errors ?? []) {
        // `warning` and `info` validators inform the respondent; they do not block completion.
        if ((error.notificationType ?? 'error') !== 'error') continue;
        const code = coreErrorCodes[error.getErrorType()] ?? 'survey-core';
        const path = element.name === name ? [name] : [name, element.name];
        issues.push(issue(code, path, error.getText()));
      }
    };
    const reported = new Set<string>();
    for (const question of model.getAllQuestions(false, false, true)) {
      let top: CoreQuestion = question;
      while (top.parentQuestion) top = top.parentQuestion;
      if (question.errors?.length) reported.add(top.name);
      report(question, top.name);
    }
    // Errors inside dynamic panels and matrix rows live on per-row/per-panel copies of the questions.
    for (const question of this.byName.values()) {
      if (reported.has(question.name) || malformed.has(question.name) || !question.containsErrors) continue;
      if (!isShown(question)) continue;
      issues.push(issue('survey-core', [question.name], 'an answer inside it fails survey-core validation'));
    }
    for (const panel of model.getAllPanels(false, false)) report(panel, panel.name);
    for (const page of model.pages) report(page, page.name);
    return { cleaned, issues };
  }

  /**
   * survey-core threw on well-typed answers: the response is rejected with an issue (never an
   * exception), and the model, whose state is now unknown, is rebuilt so the next response is decided
   * as if it came first.
   */
  private crashed(data: Record<string, unknown>, policy: AnswerPolicy): ValidationRun {
    this.model = this.newModel();
    const issues: ResponseIssue[] = [];
    checkAnswers(this.compiled, data, alwaysVisible, policy, issues);
    issues.push(issue('survey-core', [], 'survey-core cannot process this response'));
    return { cleaned: {}, issues };
  }
}

const alwaysVisible: Gatekeeper = {
  isVisible: () => true,
  isReadOnly: () => false,
  isRequired: () => false,
};
