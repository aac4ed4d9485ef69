/**
 * Generates responses the way a respondent produces them: answers are typed into a survey-core model
 * (so conditions, triggers, calculated values, totals and choice copying run), and the response is
 * what survey-core submits (`survey.data` after `doComplete()`). Independent of the package's compiler.
 */
import { Model } from 'survey-core';

/** survey-core's runtime objects, read loosely (its typings hide much of what a respondent touches). */
// biome-ignore lint/suspicious/noExplicitAny: survey-core's runtime objects are walked generically
type Loose = any;

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
const noValueTypes = new Set(['html', 'image', 'expression', 'panel']);

function pick<T>(random: () => number, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(random() * items.length)];
}

function toNumber(raw: unknown): number | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const number = Number(raw);
  return Number.isFinite(number) ? number : undefined;
}

/** Builds a survey-core model of a definition and fills it in like a respondent. */
export class ModelFiller {
  constructor(private readonly definition: object) {}

  /**
   * One response as survey-core submits it. `answerRate`: the chance each visible question is answered.
   * Up to three rounds re-answer the questions survey-core still flags, so most responses are valid.
   */
  fill(random: () => number, answerRate = 0.85): { data: Record<string, unknown>; model: Loose } {
    const model: Loose = new Model(this.definition);
    const decided = new Map<object, boolean>();
    const wants = (question: object) => {
      let answer = decided.get(question);
      if (answer === undefined) {
        answer = random() < answerRate;
        decided.set(question, answer);
      }
      return answer;
    };
    // Visibility changes as questions are answered: later rounds reach the questions they reveal.
    for (let round = 0; round < 3; round++) {
      for (const question of model.getAllQuestions(true, false, false) as Loose[]) {
        if (question.isReadOnly || noValueTypes.has(question.getType())) continue;
        if (!question.isEmpty() || !(wants(question) || question.isRequired)) continue;
        this.answer(question, random);
      }
    }
    // Repair: re-answer what survey-core flags (nested questions of panels, matrices and items too).
    for (let round = 0; round < 6; round++) {
      if (model.validate(true, false) && this.startPageValid(model)) break;
      for (const question of model.getAllQuestions(false, false, true) as Loose[]) {
        if (!question.isVisible || question.isReadOnly || noValueTypes.has(question.getType())) continue;
        if (question.errors.length > 0) this.answer(question, random);
      }
    }
    model.doComplete();
    return { data: model.data as Record<string, unknown>, model };
  }

  private startPageValid(model: Loose): boolean {
    return !model.firstPageIsStartPage || model.pages[0]?.validate(true, false) !== false;
  }

  /** Answers one question through survey-core's own setters. */
  answer(question: Loose, random: () => number): void {
    const type = question.getType();
    try {
      switch (type) {
        case 'text':
          question.value = textAnswer(question, random);
          return;
        case 'comment':
          question.value = random() < 0.5 ? `${pick(random, words)} ${pick(random, words)}` : sentence;
          return;
        case 'radiogroup':
        case 'dropdown':
        case 'buttongroup':
          this.chooseOne(question, random);
          return;
        case 'imagepicker':
          if (question.multiSelect) this.chooseMany(question, random);
          else this.chooseOne(question, random);
          return;
        case 'checkbox':
        case 'tagbox':
          this.chooseMany(question, random);
          return;
        case 'ranking':
          this.rank(question, random);
          return;
        case 'rating': {
          const value = pick(
            random,
            question.visibleRateValues.map((item: Loose) => item.value),
          );
          if (value !== undefined) question.value = value;
          return;
        }
        case 'slider':
          question.value = sliderAnswer(question, random);
          return;
        case 'boolean':
          question.booleanValue = random() < 0.5;
          return;
        case 'matrix': {
          const columns = question.visibleColumns.map((column: Loose) => column.value);
          const value: Record<string, unknown> = {};
          for (const row of question.visibleRows as Loose[]) {
            if (random() < 0.85 || question.eachRowRequired || question.isAllRowRequired) {
              value[String(row.name)] =
                question.cellType === 'checkbox'
                  ? columns.filter(() => random() < 0.5).slice(0, 2)
                  : pick(random, columns);
            }
          }
          question.value = value;
          return;
        }
        case 'multipletext':
          for (const item of question.items as Loose[]) {
            if (random() < 0.8 || item.isRequired) item.editor.value = textAnswer(item.editor, random);
          }
          return;
        case 'matrixdynamic': {
          const min = Number(question.minRowCount ?? 0);
          const max = Math.min(Number(question.maxRowCount ?? 5), min + 3);
          question.rowCount = min + Math.floor(random() * (max - min + 1));
          this.fillRows(question, random);
          return;
        }
        case 'matrixdropdown':
          this.fillRows(question, random);
          return;
        case 'paneldynamic': {
          const min = Number(question.minPanelCount ?? 0);
          const max = Math.min(Number(question.maxPanelCount ?? 4), min + 2);
          question.panelCount = min + Math.floor(random() * (max - min + 1));
          for (let pass = 0; pass < 2; pass++) {
            for (const panel of question.panels as Loose[]) {
              for (const inner of panel.questions as Loose[]) {
                if (!inner.isVisible || inner.isReadOnly || noValueTypes.has(inner.getType())) continue;
                if (!inner.isEmpty()) continue;
                if (random() < 0.8 || inner.isRequired) this.answer(inner, random);
              }
            }
          }
          return;
        }
        case 'file':
          question.value = [{ name: 'note.txt', type: 'text/plain', content: 'data:text/plain;base64,aGk=' }];
          return;
        case 'signaturepad':
          question.value = 'data:image/png;base64,iVBORw0KGgo=';
          return;
        default:
          return;
      }
    } catch {
      // A setter survey-core refuses is an answer the respondent could not give: leave it out.
    }
  }

