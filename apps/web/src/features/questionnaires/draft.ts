import type { Texts } from '../../ui/translation-fields';

export type { Texts };

/*
 * A questionnaire being adapted before it is saved: the template's pages and elements as rows the coordinator
 * switches on and off, reorders, translates and marks required, plus their own questions. `toDefinition`
 * turns it into the SurveyJS definition the server lints and stores; nobody types JSON.
 */

/** The question types a coordinator can add. */
export const ownTypes = ['rating', 'single', 'multiple', 'yesno', 'number', 'short', 'long'] as const;
export type OwnType = (typeof ownTypes)[number];

/** One answer option of an own single- or multiple-choice question. */
export interface OwnChoice {
  value: string;
  text: Texts;
}

/** One row of the editor: a template element or an own question. */
export interface DraftItem {
  /** Stable key for React and for the server's errors (the element's name). */
  key: string;
  enabled: boolean;
  required: boolean;
  /** `title`, or `html` for a text block. */
  textKey: 'title' | 'html';
  text: Texts;
  /** The validated instrument the question is an item of (`who-5`, `neighbourhood-cohesion`…). */
  module?: string;
  /** The SurveyJS type shown to the coordinator (`rating`, `radiogroup`, `html`…). */
  type: string;
  /** The template's element, kept as it is apart from texts and `isRequired`. */
  source?: Record<string, unknown>;
  /** An own question: its type, options and indicator link. */
  own?: { type: OwnType; choices: OwnChoice[]; indicatorId?: string };
}

export interface DraftPage {
  source: Record<string, unknown>;
  items: DraftItem[];
}

