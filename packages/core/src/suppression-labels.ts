import type { Language } from './language.js';
import type { SuppressionReason } from './publish-results.js';

const labels: Record<Language, Record<SuppressionReason, (min: number) => string>> = {
  en: {
    'small-cell': (min) => `not shown (fewer than ${min} respondents)`,
    complementary: () => 'not shown (hidden to protect a small group)',
  },
  nl: {
    'small-cell': (min) => `niet getoond (minder dan ${min} respondenten)`,
    complementary: () => 'niet getoond (verborgen om een kleine groep te beschermen)',
  },
  fr: {
    'small-cell': (min) => `non affiché (moins de ${min} répondants)`,
    complementary: () => 'non affiché (masqué pour protéger un petit groupe)',
  },
};

/**
 * What a reader sees in place of a suppressed value, truthful about why: a small cell says it had fewer than
 * `minCellSize` respondents; a complementary one says it was hidden to protect a small group (it may be large).
 *
 * @example
 * suppressionLabel('complementary', 'nl', 5) // 'niet getoond (verborgen om een kleine groep te beschermen)'
 */
export function suppressionLabel(reason: SuppressionReason, lang: Language, minCellSize: number): string {
  return labels[lang][reason](minCellSize);
}