  private fillRows(question: Loose, random: () => number): void {
    for (const row of question.visibleRows as Loose[]) {
      for (const cell of row.cells as Loose[]) {
        const inner = cell.question;
        if (!inner?.isVisible || inner.isReadOnly || noValueTypes.has(inner.getType())) continue;
        if (random() < 0.8 || inner.isRequired) this.answer(inner, random);
      }
    }
  }

  private chooseOne(question: Loose, random: () => number): void {
    if (question.allowCustomChoices && random() < 0.3) {
      question.value = `my own ${pick(random, words)}`;
      return;
    }
    const item = pick(random, question.visibleChoices as Loose[]);
    if (!item) return;
    question.renderedValue = item.value;
    if (question.isOtherSelected) question.otherValue = pick(random, words);
  }

  private chooseMany(question: Loose, random: () => number): void {
    const items = (question.visibleChoices as Loose[]).filter((item) => item.isEnabled !== false);
    // survey-core disables "Select all" when maxSelectedChoices is set.
    if (question.showSelectAllItem && !question.maxSelectedChoices && random() < 0.15) {
      question.selectAll();
      return;
    }
    const exclusive = items.filter((item) => question.isItemExclusive?.(item) || item.isExclusive);
    if (exclusive.length > 0 && random() < 0.1) {
      question.renderedValue = [pick(random, exclusive).value];
      return;
    }
    const ordinary = items.filter((item) => !exclusive.includes(item) && item.value !== 'selectall');
    let chosen = ordinary.filter(() => random() < 0.4);
    const min = Number(question.minSelectedChoices ?? 0);
    const max = Number(question.maxSelectedChoices ?? 0);
    for (const item of ordinary) if (chosen.length < min && !chosen.includes(item)) chosen.push(item);
    if (max > 0) chosen = chosen.slice(0, max);
    const values = chosen.map((item) => item.value);
    if (question.allowCustomChoices && random() < 0.3) values.push(`my own ${pick(random, words)}`);
    question.renderedValue = values;
    if (question.isOtherSelected) question.otherValue = pick(random, words);
  }

  private rank(question: Loose, random: () => number): void {
    const values = (question.visibleChoices as Loose[]).map((item) => item.value);
    values.sort(() => random() - 0.5);
    if (question.selectToRankEnabled) {
      const min = Number(question.minSelectedChoices ?? 0);
      const max = Number(question.maxSelectedChoices ?? 0) || values.length;
      const count = Math.min(values.length, min + Math.floor(random() * (max - min + 1)));
      question.value = values.slice(0, count);
      return;
    }
    question.value = values;
  }
}

/**
 * A text answer: candidates of the shapes the question's input type and validators ask for, of which
 * one that passes the question's own (non-expression) validators is taken when there is one.
 */
