import { z } from 'zod';

/** The languages Neighbourly ships texts in. */
export const LanguageSchema = z.enum(['nl', 'fr', 'en']);
/** A language code: `nl`, `fr` or `en`. */
export type Language = z.infer<typeof LanguageSchema>;

/** All supported languages, in the order texts fall back through them. */
export const languages: readonly Language[] = ['en', 'nl', 'fr'];

/**
 * A text in one or more languages. At least one language must be present;
 * the shipped framework and templates carry all three.
 */
export const LocalizedTextSchema = z
  .object({ nl: z.string().min(1), fr: z.string().min(1), en: z.string().min(1) })
  .partial()
  .refine((text) => Object.values(text).some((value) => value !== undefined), {
    message: 'needs a text in at least one language (nl, fr or en)',
  });
/** A text in one or more of `nl`, `fr`, `en`. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * Picks the text for `lang`, falling back to English, then Dutch, then French.
 *
 * @example
 * localize({ nl: 'Buurt', en: 'Neighbourhood' }, 'fr') // 'Neighbourhood'
 */
export function localize(text: LocalizedText, lang: Language): string {
  const direct = text[lang];
  if (direct !== undefined) return direct;
  for (const fallback of languages) {
    const value = text[fallback];
    if (value !== undefined) return value;
  }
  return '';
}
