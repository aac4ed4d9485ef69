/** Text in several languages as definitions hold it: a string, or `{ default|en, nl, fr }`. */
export type Localized = string | Record<string, unknown> | undefined;

/** The text in `lang`, else English (`en` or SurveyJS's `default`), else any. */
export function localize(text: unknown, lang: string): string {
  if (typeof text === 'string') return text;
  if (typeof text !== 'object' || text === null) return '';
  const record = text as Record<string, unknown>;
  const pick = record[lang] ?? record.en ?? record.default ?? Object.values(record)[0];
  return typeof pick === 'string' ? pick : '';
}