function textAnswer(question: Loose, random: () => number): unknown {
  const candidates = textCandidates(question, random);
  const validators = ((question.getValidators?.() ?? question.validators ?? []) as Loose[]).filter(
    (validator) => validator.getType() !== 'expressionvalidator',
  );
  const passing = candidates.filter((value) =>
    validators.every((validator) => !validator.validate(value, question.name)?.error),
  );
  return pick(random, passing.length > 0 ? passing : candidates);
}

/** Number ranges the question's min/max and numeric validators allow. */
function numberRanges(question: Loose): [number, number][] {
  const ranges: [number, number][] = [];
  const min = toNumber(question.min);
  const max = toNumber(question.max);
  if (min !== undefined || max !== undefined) ranges.push([min ?? 0, max ?? Math.max(min ?? 0, 120)]);
  for (const validator of (question.validators ?? []) as Loose[]) {
    if (validator.getType() !== 'numericvalidator') continue;
    const low = toNumber(validator.minValue);
    const high = toNumber(validator.maxValue);
    ranges.push([low ?? 0, high ?? Math.max(low ?? 0, 120)]);
  }
  return ranges;
}

function textCandidates(question: Loose, random: () => number): unknown[] {
  const inputType = String(question.inputType ?? 'text');
  const ranges = numberRanges(question);
  const step = toNumber(question.step) ?? 1;
  const inRange = ([low, high]: [number, number]) =>
    low + Math.floor((random() * (high - low)) / step) * step;
  // A numeric mask stores a number, whatever the input type.
  if (question.maskType === 'numeric' || question.maskType === 'currency') {
    return (ranges.length > 0 ? ranges : [[0, 5000] as [number, number]]).map(inRange);
  }
  switch (inputType) {
    case 'number':
    case 'range':
      return (ranges.length > 0 ? ranges : [[0, 120] as [number, number]]).map(inRange);
    case 'email':
      return [
        `person${Math.floor(random() * 1000)}@example.org`,
        `buur${Math.floor(random() * 99)}@example.be`,
      ];
    case 'date':
      return [`2024-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`];
    case 'datetime':
    case 'datetime-local':
      return ['2024-05-01T10:30'];
    case 'month':
      return ['2024-05'];
    case 'week':
      return ['2024-W18'];
    case 'time':
      return ['10:30'];
    case 'color':
      return ['#a0b1c2'];
    case 'url':
      return ['https://example.org/'];
    case 'tel':
      return ['+32 2 123 45 67'];
    default:
      // Plain text: words, and the shapes text, regex and numeric validators ask for.
      return [
        `${pick(random, words)}`,
        `${pick(random, words)}${Math.floor(random() * 100)}`,
        `${pick(random, words)} ${pick(random, words)}`,
        String(Math.floor(random() * 50)),
        String(Math.floor(random() * 5000)),
        ...ranges.map((range) => String(inRange(range))),
        sentence,
        `https://${pick(random, words)?.replace('é', 'e')}.com/`,
        `person${Math.floor(random() * 1000)}@example.org`,
      ];
  }
}

const sentence = 'Ik help mijn buren graag met boodschappen en een babbel.';

function sliderAnswer(question: Loose, random: () => number): unknown {
  const min = toNumber(question.min) ?? 0;
  const max = toNumber(question.max) ?? 100;
  const step = toNumber(question.step) ?? 1;
  const at = () => min + Math.floor((random() * (max - min)) / step) * step;
  if (question.sliderType !== 'range') return at();
  const [a, b] = [at(), at()];
  return [Math.min(a, b), Math.max(a, b)];
}

/**
 * survey-core's verdict on a response: a fresh model, the data set, `validate(true, false)`. A start
 * page (`firstPageIsStartPage`) is validated too: survey-core's UI validates it when the respondent
 * presses Start, though `validate()` skips it. A response survey-core throws on (`"   "` as a dropdown
 * matrix) is one no respondent can submit: rejected.
 */
export function surveyCoreAccepts(definition: object, data: Record<string, unknown>): boolean {
  try {
    const model: Loose = new Model(definition);
    model.data = data;
    const valid = model.validate(true, false);
    if (!model.firstPageIsStartPage) return valid;
    return model.pages[0]?.validate(true, false) !== false && valid;
  } catch {
    return false;
  }
}
