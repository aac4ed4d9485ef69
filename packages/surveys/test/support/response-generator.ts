/**
 * Generates responses for a SurveyJS definition from survey-core's own reading of it (questions,
 * choices, rate values, items), independently of the package's compiler. Used by the differential
 * tests and the benchmark.
 */
import { Model } from 'survey-core';

type Loose = Record<string, unknown> & {
  name: string;
  getType(): string;
  getValueName(): string;
  isVisible: boolean;
  isParentVisible: boolean;
  errors: { getErrorType(): string }[];
  parentQuestion?: Loose | null;
  containsErrors?: boolean;
};

/** A seeded pseudo-random generator (mulberry32), so failures reproduce. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = ['buurt', 'quartier', 'neighbour', 'help', 'café', 'samen', 'ensemble', 'together'];

function pick<T>(random: () => number, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(random() * items.length)];
}

function values(items: unknown): unknown[] {
  return Array.isArray(items) ? items.map((item) => (item as { value: unknown }).value) : [];
}

/** The kinds of tampering: each makes a response invalid in a way a strict validator must catch. */
export type Tamper = 'unknown-choice' | 'wrong-type' | 'not-on-scale' | 'unknown-question' | 'drop-answer';

/** A generated response, and what was tampered with (if anything). */
export interface GeneratedResponse {
  data: Record<string, unknown>;
  tamper?: { kind: Tamper; question: string };
}

/** Builds random answers for the questions of a definition. */
export class ResponseGenerator {
  readonly model: Model;
  private readonly questions: Loose[];

  constructor(definition: object) {
    this.model = new Model(definition);
    this.questions = this.model.getAllQuestions(false, false, false) as unknown as Loose[];
  }

