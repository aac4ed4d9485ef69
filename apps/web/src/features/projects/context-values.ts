/*
 * A project's context variables as the form edits them: each value typed as text, read back as a number when it
 * is one (digits with at most one decimal comma or point, no thousands separator), otherwise as text.
 */

/** A variable name as the programme query takes it (`typologyVars`, `by`). */
export const contextNamePattern = /^[A-Za-z0-9_-]{1,64}$/;

/** The typed value as the API stores it: a number, a text, or nothing for an empty field. */
export function contextValue(input: string): number | string | null {
  const text = input.trim();
  if (text === '') return null;
  if (/^-?\d+([.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  return text;
}

/** A stored value as the form shows it: numbers in the interface's decimal sign, without grouping. */
export function contextInput(value: unknown, locale: string): string {
  if (typeof value === 'number')
    return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 10 }).format(value);
  return typeof value === 'string' ? value : '';
}