export interface Draft {
  /** The definition without its pages (title, metadata, settings). */
  root: Record<string, unknown>;
  pages: DraftPage[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A SurveyJS text (a string, or `{ default, nl, fr }`) as {@link Texts}. */
export function toTexts(value: unknown): Texts {
  if (typeof value === 'string') return { en: value, nl: '', fr: '' };
  if (!isObject(value)) return { en: '', nl: '', fr: '' };
  const pick = (key: string) => (typeof value[key] === 'string' ? (value[key] as string) : '');
  return { en: pick('en') || pick('default'), nl: pick('nl'), fr: pick('fr') };
}

/** {@link Texts} as a SurveyJS localised text; empty languages are left out. */
export function fromTexts(texts: Texts): Json {
  const out: Json = {};
  if (texts.en.trim() !== '') out.default = texts.en.trim();
  if (texts.nl.trim() !== '') out.nl = texts.nl.trim();
  if (texts.fr.trim() !== '') out.fr = texts.fr.trim();
  return out;
}

function instrumentOf(element: Json): string | undefined {
  const metadata = element.neighbourly;
  if (!isObject(metadata) || !isObject(metadata.instrument)) return undefined;
  const id = metadata.instrument.id;
  return typeof id === 'string' ? id : undefined;
}

/** The editor's draft of a template's SurveyJS definition (pages of flat elements). */
export function draftFromDefinition(definition: Json): Draft {
  const { pages, ...root } = definition;
  const draftPages: DraftPage[] = (Array.isArray(pages) ? pages : []).filter(isObject).map((page) => {
    const { elements, ...source } = page;
    const list = (Array.isArray(elements) ? elements : []).filter(isObject);
    const items = list.map((element, index): DraftItem => {
      const textKey = element.type === 'html' ? 'html' : 'title';
      // A text block introduces the instrument that follows it (WHO-5's instructions).
      const next = list[index + 1];
      const module =
        instrumentOf(element) ?? (element.type === 'html' && next ? instrumentOf(next) : undefined);
      return {
        key: String(element.name ?? `${String(source.name)}-${index}`),
        enabled: true,
        required: element.isRequired === true,
        textKey,
        text: toTexts(element[textKey]),
        type: String(element.type ?? 'text'),
        source: element,
        ...(module === undefined ? {} : { module }),
      };
    });
    return { source, items };
  });
  return { root, pages: draftPages };
}

/** Every instrument module of the draft with how many of its rows are switched on. */
export function modulesOf(draft: Draft): { id: string; total: number; enabled: number }[] {
  const modules = new Map<string, { id: string; total: number; enabled: number }>();
  for (const item of draft.pages.flatMap((page) => page.items)) {
    if (item.module === undefined || item.type === 'html') continue;
    const entry = modules.get(item.module) ?? { id: item.module, total: 0, enabled: 0 };
    entry.total += 1;
    if (item.enabled) entry.enabled += 1;
    modules.set(item.module, entry);
  }
  return [...modules.values()];
}

/** Changes one row (by key). */
export function updateItem(draft: Draft, key: string, change: (item: DraftItem) => DraftItem): Draft {
  return {
    ...draft,
    pages: draft.pages.map((page) => ({
      ...page,
      items: page.items.map((item) => (item.key === key ? change(item) : item)),
    })),
  };
}

/** Switches every row of an instrument module on or off. */
export function setModule(draft: Draft, module: string, enabled: boolean): Draft {
  return {
    ...draft,
    pages: draft.pages.map((page) => ({
      ...page,
      items: page.items.map((item) => (item.module === module ? { ...item, enabled } : item)),
    })),
  };
}

/**
 * Moves a row one place up (-1) or down (+1); at the edge of a page it moves to the end of the previous page
 * or the start of the next one. Returns the same draft when it cannot move.
 */
export function moveItem(draft: Draft, key: string, step: -1 | 1): Draft {
  const pageIndex = draft.pages.findIndex((page) => page.items.some((item) => item.key === key));
  const page = draft.pages[pageIndex];
  if (page === undefined) return draft;
  const index = page.items.findIndex((item) => item.key === key);
  const item = page.items[index] as DraftItem;
  const pages = draft.pages.map((p) => ({ ...p, items: [...p.items] }));
  const target = index + step;
  const current = pages[pageIndex] as DraftPage;
  if (target >= 0 && target < current.items.length) {
    current.items.splice(index, 1);
    current.items.splice(target, 0, item);
  } else {
    const neighbour = pages[pageIndex + step];
    if (neighbour === undefined) return draft;
    current.items.splice(index, 1);
    if (step < 0) neighbour.items.push(item);
    else neighbour.items.unshift(item);
  }
  return { ...draft, pages };
}

/** A name for a new own question that no row uses yet: `own_1`, `own_2`… */
export function nextOwnName(draft: Draft): string {
  const used = new Set(draft.pages.flatMap((page) => page.items.map((item) => item.key)));
  let n = 1;
  while (used.has(`own_${n}`)) n += 1;
  return `own_${n}`;
}

/** Adds an own question at the end of a page (the last one by default). */
export function addOwnQuestion(
  draft: Draft,
  question: { type: OwnType; text: Texts; required: boolean; choices: OwnChoice[]; indicatorId?: string },
  pageIndex = draft.pages.length - 1,
): Draft {
  const key = nextOwnName(draft);
  const item: DraftItem = {
    key,
    enabled: true,
    required: question.required,
    textKey: 'title',
    text: question.text,
    type: question.type,
    own: {
      type: question.type,
      choices: question.choices,
      ...(question.indicatorId ? { indicatorId: question.indicatorId } : {}),
    },
  };
  const pages =
    draft.pages.length === 0 ? [{ source: { name: 'questions' }, items: [] as DraftItem[] }] : draft.pages;
  const at = Math.min(Math.max(pageIndex, 0), pages.length - 1);
  return {
    ...draft,
    pages: pages.map((page, i) => (i === at ? { ...page, items: [...page.items, item] } : page)),
  };
}

/** Removes an own question (template rows are switched off instead). */
export function removeItem(draft: Draft, key: string): Draft {
  return {
    ...draft,
    pages: draft.pages.map((page) => ({ ...page, items: page.items.filter((item) => item.key !== key) })),
  };
}

function ownElement(item: DraftItem, own: NonNullable<DraftItem['own']>): Json {
  const choices = own.choices.map((choice) => ({ value: choice.value, text: fromTexts(choice.text) }));
  const byType: Record<OwnType, Json> = {
    rating: { type: 'rating', rateMin: 1, rateMax: 5 },
    single: { type: 'radiogroup', choices },
    multiple: { type: 'checkbox', choices },
    yesno: { type: 'boolean' },
    number: { type: 'text', inputType: 'number' },
    short: { type: 'text' },
    long: { type: 'comment' },
  };
  return {
    ...byType[own.type],
    name: item.key,
    title: fromTexts(item.text),
    ...(own.indicatorId ? { neighbourly: { indicators: [own.indicatorId] } } : {}),
  };
}

function element(item: DraftItem): Json {
  if (item.own !== undefined) {
    const built = ownElement(item, item.own);
    return item.required ? { ...built, isRequired: true } : built;
  }
  const { isRequired: _isRequired, ...source } = item.source ?? {};
  return {
    ...source,
    [item.textKey]: fromTexts(item.text),
    ...(item.required ? { isRequired: true } : {}),
  };
}

/**
 * The SurveyJS definition of the draft (switched-off rows and empty pages left out), and where each row
 * ended up: `body.definition.pages[0].elements[3]` → its key, to put the server's lint issues next to it.
 */
export function toDefinition(draft: Draft): { definition: Json; paths: Map<string, string> } {
  const paths = new Map<string, string>();
  const pages: Json[] = [];
  for (const page of draft.pages) {
    const items = page.items.filter((item) => item.enabled);
    if (items.length === 0) continue;
    items.forEach((item, index) => {
      paths.set(`body.definition.pages[${pages.length}].elements[${index}]`, item.key);
    });
    pages.push({ ...page.source, elements: items.map(element) });
  }
  return { definition: { ...draft.root, pages }, paths };
}

/**
 * The rows that would never be asked: each switched-on row whose condition (`visibleIf`, `enableIf`,
 * `requiredIf`) reads a question that is switched off, mapped to the keys of the questions it reads.
 * survey-core treats such a reference as an empty answer, so the server accepts the survey (with a lint
 * warning); the editor refuses to save it, as the coordinator would lose the question without noticing.
 */
export function brokenConditions(draft: Draft): Map<string, string[]> {
  const items = draft.pages.flatMap((page) => page.items);
  const off = new Map(
    items.filter((item) => !item.enabled).map((item) => [item.key.toLowerCase(), item.key]),
  );
  const broken = new Map<string, string[]>();
  for (const item of items) {
    if (!item.enabled || item.source === undefined) continue;
    const read = new Set<string>();
    for (const property of ['visibleIf', 'enableIf', 'requiredIf']) {
      const condition = item.source[property];
      if (typeof condition !== 'string') continue;
      for (const [, variable = ''] of condition.matchAll(/\{([^}]+)\}/g)) {
        const key = off.get(variable.trim().split(/[.[]/)[0]?.toLowerCase() ?? '');
        if (key !== undefined) read.add(key);
      }
    }
    if (read.size > 0) broken.set(item.key, [...read]);
  }
  return broken;
}

function indicatorsOf(item: DraftItem): string[] {
  if (item.own?.indicatorId !== undefined) return [item.own.indicatorId];
  const metadata = item.source?.neighbourly;
  return isObject(metadata) && Array.isArray(metadata.indicators) ? metadata.indicators.map(String) : [];
}

/**
 * The row a server lint error is about, or undefined when it concerns the whole questionnaire. The lint names
 * questions by name (`body.definition.activities_attended.visibleIf`), elements by place
 * (`body.definition.pages[2].elements[4]`), and indicators by their id in the message (`indicator "x" reads…`).
 */
export function keyOfError(
  draft: Draft,
  paths: ReadonlyMap<string, string>,
  error: { path: string; message: string },
): string | undefined {
  const byPlace = /^body\.definition\.pages\[\d+\]\.elements\[\d+\]/.exec(error.path);
  if (byPlace !== null) return paths.get(byPlace[0]);
  const items = draft.pages.flatMap((page) => page.items).filter((item) => item.enabled);
  const byName = /^body\.definition\.([^.[]+)/.exec(error.path)?.[1];
  if (byName !== undefined && items.some((item) => item.key === byName)) return byName;
  const indicator = /^indicator "([^"]+)"/.exec(error.message)?.[1];
  if (indicator !== undefined) return items.find((item) => indicatorsOf(item).includes(indicator))?.key;
  return undefined;
}
