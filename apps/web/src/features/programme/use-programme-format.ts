import type { ProgrammeIndicator, ProgrammeMeasure } from '@neighbourly/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';

/**
 * Numbers of the programme page in the interface language: a level as the indicator shows it (a share in %,
 * a score with two decimals), a change with its sign (a share's change in percentage points).
 */
export function useProgrammeFormat() {
  const { t } = useTranslation('programme');
  const format = useFormat();
  // Intl formatters are costly to make: one per locale, digits and sign, shared by every number of the page.
  const formatters = useMemo(() => {
    const made = new Map<string, Intl.NumberFormat>();
    return (digits: number, sign: boolean) => {
      const key = `${digits}:${sign}`;
      let formatter = made.get(key);
      if (formatter === undefined) {
        formatter = new Intl.NumberFormat(format.locale, {
          maximumFractionDigits: digits,
          minimumFractionDigits: digits,
          ...(sign ? { signDisplay: 'exceptZero' as const } : {}),
        });
        made.set(key, formatter);
      }
      return formatter;
    };
  }, [format.locale]);
  const plain = (digits: number) => formatters(digits, false);
  const signed = (digits: number) => formatters(digits, true);
  const isShare = (indicator: ProgrammeIndicator) =>
    indicator.unit === 'share' || indicator.kind === 'proportion';
  return {
    value(indicator: ProgrammeIndicator, measure: ProgrammeMeasure, value: number): string {
      const change = measure.kind === 'change';
      if (isShare(indicator)) {
        const points = (change ? signed(0) : plain(0)).format(value * 100);
        return change ? t('unit.points', { value: points }) : `${points}%`;
      }
      return (change ? signed(2) : plain(2)).format(value);
    },
    /** I² (0-1) as a percentage. */
    i2: (value: number) => format.percent(value),
    /** A p-value with three decimals, or "< 0.001". */
    p: (value: number) => (value < 0.001 ? `< ${plain(3).format(0.001)}` : plain(3).format(value)),
    number: (value: number, digits = 2) => plain(digits).format(value),
  };
}
