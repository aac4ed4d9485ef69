import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { hasAnswers, type IndicatorDefinition, isShare, type ResultCell } from './result-types';

/** How a result cell reads: value and 95% CI in the indicator's unit, or why there is none. */
export function useValueFormat() {
  const { t } = useTranslation('results');
  const format = useFormat();
  const scaled = (indicator: IndicatorDefinition, value: number) =>
    isShare(indicator) ? `${format.number(value * 100, 0)}%` : format.number(value, 2);
  return {
    scaled,
    cell(indicator: IndicatorDefinition, cell: ResultCell | undefined, minCellSize: number): string {
      if (cell === undefined || !hasAnswers(cell)) return t('cell.noAnswers');
      if (cell.suppressed || cell.value === undefined) return t('cell.tooFew', { count: minCellSize });
      const ci =
        cell.ci === undefined
          ? ''
          : ` ${t('cell.ci', { low: scaled(indicator, cell.ci[0]), high: scaled(indicator, cell.ci[1]) })}`;
      return `${scaled(indicator, cell.value)}${ci} · ${t('cell.n', { count: cell.n ?? 0 })}`;
    },
  };
}