  /** A plausible response: every question answered with probability `answerRate`. */
  generate(random: () => number, answerRate = 0.85): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    for (const question of this.questions) {
      if (random() > answerRate) continue;
      const value = this.answer(question, random);
      if (value === undefined) continue;
      data[question.getValueName()] = value;
      if ((question.showCommentArea || question.hasComment) && random() < 0.3) {
        data[`${question.getValueName()}-Comment`] = pick(random, words);
      }
      const otherValue = (question.otherItem as { value?: unknown } | undefined)?.value;
      const chosenOther = Array.isArray(value) ? value.includes(otherValue) : value === otherValue;
      if (question.showOtherItem && chosenOther && random() < 0.7) {
        data[`${question.getValueName()}-Comment`] = 'something else';
      }
    }
    return data;
  }

  /** A response with one deliberate defect. */
  tamper(random: () => number, kind: Tamper): GeneratedResponse {
    const data = this.generate(random, 0.95);
    const candidates = this.questions.filter((question) => this.canTamper(question, kind));
    const question = pick(random, candidates);
    if (kind === 'unknown-question') {
      data.no_such_question = 'x';
      return { data, tamper: { kind, question: 'no_such_question' } };
    }
    if (!question) return { data };
    const key = question.getValueName();
    switch (kind) {
      case 'unknown-choice': {
        const type = question.getType();
        data[key] = type === 'checkbox' || type === 'tagbox' ? ['zz-not-a-choice'] : 'zz-not-a-choice';
        break;
      }
      case 'wrong-type':
        data[key] = { unexpected: true };
        break;
      case 'not-on-scale':
        data[key] = 42;
        break;
      case 'drop-answer':
        delete data[key];
        break;
    }
    return { data, tamper: { kind, question: question.name } };
  }

  private canTamper(question: Loose, kind: Tamper): boolean {
    const type = question.getType();
    switch (kind) {
      case 'unknown-choice':
        return ['radiogroup', 'dropdown', 'checkbox', 'tagbox'].includes(type) && !question.choicesByUrl;
      case 'wrong-type':
        return ['text', 'comment', 'rating', 'radiogroup', 'dropdown', 'boolean', 'checkbox'].includes(type);
      case 'not-on-scale':
        return type === 'rating' && !values(question.visibleRateValues).includes(42);
      case 'drop-answer':
        return question.isRequired === true;
      default:
        return true;
    }
  }

  private answer(question: Loose, random: () => number): unknown {
    const type = question.getType();
    switch (type) {
      case 'text':
        return this.textAnswer(question, random);
      case 'comment':
        return `${pick(random, words)} ${pick(random, words)}`;
      case 'radiogroup':
      case 'dropdown':
      case 'buttongroup':
        return pick(random, values(question.visibleChoices));
      case 'imagepicker':
        return question.multiSelect
          ? this.subset(values(question.visibleChoices), random, 0)
          : pick(random, values(question.visibleChoices));
      case 'checkbox':
      case 'tagbox': {
        const special = new Set(
          [question.noneItem, question.refuseItem, question.dontKnowItem, question.selectAllItem].map(
            (item) => (item as { value?: unknown } | undefined)?.value,
          ),
        );
        const choices = values(question.visibleChoices).filter((value) => !special.has(value));
        return this.subset(choices, random, Number(question.maxSelectedChoices ?? 0));
      }
      case 'ranking': {
        const choices = values(question.visibleChoices);
        return choices.sort(() => random() - 0.5);
      }
      case 'rating':
        return pick(random, values(question.visibleRateValues));
      case 'boolean':
        return random() < 0.5 ? (question.valueTrue ?? true) : (question.valueFalse ?? false);
      case 'matrix': {
        const rows = values(question.rows);
        const columns = values(question.columns);
        const answer: Record<string, unknown> = {};
        for (const row of rows) if (random() < 0.85) answer[String(row)] = pick(random, columns);
        return answer;
      }
      case 'multipletext': {
        const answer: Record<string, unknown> = {};
        for (const item of (question.items as { name: string; inputType?: string }[]) ?? []) {
          if (random() < 0.2) continue;
          answer[item.name] =
            item.inputType === 'number' ? Math.floor(random() * 20) : (pick(random, words) ?? 'x');
        }
        return answer;
      }
      default:
        return undefined;
    }
  }

  private textAnswer(question: Loose, random: () => number): unknown {
    const inputType = String(question.inputType ?? 'text');
    const min = question.min === undefined || question.min === '' ? undefined : Number(question.min);
    const max = question.max === undefined || question.max === '' ? undefined : Number(question.max);
    switch (inputType) {
      case 'number':
      case 'range': {
        const low = Number.isFinite(min) ? (min as number) : 0;
        const high = Number.isFinite(max) ? (max as number) : 120;
        return Math.floor(low + random() * (high - low + 1));
      }
      case 'email':
        return random() < 0.9 ? `person${Math.floor(random() * 1000)}@example.org` : 'not-an-email';
      case 'date':
        return `2024-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
      case 'datetime-local':
        return '2024-05-01T10:30';
      case 'month':
        return '2024-05';
      case 'week':
        return '2024-W18';
      case 'time':
        return '10:30';
      case 'color':
        return '#a0b1c2';
      case 'url':
        return 'https://example.org/';
      case 'tel':
        return '+32 2 123 45 67';
      default:
        return `${pick(random, words)}${random() < 0.2 ? Math.floor(random() * 100) : ''}`;
    }
  }

  private subset(choices: unknown[], random: () => number, max: number): unknown[] {
    const chosen = choices.filter(() => random() < 0.4);
    return max > 0 ? chosen.slice(0, max) : chosen;
  }
}

/**
 * Validates `data` with a reused survey-core model and returns the names of the top-level elements
 * (questions, panels, pages) survey-core reports errors for, and the names of visible questions.
 */
export class SurveyCoreOracle {
  private readonly model: Model;

  constructor(definition: object) {
    this.model = new Model(definition);
  }

  /**
   * Questions of a start page (`firstPageIsStartPage`): survey-core's `validate()` skips that page
   * (its UI validates it when the respondent presses Start); Neighbourly validates it, so
   * comparisons leave these names out.
   */
  startPageQuestions(): Set<string> {
    const model = this.model as unknown as { firstPageIsStartPage: boolean; pages: { questions: Loose[] }[] };
    if (!model.firstPageIsStartPage) return new Set();
    return new Set((model.pages[0]?.questions ?? []).map((question) => question.name));
  }

  check(data: Record<string, unknown>): { errors: Set<string>; visible: Set<string> } {
    const model = this.model;
    // `data =` replaces all values; survey-core revalidates visible elements only, so errors are read
    // from visible elements (hidden ones may keep errors from an earlier response).
    model.data = data;
    model.validate(true, false);
    const shown = (element: Loose) => element.isVisible !== false && element.isParentVisible !== false;
    const errors = new Set<string>();
    for (const question of model.getAllQuestions(false, false, true) as unknown as Loose[]) {
      let top = question;
      while (top.parentQuestion) top = top.parentQuestion;
      if (!shown(question) || !shown(top)) continue;
      if (question.errors.length > 0 || (top === question && question.containsErrors)) errors.add(top.name);
    }
    for (const panel of [...model.getAllPanels(false, false), ...model.pages] as unknown as Loose[]) {
      if (shown(panel) && (panel.errors ?? []).length > 0) errors.add(panel.name);
    }
    const visible = new Set<string>();
    for (const question of model.getAllQuestions(false, false, false) as unknown as Loose[]) {
      if (question.isVisible && question.isParentVisible) visible.add(question.name);
    }
    return { errors, visible };
  }
}
