import type { Language } from '@neighbourly/core';

/** How an indicator's values are shown. */
export type ValueUnit = 'share' | 'score' | 'count';

const locales: Record<Language, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

/** Number, date and unit formatting for one report language (Belgian Dutch and French, British English). */
export interface Formatter {
  readonly locale: string;
  /** A value in its unit: `52%`, `3.4`, `120`. */
  value(value: number, unit: ValueUnit): string;
  /** A change in its unit, always signed: `+11 pp` for shares, `+0.3` for scores; `bare` drops the unit. */
  change(value: number, unit: ValueUnit, bare?: boolean): string;
  /** A whole number with grouping: `1,234`. */
  integer(value: number): string;
  /** A p-value: `0.003`, or `< 0.001`. */
  p(value: number): string;
  /** A plain decimal with two digits (alpha, effect sizes). */
  decimal(value: number, digits?: number): string;
  /** A number with at most one decimal and no trailing zero: `3`, `3.5` (axis ticks, answer values). */
  compact(value: number): string;
  /** A date in long form: `4 March 2025`. */
  date(value: Date): string;
}

const formatters = new Map<string, Formatter>();

/**
 * The formatter for a language. Shares are stored as 0-1 and shown as whole percentages; changes in
 * shares are shown in percentage points. Formatters hold no state, so each (language, points word)
 * pair is built once: a formatter owns nine `Intl` formats, which are slow to construct.
 */
export function createFormatter(lang: Language, points: string): Formatter {
  const key = `${lang}\u0000${points}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = buildFormatter(lang, points);
    formatters.set(key, formatter);
  }
  return formatter;
}

function buildFormatter(lang: Language, points: string): Formatter {
  const locale = locales[lang];
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: 'negative',
  });
  const score = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'negative',
  });
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const signedPoints = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const signedScore = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const signedCount = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const pFormat = new Intl.NumberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const compact = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const decimals = new Map<number, Intl.NumberFormat>();
  return {
    locale,
    value(value, unit) {
      if (unit === 'share') return percent.format(value);
      if (unit === 'count') return count.format(value);
      return score.format(value);
    },
    change(value, unit, bare = false) {
      if (unit === 'share')
        return bare ? signedPoints.format(value * 100) : `${signedPoints.format(value * 100)}\u00a0${points}`;
      if (unit === 'count') return signedCount.format(value);
      return signedScore.format(value);
    },
    integer(value) {
      return count.format(value);
    },
    p(value) {
      return value < 0.001 ? `< ${pFormat.format(0.001)}` : pFormat.format(value);
    },
    decimal(value, digits = 2) {
      let format = decimals.get(digits);
      if (format === undefined) {
        format = new Intl.NumberFormat(locale, {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        });
        decimals.set(digits, format);
      }
      return format.format(value);
    },
    compact(value) {
      return compact.format(value);
    },
    date(value) {
      return dates.format(value);
    },
  };
}
